import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { useClassName } from '../panels/useClassName';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DecisionBoundary } from './DecisionBoundary';
import { LayerSparsityBars } from './LayerSparsityBars';
import { RegressionList } from './RegressionList';
import { SizeBreakdownBar } from './SizeBreakdownBar';
import { WeightHistogram } from './WeightHistogram';
import { WeightPicture } from './WeightPicture';

const NO_NAMES: readonly string[] = [];

/**
 * Inside the compressed model. Layer sparsity and the size breakdown follow every answer (a
 * drag's too); the weight pictures and predictions are fetched after each commit only.
 */
export function Inspectors() {
  const { t } = useTranslation();
  const point = useLab((s) => s.livePoint);
  const inspection = useLab((s) => s.inspection);
  const error = useLab((s) => s.inspectionError);
  const dataset = useLab((s) => s.config.dataset);
  const className = useClassName(dataset, NO_NAMES);

  return (
    <section className="panel lab-inspectors" aria-labelledby="inspect-heading">
      <h2 id="inspect-heading">{t('lab.inspect.heading')}</h2>
      {point === null ? <p className="muted">{t('lab.inspect.none')}</p> : null}
      {error ? <p className="field-error">{t('lab.inspect.failed', { message: error })}</p> : null}
      <div className="inspector-grid">
        {point ? <LayerSparsityBars layers={point.layers} /> : null}
        {point ? <SizeBreakdownBar point={point} /> : null}
        {inspection ? <WeightHistogram layers={inspection.layers} /> : null}
        {inspection ? <WeightPicture inspection={inspection} /> : null}
        {inspection?.boundary ? <DecisionBoundary boundary={inspection.boundary} /> : null}
        {inspection ? <ConfusionMatrix inspection={inspection} className={className} /> : null}
        {inspection ? <RegressionList inspection={inspection} className={className} /> : null}
      </div>
    </section>
  );
}
