import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, pickLanguage } from './i18n';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { startAutorun } from './state/autorun';
import {
  startEngineSync,
  startTestHooks,
  trainStudents,
  trainTeacher,
} from './state/engineActions';
import { applyOpeningLesson } from './state/classroomSlice';
import { startAppLessonRunner } from './state/appLessonRun';
import { labStore } from './state/labStore';
import { startRunsPersistence } from './state/runsPersistence';
import { startUrlSync } from './state/urlSync';
import { App } from './ui/App';
import { AppErrorBoundary } from './ui/safety/AppErrorBoundary';
import './ui/safety/safety.css';
import './styles.css';

initI18n(
  pickLanguage(labStore.getState().extras.lang, navigator.languages ?? [navigator.language]),
);
// A lesson link applies its step before anything reads the config; the address bar keeps the
// link as given until something changes.
applyOpeningLesson(labStore.getState);
// Side effects subscribe to the store here, outside React rendering.
startUrlSync(labStore);
startEngineSync(labStore);
startTestHooks(labStore);
startRunsPersistence(labStore);
startAutorun(labStore, { trainTeacher, trainStudents });
startAppLessonRunner();
registerServiceWorker();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppErrorBoundary>
      <App />
    </AppErrorBoundary>
  </StrictMode>,
);
