import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import { CompressReadout } from './CompressReadout';
import './lab.css';

// The chart is not needed to paint the page: it loads in a chunk of its own, right after, into a
// box of its final height so nothing below it moves.
const ParetoChart = lazy(() => import('./ParetoChart').then((m) => ({ default: m.ParetoChart })));

/**
 * Starts the compression controller while the app is mounted: options that change the cheap
 * result re-measure at once; a new teacher clears the chart.
 */
export function useCompressController(): void {
  useEffect(() => compressController().start(), []);
}

/** The effect side of the workbench: the readout the sliders move, above the chart of releases. */
export function LabResult() {
  const { t } = useTranslation();
  return (
    <section className="panel bench-result" aria-labelledby="bench-result-heading">
      <h2 id="bench-result-heading" className="visually-hidden">
        {t('workbench.resultHeading')}
      </h2>
      <CompressReadout />
      <Suspense fallback={<div style={{ minHeight: 370 }} aria-hidden="true" />}>
        <ParetoChart />
      </Suspense>
    </section>
  );
}
