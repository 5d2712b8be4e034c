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
import { applyTheme, readTheme } from './ui/workbench/theme';

const language = pickLanguage(
  labStore.getState().extras.lang,
  navigator.languages ?? [navigator.language],
);
initI18n(language);
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

// Before the first paint, so a dark-theme visitor never sees a white flash.
applyTheme(document.documentElement, readTheme(globalThis.localStorage));

const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  );

// Hangul on machines without a Korean font (ui/hangulFont.ts). Its ~250 @font-face rules
// (64 kB gzipped) never delay an English page: they load after its first paint. A Korean page
// waits for them (local, fast) so it never paints boxes. `data-hangul` then restyles the font
// stack: Chromium does not re-shape text already drawn without the new faces otherwise.
const hangul = import('./ui/hangulFont').then(() => {
  document.documentElement.dataset.hangul = 'ready';
});
if (language === 'ko') void hangul.finally(render);
else render();
