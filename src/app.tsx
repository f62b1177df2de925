import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { UpdatePrompt } from './components/update-prompt/update-prompt';
import type { LoadedDirectory } from './directory/load';
import type { AreaCode } from './directory/types';
import { TContext, type Translate } from './i18n/use-t';
import { HOME, currentScreen, popScreen, pushScreen, type Screen } from './navigation';
import { HomeScreen } from './screens/home/home-screen';
import { EMPTY_SEARCH, newSearch, type SearchState } from './search-state';

/** The screens after home, loaded lazily. */
export type LaterScreens = typeof import('./screens/later-screens');

/** Props of App. */
export interface AppProps {
  t: Translate;
  language: string;
  loadDirectory: () => Promise<LoadedDirectory>;
  loadScreens: () => Promise<LaterScreens>;
  /** Subscribes to "a new version is waiting"; the callback gets the function that applies it. */
  onUpdateReady?: (listener: (apply: () => void) => void) => void;
  /** The clock for "open now"; tests pass a fixed one. */
  clock?: () => Date;
}

type DirectoryState = { status: 'loading' } | ({ status: 'ready'; screens: LaterScreens } & LoadedDirectory) | { status: 'failed' };

const systemClock = () => new Date();

/** The app shell: in-memory screens and search, the directory, and the update prompt. */
export function App({ t, language, loadDirectory, loadScreens, onUpdateReady, clock = systemClock }: AppProps) {
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH);
  const [borough, setBorough] = useState<AreaCode | undefined>(undefined);
  const [directory, setDirectory] = useState<DirectoryState>({ status: 'loading' });
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadDirectory(), loadScreens()]).then(
      ([loaded, screens]) => live && setDirectory({ status: 'ready', ...loaded, screens }),
      () => live && setDirectory({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [loadDirectory, loadScreens]);

  useEffect(() => {
    onUpdateReady?.((apply) => setApplyUpdate(() => apply));
  }, [onUpdateReady]);

  useEffect(() => {
    // Quick exit (src/exit/quick-exit.ts) dispatches this synchronously before leaving.
    const clear = () => {
      setStack([HOME]);
      setSearch(EMPTY_SEARCH);
      setBorough(undefined);
    };
    document.addEventListener('waymark:exit', clear);
    return () => document.removeEventListener('waymark:exit', clear);
  }, []);

  const navigate = useCallback((screen: Screen) => setStack((current) => pushScreen(current, screen)), []);
  const back = useCallback(() => setStack(popScreen), []);
  const openService = useCallback((id: string) => navigate({ name: 'service', id }), [navigate]);
  const showResults = useCallback(
    (change: Partial<SearchState>) => {
      setSearch((current) => newSearch(borough, { query: current.query, ...change }));
      navigate({ name: 'results' });
    },
    [borough, navigate],
  );

  const screen = currentScreen(stack);
  const focusOnMount = stack.length > 1 || screen !== HOME;
  // Read the clock when the person moves between screens, not on every keystroke or render,
  // so results stay put while they type.
  const now = useMemo(() => clock(), [clock, stack]);
  const ready = directory.status === 'ready' ? directory : undefined;

  return (
    <TContext.Provider value={t}>
      {screen.name === 'home' && (
        <HomeScreen
          focusOnMount={focusOnMount}
          labels={ready?.bundle.labels}
          query={search.query}
          borough={borough}
          onQuery={(query) => setSearch((current) => ({ ...current, query }))}
          onSearch={() => showResults({})}
          onChooseNeed={(need) => showResults({ query: '', needs: [need] })}
          onBorough={setBorough}
          onBrowseAll={() => showResults({ query: '' })}
        />
      )}
      {screen.name !== 'home' && directory.status === 'loading' && <p role="status">{t('results.loading')}</p>}
      {directory.status === 'failed' && <p role="alert">{t('results.loadFailed')}</p>}
      {screen.name === 'results' && ready && (
        <ready.screens.ResultsScreen
          key={`results-${stack.length}`}
          engine={ready.engine}
          services={ready.bundle.services}
          labels={ready.bundle.labels}
          state={search}
          language={language}
          now={now}
          focusOnMount={focusOnMount}
          onChange={setSearch}
          onBack={back}
          onOpen={openService}
        />
      )}
      {screen.name === 'service' && ready && (
        <ready.screens.ServiceScreen
          key={`service-${screen.id}`}
          service={ready.bundle.services.find((service) => service.id === screen.id)}
          labels={ready.bundle.labels}
          language={language}
          now={now}
          focusOnMount={focusOnMount}
          onBack={back}
        />
      )}
      {applyUpdate && <UpdatePrompt onApply={applyUpdate} onDismiss={() => setApplyUpdate(null)} />}
    </TContext.Provider>
  );
}
