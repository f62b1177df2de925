import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { AppNav } from './components/app-nav/app-nav';
import { UpdatePrompt } from './components/update-prompt/update-prompt';
import type { LoadedDirectory } from './directory/load';
import type { AreaCode } from './directory/types';
import { TContext, type Translate } from './i18n/use-t';
import { HOME, currentScreen, popScreen, pushScreen, type Screen } from './navigation';
import { HomeScreen } from './screens/home/home-screen';
import { EMPTY_SEARCH, newSearch, type SearchState } from './search-state';
import { stopWriting, writingStopped } from './storage/forgetting';

/** The screens after home, loaded lazily. */
export type LaterScreens = typeof import('./screens/later-screens');

/** "Remember on this device" (src/storage/remembered.ts), loaded only when used. */
export type RememberStorage = typeof import('./storage/remembered');

/** Props of App. */
export interface AppProps {
  t: Translate;
  language: string;
  loadDirectory: () => Promise<LoadedDirectory>;
  loadScreens: () => Promise<LaterScreens>;
  /** Loads another UI language; resolves with its translate function. */
  loadLanguage: (code: string) => Promise<Translate>;
  /** Called after the UI language changed (to translate the static page shell). */
  onLanguageChanged?: (t: Translate, language: string) => void;
  /** Subscribes to "a new version is waiting"; the callback gets the function that applies it. */
  onUpdateReady?: (listener: (apply: () => void) => void) => void;
  /** The clock for "open now"; tests pass a fixed one. */
  clock?: () => Date;
  /** The page's own list of 24/7 helplines (built into index.html): shown until the directory is ready, and again if it fails. */
  fallbackHelplines?: HTMLElement;
  /** Loads the opt-in storage module. */
  loadStorage: () => Promise<RememberStorage>;
  /** What was remembered at start, if the person turned "Remember on this device" on before. */
  remembered?: { language?: string; borough?: string; shortlist?: string[] };
}

type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

const systemClock = () => new Date();

/** After this long without the directory, the person is told the helplines below are there meanwhile. */
const SLOW_DIRECTORY_MS = 3000;

/** True once `active` has stayed true for `ms`. */
function useAfter(active: boolean, ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    if (!active) return;
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return passed;
}

/** Loads something once and keeps it in state. */
function useLoaded<T>(load: () => Promise<T>): Loading<T> {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** The app shell: in-memory screens, search and language; the directory; the update prompt. */
export function App({
  t: initialT,
  language: initialLanguage,
  loadDirectory,
  loadScreens,
  loadLanguage,
  onLanguageChanged,
  onUpdateReady,
  clock = systemClock,
  fallbackHelplines,
  loadStorage,
  remembered,
}: AppProps) {
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH);
  const [borough, setBorough] = useState<AreaCode | undefined>(remembered?.borough as AreaCode | undefined);
  const [shortlist, setShortlist] = useState<string[]>(remembered?.shortlist ?? []);
  const [remembering, setRemembering] = useState(remembered !== undefined);
  const [rememberFailed, setRememberFailed] = useState(false);
  const [ui, setUi] = useState({ t: initialT, language: initialLanguage });
  const directory = useLoaded(loadDirectory);
  const screens = useLoaded(loadScreens);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    onUpdateReady?.((apply) => setApplyUpdate(() => apply));
  }, [onUpdateReady]);

  useEffect(() => {
    // Only while the person has chosen to be remembered; otherwise nothing is written anywhere.
    // Never once they are leaving: the reset on exit must not be saved over what they kept.
    if (!remembering || writingStopped()) return;
    loadStorage()
      .then((storage) => storage.remember({ language: ui.language, shortlist, ...(borough ? { borough } : {}) }))
      .catch(() => {
        setRemembering(false);
        setRememberFailed(true);
      });
  }, [remembering, ui.language, borough, shortlist, loadStorage]);

  const chooseRemembering = useCallback(
    (on: boolean) => {
      setRememberFailed(false);
      if (on) setRemembering(true);
      else {
        setRemembering(false);
        loadStorage()
          .then((storage) => storage.forgetRemembered())
          .catch(() => undefined);
      }
    },
    [loadStorage],
  );

  useEffect(() => {
    // Quick exit (src/exit/quick-exit.ts) dispatches this synchronously before leaving.
    const clear = () => {
      stopWriting();
      setRemembering(false);
      setStack([HOME]);
      setSearch(EMPTY_SEARCH);
      setBorough(undefined);
      setShortlist([]);
    };
    document.addEventListener('waymark:exit', clear);
    return () => document.removeEventListener('waymark:exit', clear);
  }, []);

  const navigate = useCallback((screen: Screen) => setStack((current) => pushScreen(current, screen)), []);
  const back = useCallback(() => setStack(popScreen), []);
  const openService = useCallback((id: string) => navigate({ name: 'service', id }), [navigate]);
  const toggleShortlist = useCallback(
    (id: string) => setShortlist((current) => (current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id])),
    [],
  );
  const showResults = useCallback(
    (change: Partial<SearchState>) => {
      setSearch((current) => newSearch(borough, { query: current.query, ...change }));
      navigate({ name: 'results' });
    },
    [borough, navigate],
  );
  const chooseLanguage = useCallback(
    (code: string) => {
      // The screen stack and search stay as they are: only the words change.
      loadLanguage(code).then(
        (t) => {
          setUi({ t, language: code });
          onLanguageChanged?.(t, code);
        },
        () => undefined,
      );
    },
    [loadLanguage, onLanguageChanged],
  );

  useEffect(() => {
    // The built-in helplines stay in view until the directory can show its own, and come back if it fails.
    if (fallbackHelplines) fallbackHelplines.hidden = directory.status === 'ready';
  }, [fallbackHelplines, directory.status]);

  const slowDirectory = useAfter(directory.status === 'loading', SLOW_DIRECTORY_MS);
  const screen = currentScreen(stack);
  const focusOnMount = stack.length > 1 || screen !== HOME;
  // Read the clock when the person moves between screens, not on every keystroke or render,
  // so results stay put while they type.
  const now = useMemo(() => clock(), [clock, stack]);
  const { t, language } = ui;
  const loaded = directory.status === 'ready' ? directory.value : undefined;
  const later = screens.status === 'ready' ? screens.value : undefined;
  const labels = loaded ? (loaded.bundle.labels[language] ?? loaded.bundle.labels['en']) : undefined;
  // In the order they were added, for the slip and present mode.
  const shortlistedServices = useMemo(
    () => (loaded ? shortlist.flatMap((id) => loaded.bundle.services.filter((service) => service.id === id)) : []),
    [loaded, shortlist],
  );

  return (
    <TContext.Provider value={t}>
      <AppNav
        language={language}
        shortlistCount={shortlist.length}
        onLanguage={chooseLanguage}
        onSafety={() => navigate({ name: 'safety' })}
        onShortlist={() => navigate({ name: 'shortlist' })}
      />
      {screen.name === 'home' && (
        <HomeScreen
          focusOnMount={focusOnMount}
          labels={labels}
          query={search.query}
          borough={borough}
          onQuery={(query) => setSearch((current) => ({ ...current, query }))}
          onSearch={() => showResults({})}
          onChooseNeed={(need) => showResults({ query: '', needs: [need] })}
          onBorough={setBorough}
          onBrowseAll={() => showResults({ query: '' })}
          onProfessionals={() => navigate({ name: 'professionals' })}
        />
      )}
      {screen.name !== 'home' && (directory.status === 'loading' || screens.status === 'loading') && <p role="status">{t('results.loading')}</p>}
      {slowDirectory && <p role="status">{t('results.stillLoading')}</p>}
      {(directory.status === 'failed' || screens.status === 'failed') && <p role="alert">{t('results.loadFailed')}</p>}
      {screen.name === 'results' && loaded && later && labels && (
        <later.ResultsScreen
          key={`results-${stack.length}`}
          helpNow={loaded.bundle.helpNow}
          engine={loaded.engine}
          services={loaded.bundle.services}
          labels={labels}
          state={search}
          language={language}
          now={now}
          focusOnMount={focusOnMount}
          shortlist={shortlist}
          onShortlist={toggleShortlist}
          onChange={setSearch}
          onBack={back}
          onOpen={openService}
        />
      )}
      {screen.name === 'service' && loaded && later && labels && (
        <later.ServiceScreen
          key={`service-${screen.id}`}
          service={loaded.bundle.services.find((service) => service.id === screen.id)}
          labels={labels}
          language={language}
          now={now}
          focusOnMount={focusOnMount}
          shortlisted={shortlist.includes(screen.id)}
          onShortlist={toggleShortlist}
          onBack={back}
        />
      )}
      {screen.name === 'shortlist' && loaded && later && labels && (
        <later.ShortlistScreen
          services={shortlistedServices}
          labels={labels}
          language={language}
          focusOnMount={focusOnMount}
          onBack={back}
          onClear={() => setShortlist([])}
          onPresent={() => navigate({ name: 'present' })}
        />
      )}
      {screen.name === 'present' && loaded && later && (
        <later.PresentScreen
          services={shortlistedServices}
          labelsByLanguage={loaded.bundle.labels}
          uiLanguage={language}
          now={now}
          loadLanguage={loadLanguage}
          onClose={back}
        />
      )}
      {screen.name === 'professionals' && loaded && later && (
        <later.ProfessionalsScreen
          services={loaded.bundle.services}
          focusOnMount={focusOnMount}
          onBack={back}
          onOpen={openService}
          onSelfReferral={() => showResults({ query: '', filters: { ...(borough ? { borough } : {}), selfReferral: true } })}
        />
      )}
      {screen.name === 'safety' && later && (
        <later.SafetyScreen
          focusOnMount={focusOnMount}
          remembering={remembering}
          rememberFailed={rememberFailed}
          onRemember={chooseRemembering}
          onBack={back}
          onForget={() => void later.forgetThisDevice(() => loadStorage().then((storage) => storage.closeRemembered()))}
        />
      )}
      {applyUpdate && <UpdatePrompt onApply={applyUpdate} onDismiss={() => setApplyUpdate(null)} />}
    </TContext.Provider>
  );
}
