import { useTranslation } from 'react-i18next';
import { findParam, formatValue, getParam, type ParamKey } from '../../core/config';
import { settingsKey } from '../../state/compressSettings';
import { useLab } from '../../state/labStore';
import {
  formatBytes,
  formatInteger,
  formatPercent,
  formatPpDelta,
  fractionDataValue,
} from '../format';
import { useLocale } from '../useLocale';
import './readoutStale.css';
import { ratioText } from './ratioText';

/** More than this below the dense model (a fraction) counts as a big drop. */
const BIG_DROP = 0.05;

/** Accuracy and size of the newest compressed model: the numbers the sliders move. */
export function CompressReadout() {
  const { t } = useTranslation();
  const locale = useLocale();
  const point = useLab((s) => s.livePoint);
  const error = useLab((s) => s.compressError);
  const target = useLab((s) => s.config.target);
  // The settings the shown point was measured with that differ from the controls now: while
  // a measurement catches up, the readout names the setting its numbers belong to.
  const behind = useLab((s) =>
    s.livePoint
      ? Object.entries(s.livePoint.settings)
          .filter(([k, v]) => findParam(k) && formatValue(getParam(s.config, k as ParamKey)) !== v)
          .map(([k, v]) => `${t(`params.${k}.label`)} ${v}`)
          .join(', ')
      : '',
  );
  const ready = useLab((s) =>
    s.config.target === 'teacher' ? s.result !== null : s.students !== null,
  );

  if (!point) {
    return (
      <div className="lab-readout">
        <p className="muted">{ready ? t('lab.measuring') : t(`lab.needTarget.${target}`)}</p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    );
  }
  // Previews are estimates for choosing a setting, so they never look at the test set.
  const evaluated =
    point.evaluatedOn === 'test'
      ? t('lab.onTest', { count: point.examples })
      : t('lab.onPreview', { count: point.examples });
  return (
    <div
      className="lab-readout"
      data-form={point.form}
      data-settings={settingsKey(point.settings)}
      data-stale={behind !== ''}
      aria-live="polite"
    >
      {behind !== '' ? (
        <p className="lab-stale" data-testid="readout-stale">
          {t('lessonRun.readoutFor', { settings: behind })}
        </p>
      ) : null}
      <dl className="stats">
        {/* A big loss reads in the warning colour, so the cost is seen, not only read. */}
        <div
          className={`stat stat-main${point.accuracy - point.denseAccuracy < -BIG_DROP ? ' stat-drop' : ''}`}
        >
          <dt>{t('lab.accuracy')}</dt>
          <dd>
            <output
              data-testid="compressed-accuracy"
              data-value={fractionDataValue(point.accuracy)}
              data-form={point.form}
              data-split={point.evaluatedOn === 'test' ? 'test' : 'validation'}
            >
              {formatPercent(point.accuracy, locale)}
            </output>
          </dd>
          <dd className="stat-sub">
            {t('lab.vsDense', { pp: formatPpDelta(point.accuracy - point.denseAccuracy, locale) })}
          </dd>
        </div>
        <div className="stat stat-main">
          <dt>{t('lab.size')}</dt>
          <dd>
            <output
              data-testid="compressed-size-bytes"
              data-value={Math.round(point.sizeBytes)}
              data-form={point.form}
              title={t('result.exactBytes', { bytes: formatInteger(point.sizeBytes, locale) })}
            >
              {formatBytes(point.sizeBytes, locale)}
            </output>
          </dd>
          <dd className="stat-sub">{ratioText(point.ratio, locale, t)}</dd>
        </div>
        {/* A factorised model has fewer weights, not zeros: it reads as its kept rank. */}
        {point.rank < 1 ? (
          <div className="stat">
            <dt>{t('workbench.rank')}</dt>
            <dd>
              <output data-value={point.rank}>{formatPercent(point.rank, locale, 0)}</output>
            </dd>
          </div>
        ) : null}
        {point.rank >= 1 || Number(point.settings['prune.sparsity'] ?? 0) > 0 ? (
          <div className="stat">
            <dt>{t('lab.sparsity')}</dt>
            <dd>
              <output data-value={point.sparsity.toFixed(4)}>
                {formatPercent(point.sparsity, locale)}
              </output>
            </dd>
          </div>
        ) : null}
        <div className="stat">
          <dt>{t('lab.bits')}</dt>
          <dd>
            <output data-value={point.bits}>
              {point.bits >= 32 ? t('lab.bitsOff') : point.bits}
            </output>
          </dd>
        </div>
        <div className="stat">
          <dt>{t('lab.params')}</dt>
          <dd>
            <output data-value={point.params}>{formatInteger(point.params, locale)}</output>
          </dd>
        </div>
      </dl>
      <p className="muted lab-evaluated">
        {t(`lab.forms.${point.form}`)} · {evaluated}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
