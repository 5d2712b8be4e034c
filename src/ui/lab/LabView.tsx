import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import { CompressReadout } from './CompressReadout';
import { ParetoChart } from './ParetoChart';
import { SensitivityCard } from './SensitivityCard';
import { SparseVsDenseCard } from './SparseVsDenseCard';
import { SpeedCard } from './SpeedCard';
import './lab.css';

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
      <ParetoChart />
    </section>
  );
}

/** The slower studies of the compressed model: per-layer sensitivity, sparse versus dense, speed. */
export function LabCards() {
  return (
    <div className="lab-cards">
      <SensitivityCard />
      <SparseVsDenseCard />
      <SpeedCard />
    </div>
  );
}
