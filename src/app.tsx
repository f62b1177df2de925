import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { UpdatePrompt } from './components/update-prompt/update-prompt';
import type { DirectoryBundle } from './directory/types';
import { TContext } from './i18n/use-t';
import { HOME, currentScreen, popScreen, pushScreen, type Screen } from './navigation';
import { HomeScreen } from './screens/home/home-screen';
import { ResultsScreen } from './screens/results/results-screen';
import { ServiceScreen } from './screens/service/service-screen';

/** Props of App. */
export interface AppProps {
  t: TFunction;
  language: string;
  loadDirectory: () => Promise<DirectoryBundle>;
  /** Subscribes to "a new version is waiting"; the callback gets the function that applies it. */
  onUpdateReady?: (listener: (apply: () => void) => void) => void;
  /** The clock for "open now"; tests pass a fixed one. */
  clock?: () => Date;
}

const systemClock = () => new Date();

type DirectoryState = { status: 'loading' } | { status: 'ready'; bundle: DirectoryBundle } | { status: 'failed' };

/** The app shell: in-memory screen stack, the directory, and the update prompt. */
export function App({ t, language, loadDirectory, onUpdateReady, clock = systemClock }: AppProps) {
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [directory, setDirectory] = useState<DirectoryState>({ status: 'loading' });
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    loadDirectory().then(
      (bundle) => live && setDirectory({ status: 'ready', bundle }),
      () => live && setDirectory({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [loadDirectory]);

  useEffect(() => {
    onUpdateReady?.((apply) => setApplyUpdate(() => apply));
  }, [onUpdateReady]);

  useEffect(() => {
    // Quick exit (src/exit/quick-exit.ts) dispatches this synchronously before leaving.
    const clear = () => setStack([HOME]);
    document.addEventListener('waymark:exit', clear);
    return () => document.removeEventListener('waymark:exit', clear);
  }, []);

  const navigate = useCallback((screen: Screen) => setStack((current) => pushScreen(current, screen)), []);
  const back = useCallback(() => setStack(popScreen), []);
  const openService = useCallback((id: string) => navigate({ name: 'service', id }), [navigate]);

  const screen = currentScreen(stack);
  const focusOnMount = stack.length > 1 || screen !== HOME;
  const services = directory.status === 'ready' ? directory.bundle.services : [];
  const now = clock();

  return (
    <TContext.Provider value={t}>
      <>
        {screen.name === 'home' && <HomeScreen focusOnMount={focusOnMount} onNavigate={navigate} />}
        {screen.name !== 'home' && directory.status === 'loading' && <p role="status">{t('results.loading')}</p>}
        {screen.name !== 'home' && directory.status === 'failed' && <p role="alert">{t('results.loadFailed')}</p>}
        {screen.name === 'results' && directory.status === 'ready' && (
          <ResultsScreen key={`results-${stack.length}`} list={screen.list} services={services} language={language} now={now} focusOnMount={focusOnMount} onBack={back} onOpen={openService} />
        )}
        {screen.name === 'service' && directory.status === 'ready' && (
          <ServiceScreen
            key={`service-${screen.id}`}
            service={services.find((service) => service.id === screen.id)}
            labels={directory.bundle.labels}
            language={language}
            now={now}
            focusOnMount={focusOnMount}
            onBack={back}
          />
        )}
      </>
      {applyUpdate && <UpdatePrompt onApply={applyUpdate} onDismiss={() => setApplyUpdate(null)} />}
    </TContext.Provider>
  );
}
