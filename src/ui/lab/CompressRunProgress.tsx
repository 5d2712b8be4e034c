import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import type { CompressTask } from '../../state/compressSlice';
import { useLab } from '../../state/labStore';
import { formatDuration, formatPercent } from '../format';
import { useLocale } from '../useLocale';

/** Progress and a Stop button for the long compression job of one kind, while it runs. */
export function CompressRunProgress({ task }: { task: CompressTask }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const run = useLab((s) => (s.compressRun?.task === task ? s.compressRun : null));
  if (!run) return null;
  return (
    <div className="progress-block lab-progress">
      <div className="progress-text">
        <span>{t(`lab.running.${task}`)}</span>
        <span>
          {formatPercent(run.fraction, locale, 0)}
          {run.etaMs !== null && run.fraction > 0 && run.fraction < 1
            ? ` · ${t('training.eta', { eta: formatDuration(run.etaMs, locale) })}`
            : ''}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t(`lab.running.${task}`)}
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={run.fraction}
        data-testid={`compress-progress-${task}`}
        data-value={run.fraction.toFixed(3)}
      >
        <div className="progress-fill" style={{ width: `${run.fraction * 100}%` }} />
      </div>
      <button
        type="button"
        className="button button-quiet"
        data-testid={`compress-stop-${task}`}
        onClick={() => compressController().cancel()}
      >
        {t('training.stop')}
      </button>
    </div>
  );
}
