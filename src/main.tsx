// Entry point. Part of the first bundle: keep imports minimal; everything else loads lazily.
import { render } from 'preact';
import { App } from './app';
import { loadDirectory } from './bundle/load-directory';
import { initI18n, loadLanguage, pickDeviceLanguage, translateStaticShell } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import { installExitFallback } from './exit/exit-fallback';
import { isRemembering } from './storage/is-remembering';
import './styles/tokens.css';
import './styles/base.css';

const loadStorage = () => import('./storage/remembered');
// Only if the person turned "Remember on this device" on earlier; this never creates storage.
const remembered = (await isRemembering().catch(() => false))
  ? await loadStorage()
      .then((storage) => storage.readRemembered())
      .catch(() => undefined)
  : undefined;

// The remembered language, else the device's if we have it (from the precache), else English.
const wanted = remembered?.language ?? pickDeviceLanguage(navigator.languages);
const [language, t] = await loadLanguage(wanted).then(
  (translate) => [wanted, translate] as const,
  () => ['en', initI18n('en')] as const,
);
translateStaticShell(t, language);

installExitFallback();

const root = document.getElementById('app');
if (root) {
  // The helplines written into the page at build time, for when the app cannot run: the app hides them once it does.
  const helplines = document.getElementById('helplines');
  const screen = document.createElement('div');
  root.prepend(screen);
  render(
    <App
      t={t}
      language={language}
      loadDirectory={loadDirectory}
      loadScreens={() => import('./screens/later-screens')}
      loadLanguage={loadLanguage}
      onLanguageChanged={translateStaticShell}
      fallbackHelplines={helplines ?? undefined}
      loadStorage={loadStorage}
      remembered={remembered}
      onUpdateReady={(listener) => {
        void registerServiceWorker(listener);
      }}
    />,
    screen,
  );
}
