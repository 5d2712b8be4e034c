import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TrainingCurves } from './charts/TrainingCurves';
import { ConfigNotice } from './ConfigNotice';
import { FaultNotice } from './FaultNotice';
import { ErrorAlert } from './ErrorAlert';
import { Header } from './Header';
import { SectionNav } from './SectionNav';
import { LessonsPanel } from './lessons/LessonsPanel';
import { LabView } from './lab/LabView';
import { DatasetPanel } from './panels/DatasetPanel';
import { ProbabilityChart } from './charts/ProbabilityChart';
import { StudentPanel } from './panels/StudentPanel';
import { StudentResults } from './panels/StudentResults';
import { TemperatureSweep } from './charts/TemperatureSweep';
import { ModelFilePanel } from './panels/ModelFilePanel';
import { TeacherPanel } from './panels/TeacherPanel';
import './panels/distill.css';
import { TeacherResult } from './panels/TeacherResult';
import { TrainingControls } from './panels/TrainingControls';
import { TrainingProgress } from './panels/TrainingProgress';
import { RunsPanel } from './runs/RunsPanel';
import { SharePanel } from './runs/SharePanel';
import { ShortcutHelp } from './present/ShortcutHelp';
import { usePresenterKeys } from './present/usePresenterKeys';
import { useUiMode } from './present/useUiMode';
import { TensorCount } from './TensorCount';
import { DrawProbe } from './owndata/DrawProbe';
import { DatasetImport } from './owndata/DatasetImport';

export function App() {
  const { t } = useTranslation();
  const title = t('app.title');
  const uiMode = useUiMode();
  usePresenterKeys(uiMode === 'present');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app" data-ui={uiMode}>
      <Header />
      <SectionNav />
      <ConfigNotice />
      <FaultNotice />
      {uiMode === 'present' ? <ShortcutHelp /> : null}
      <LessonsPanel />
      <main className="layout">
        <div className="column column-controls" aria-label={t('app.controlsHeading')} role="region">
          <DatasetPanel />
          <DatasetImport />
          {/* Simple and presenter views keep only the data, the main sliders and the buttons. */}
          {uiMode === 'full' ? <TeacherPanel /> : null}
          <StudentPanel />
          <SharePanel />
        </div>
        <div className="column column-results" aria-label={t('app.resultsHeading')} role="region">
          <section
            id="training"
            className="panel panel-training"
            aria-label={t('training.progressLabel')}
          >
            <TrainingControls />
            <TrainingProgress />
            <ErrorAlert />
          </section>
          <section
            className="panel"
            aria-label={`${t('charts.lossHeading')}, ${t('charts.accuracyHeading')}`}
          >
            <TrainingCurves />
          </section>
          <TeacherResult />
          <ProbabilityChart />
          <StudentResults />
          <DrawProbe />
          {uiMode === 'full' ? <TemperatureSweep /> : null}
        </div>
      </main>
      <LabView />
      <ModelFilePanel />
      <RunsPanel />
      <footer className="footer">
        <TensorCount />
      </footer>
    </div>
  );
}
