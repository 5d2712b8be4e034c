import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { backendName, plainT } from '../backendLabel';
import { formatBytes, formatDuration, formatInteger, formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { SplitNote } from '../SplitNote';

/** Accuracy, size and cost of the trained teacher. */
export function TeacherResult() {
  const { t } = useTranslation();
  const tr = plainT(t);
  const locale = useLocale();
  const result = useLab((s) => s.result);

  return (
    <section className="panel" aria-labelledby="result-heading">
      <h2 id="result-heading">{t('result.heading')}</h2>
      {result === null ? (
        <p className="muted">{t('result.none')}</p>
      ) : (
        <dl className="stats">
          <div className="stat stat-main">
            <dt>{t('result.accuracy')}</dt>
            <dd>
              <output data-testid="teacher-accuracy" data-value={result.accuracy.toFixed(4)}>
                {formatPercent(result.accuracy, locale)}
              </output>
            </dd>
          </div>
          {result.valAccuracy === undefined ? null : (
            <div className="stat">
              <dt>{t('splits.valAccuracy')}</dt>
              <dd>
                <output
                  data-testid="teacher-val-accuracy"
                  data-value={result.valAccuracy.toFixed(4)}
                >
                  {formatPercent(result.valAccuracy, locale)}
                </output>
              </dd>
            </div>
          )}
          <div className="stat">
            <dt>{t('result.params')}</dt>
            <dd>
              <output data-value={result.params}>{formatInteger(result.params, locale)}</output>
            </dd>
          </div>
          <div className="stat">
            <dt>{t('result.size')}</dt>
            <dd>
              <output
                data-value={result.sizeBytes}
                title={t('result.exactBytes', { bytes: formatInteger(result.sizeBytes, locale) })}
              >
                {formatBytes(result.sizeBytes, locale)}
              </output>
            </dd>
          </div>
          <div className="stat">
            <dt>{t('result.time')}</dt>
            <dd>
              <output data-value={Math.round(result.trainMs)}>
                {formatDuration(result.trainMs, locale)}
              </output>
            </dd>
          </div>
          <div className="stat">
            <dt>{t('result.backend')}</dt>
            <dd>
              <output data-value={result.backend.name}>
                {backendName(result.backend.name, tr)}
              </output>
            </dd>
          </div>
        </dl>
      )}
      {result === null ? null : (
        <SplitNote split="test" testId="teacher-accuracy-split" text={t('splits.teacherTest')} />
      )}
    </section>
  );
}
