import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { AppNav } from './components/app-nav/app-nav';
import { BackButton } from './components/back-button/back-button';
import { UpdatePrompt } from './components/update-prompt/update-prompt';
import type { LoadedDirectory } from './bundle/load-directory';
import type { AreaCode } from './directory/types';
import type { Translate } from './i18n/translate';
import { HOME } from './navigation';
import { drawScreen, isWaiting, type LaterScreens, type Shell } from './screens/screen-table';
import { EMPTY_SEARCH, newSearch, type SearchState } from './search-state';
import { useExitReset } from './state/exit-reset';
import { useAfter, useLoaded } from './state/loading';
import { useRegionalDirectory } from './state/regional-directory';
import { useRememberedSettings, type RememberStorage } from './state/remembered-settings';
import { useScreenStack } from './state/screen-stack';
import { useShortlist } from './state/shortlist';
import { useUiLanguage } from './state/ui-language';
import { useUpdatePrompt } from './state/update-prompt';
import { UiContext } from './ui-context';

/** Props of App. */
export interface AppProps {
  t: Translate;
  language: string;
  /** Loads the directory with these boroughs' own services (London-wide and national ones always). */
  loadDirectory: (areas: readonly string[]) => Promise<LoadedDirectory>;
  loadScreens: () => Promise<LaterScreens>;
  /** Loads another UI language; resolves with its translate function. */
  loadLanguage: (code: string) => Promise<Translate>;
  /** Called after the UI language changed (to translate the static page shell). */
  onLanguageChanged?: (t: Translate, language: string) => void;
  /** Subscribes to "a new version is waiting"; the callback gets the function that applies it. */
  onUpdateReady?: (listener: (apply: () => void) => void) => void;
  /** The clock for "open now"; tests pass a fixed one. */
  clock?: () => Date;
  /** The page's own list of 24/7 helplines (built into index.html), for when the app cannot run: hidden once it does, since "Help right now" gives the same lines without the directory. */
  fallbackHelplines?: HTMLElement;
  /** Loads the opt-in storage module. */
  loadStorage: () => Promise<RememberStorage>;
  /** What was remembered at start, if the person turned "Remember on this device" on before. */
  remembered?: { language?: string; borough?: string; shortlist?: string[] };
}

const systemClock = () => new Date();

/** After this long without the directory, the person is told "Help right now" works meanwhile. */
const SLOW_DIRECTORY_MS = 3000;

/** The app shell: the language, the screen stack and what the screens share; each concern in its own hook (src/state/). */
export function App({ t: initialT, language: initialLanguage, loadDirectory, loadScreens, loadLanguage, onLanguageChanged, onUpdateReady, clock = systemClock, fallbackHelplines, loadStorage, remembered }: AppProps) {
  const ui = useUiLanguage(initialT, initialLanguage, loadLanguage, onLanguageChanged);
  const screens = useScreenStack();
  const shortlist = useShortlist(remembered?.shortlist);
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH);
  const [borough, setBorough] = useState<AreaCode | undefined>(remembered?.borough as AreaCode | undefined);
  const [compact, setCompact] = useState(false);
  const settings = useRememberedSettings(remembered !== undefined, { language: ui.language, borough, shortlist: shortlist.ids }, loadStorage);
  const update = useUpdatePrompt(onUpdateReady);
  // Boroughs named in a search ("refuge in Battersea"): their services join the person's own.
  const [named, setNamed] = useState<readonly string[]>([]);
  const directory = useRegionalDirectory(loadDirectory, [...new Set([borough, search.filters.borough, ...named].filter((area): area is string => area !== undefined))]);
  const later = useLoaded(loadScreens);

  useExitReset(() => {
    settings.stop();
    screens.reset();
    setSearch(EMPTY_SEARCH);
    setBorough(undefined);
    setNamed([]);
    setCompact(false);
    shortlist.clear();
  });

  useEffect(() => {
    if (fallbackHelplines) fallbackHelplines.hidden = true;
  }, [fallbackHelplines]);

  const addPlaces = useCallback((areas: readonly string[]) => setNamed((current) => (areas.every((area) => current.includes(area)) ? current : [...new Set([...current, ...areas])])), []);
  const { navigate } = screens;
  const openService = useCallback((id: string) => navigate({ name: 'service', id }), [navigate]);
  const showResults = useCallback(
    (change: Partial<SearchState>) => {
      setSearch((current) => newSearch(borough, { query: current.query, ...change }));
      navigate({ name: 'results' });
    },
    [borough, navigate],
  );

  const slowDirectory = useAfter(directory.status === 'loading', SLOW_DIRECTORY_MS);
  const { screen, depth } = screens;
  // Read the clock when the person moves between screens, not on every keystroke or render,
  // so results stay put while they type.
  const now = useMemo(() => clock(), [clock, screens.stack]);
  const loaded = directory.status === 'ready' ? directory.value : undefined;
  const labels = loaded ? (loaded.bundle.labels[ui.language] ?? loaded.bundle.labels['en']) : undefined;
  const context = useMemo(() => ({ t: ui.t, language: ui.language, labels }), [ui.t, ui.language, labels]);
  // In the order they were added, for the slip and present mode.
  const shortlisted = useMemo(() => (loaded ? shortlist.ids.flatMap((id) => loaded.bundle.services.filter((service) => service.id === id)) : []), [loaded, shortlist.ids]);

  const shell: Shell = {
    focusOnMount: depth > 1 || screen !== HOME,
    depth,
    now,
    directory: loaded,
    later: later.status === 'ready' ? later.value : undefined,
    search,
    setSearch,
    showResults,
    borough,
    setBorough,
    addPlaces,
    compact,
    setCompact,
    shortlist,
    shortlisted,
    navigate,
    back: screens.back,
    openService,
    remembered: settings,
    loadStorage,
    loadLanguage,
  };
  const { t } = ui;
  const waiting = isWaiting(screen, shell);
  const failed = directory.status === 'failed' || later.status === 'failed';
  return (
    <UiContext.Provider value={context}>
      <AppNav
        shortlistCount={shortlist.ids.length}
        onLanguage={ui.choose}
        onSafety={() => navigate({ name: 'safety' })}
        onShortlist={() => navigate({ name: 'shortlist' })}
      />
      {drawScreen(screen, shell)}
      {/* A screen still waiting, or that cannot load, keeps its way back. */}
      {waiting && screen !== HOME && <BackButton onBack={screens.back} />}
      {waiting && !failed && <p role="status">{t('results.loading')}</p>}
      {slowDirectory && <p role="status">{t('results.stillLoading')}</p>}
      {failed && <p role="alert">{t('results.loadFailed')}</p>}
      {update.apply && <UpdatePrompt onApply={update.apply} onDismiss={update.dismiss} />}
    </UiContext.Provider>
  );
}
