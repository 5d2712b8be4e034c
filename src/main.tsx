import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, pickLanguage } from './i18n';
import { startEngineSync } from './state/engineActions';
import { labStore } from './state/labStore';
import { startUrlSync } from './state/urlSync';
import { App } from './ui/App';
import './styles.css';

initI18n(
  pickLanguage(labStore.getState().extras.lang, navigator.languages ?? [navigator.language]),
);
// Side effects subscribe to the store here, outside React rendering.
startUrlSync(labStore);
startEngineSync(labStore);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
