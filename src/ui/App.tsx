import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TrainingCurves } from './charts/TrainingCurves';
import { ConfigNotice } from './ConfigNotice';
import { ErrorAlert } from './ErrorAlert';
import { Header } from './Header';
import { DatasetPanel } from './panels/DatasetPanel';
import { ProbabilityChart } from './charts/ProbabilityChart';
import { StudentPanel } from './panels/StudentPanel';
import { StudentResults } from './panels/StudentResults';
import { TeacherPanel } from './panels/TeacherPanel';
import './panels/distill.css';
import { TeacherResult } from './panels/TeacherResult';
import { TrainingControls } from './panels/TrainingControls';
import { TrainingProgress } from './panels/TrainingProgress';
import { TensorCount } from './TensorCount';

export function App() {
  const { t } = useTranslation();
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app">
      <Header />
      <ConfigNotice />
      <main className="layout">
        <div className="column column-controls" aria-label={t('app.controlsHeading')} role="region">
          <DatasetPanel />
          <TeacherPanel />
          <StudentPanel />
        </div>
        <div className="column column-results" aria-label={t('app.resultsHeading')} role="region">
          <section className="panel panel-training" aria-label={t('training.progressLabel')}>
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
        </div>
      </main>
      <footer className="footer">
        <TensorCount />
      </footer>
    </div>
  );
}
