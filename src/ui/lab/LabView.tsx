import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import { CompressControls } from './CompressControls';
import { CompressReadout } from './CompressReadout';
import { FullRunControls } from './FullRunControls';
import { Inspectors } from './Inspectors';
import { ParetoChart } from './ParetoChart';
import { SensitivityCard } from './SensitivityCard';
import { SparseVsDenseCard } from './SparseVsDenseCard';
import { SpeedCard } from './SpeedCard';
import './lab.css';

/**
 * The compression lab: sliders beside the accuracy-vs-size chart, the expensive forms, then
 * what is inside the compressed model, the per-layer sensitivity and sparse-vs-dense.
 */
export function LabView() {
  const { t } = useTranslation();
  // Options that change the cheap result re-measure at once; a new teacher clears the chart.
  useEffect(() => compressController().start(), []);

  return (
    <section className="lab" aria-labelledby="lab-heading">
      <div className="lab-grid">
        <div className="panel lab-controls">
          <h2 id="lab-heading">{t('lab.heading')}</h2>
          <p className="muted">{t('lab.intro')}</p>
          <CompressControls />
        </div>
        <div className="panel lab-main">
          <CompressReadout />
          <ParetoChart />
          <FullRunControls />
        </div>
      </div>
      <Inspectors />
      <div className="lab-cards">
        <SensitivityCard />
        <SparseVsDenseCard />
        <SpeedCard />
      </div>
    </section>
  );
}
