import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectLessonId } from '../state/classroomSlice';
import { useLab } from '../state/labStore';
import { ConfigNotice } from './ConfigNotice';
import { FaultNotice } from './FaultNotice';
import { Header } from './Header';
import { LessonsPanel } from './lessons/LessonsPanel';
import { LabResult, useCompressController } from './lab/LabView';
import { DrawProbe } from './owndata/DrawProbe';
import './panels/distill.css';
import { ShortcutHelp } from './present/ShortcutHelp';
import { usePresenterKeys } from './present/usePresenterKeys';
import { useUiMode } from './present/useUiMode';
import { TensorCount } from './TensorCount';
import type { DetailTab } from './workbench/DetailTabs';
import { KnobsPanel } from './workbench/KnobsPanel';
import { ModelStrip } from './workbench/ModelStrip';
import './workbench/workbench.css';
import './workbench/present.css';
import './workbench/theme.css';

// The tabs below the workbench (curves, inspectors, runs, model file…) are not needed for the
// first paint: their code loads in a chunk of its own, right after.
const DetailTabs = lazy(() =>
  import('./workbench/DetailTabs').then((m) => ({ default: m.DetailTabs })),
);

/**
 * One experiment on one screen: the lesson beside the workbench (model and train buttons, the
 * knobs, the readout and chart they move), the details in tabs below. The simple view keeps the
 * workbench only; the presenter view keeps the lesson step, its sliders and the result.
 */
export function App() {
  const { t } = useTranslation();
  const title = t('app.title');
  const uiMode = useUiMode();
  const lessonOpen = useLab(selectLessonId) !== null;
  const [tab, setTab] = useState<DetailTab>('training');
  usePresenterKeys(uiMode === 'present');
  useCompressController();
  useEffect(() => {
    document.title = title;
  }, [title]);

  const openSettings = () => {
    setTab('training');
    document.getElementById('details')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="app" data-ui={uiMode} data-lesson={lessonOpen ? 'open' : 'none'}>
      <Header />
      <ConfigNotice />
      <FaultNotice />
      <div className="bench-layout">
        <aside className="bench-side" aria-label={t('workbench.lessonsLabel')}>
          <LessonsPanel />
          {uiMode === 'present' ? <ShortcutHelp /> : null}
        </aside>
        <main className="bench-main">
          <div className="bench">
            <ModelStrip onSettings={uiMode === 'full' ? openSettings : undefined} />
            <KnobsPanel mode={uiMode} />
            <LabResult />
          </div>
          {/* Without a lesson the presenter's screen is free for the class's favourite demo:
              draw a digit and watch the dense and compressed models answer. */}
          {uiMode === 'present' && !lessonOpen ? <DrawProbe /> : null}
          {uiMode === 'full' ? (
            <Suspense fallback={null}>
              <DetailTabs tab={tab} onTab={setTab} />
            </Suspense>
          ) : null}
        </main>
      </div>
      <footer className="footer">
        <TensorCount />
      </footer>
    </div>
  );
}
