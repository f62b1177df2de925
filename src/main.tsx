// Entry point. Part of the first bundle: keep imports minimal; everything else loads lazily.
import { render } from 'preact';
import { App } from './app';
import { loadDirectory } from './directory/load';
import { initI18n, pickLanguage, translateStaticShell } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import './styles/tokens.css';
import './styles/base.css';

const language = pickLanguage(navigator.languages);
const t = initI18n(language);
translateStaticShell(t);

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(
    <App
      t={t}
      language={language}
      loadDirectory={loadDirectory}
      loadScreens={() => import('./screens/later-screens')}
      onUpdateReady={(listener) => {
        void registerServiceWorker(listener);
      }}
    />,
    root,
  );
}
