import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { formatDuration, formatInteger, fractionDataValue } from '../format';
import { useLocale } from '../useLocale';

/** The progress bar (data-value = fraction, 4 decimals) with the phase, epoch and time left. */
export function TrainingProgress() {
  const { t } = useTranslation();
  const locale = useLocale();
  const fraction = useLab((s) => s.fraction);
  const status = useLab((s) => s.status);
  const phase = useLab((s) => s.phase);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.epochs);
  const etaMs = useLab((s) => s.etaMs);
  const samplesPerSec = useLab((s) => s.samplesPerSec);
  const stopped = useLab((s) => s.stopped);

  const running = status === 'running';
  const percent = Math.round(fraction * 1000) / 10;
  const phaseText =
    stopped && !running
      ? t('training.stopped')
      : phase
        ? t(`training.phases.${phase}`)
        : t('training.idle');
  const details: string[] = [];
  if (running && epochs > 0) details.push(t('training.epochOf', { epoch: epoch + 1, epochs }));
  if (running && etaMs !== null && phase === 'training')
    details.push(t('training.eta', { eta: formatDuration(etaMs, locale) }));
  if (running && samplesPerSec !== null)
    details.push(t('training.speed', { rate: formatInteger(samplesPerSec, locale) }));

  return (
    <div className="progress-block">
      <div className="progress-text">
        <span aria-live="polite">{phaseText}</span>
        <span className="muted">{details.join(' · ')}</span>
      </div>
      <div
        className={`progress${running ? ' progress-running' : ''}`}
        data-testid="training-progress"
        role="progressbar"
        aria-label={t('training.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        data-value={fractionDataValue(fraction)}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
