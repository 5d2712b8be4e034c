import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../engine/userDatasetsDb';
import { ImageSample } from '../panels/ImageSample';
import { useLocale } from '../useLocale';

/** What an imported dataset holds, before any training: classes, counts, samples or columns. */
export function DatasetSummaryView({ summary }: { summary: DatasetSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { report, samples, featureShape } = summary;
  const [h, w, c] = featureShape;
  const fmt = (v: number | undefined) =>
    v === undefined ? '' : v.toLocaleString(locale, { maximumSignificantDigits: 4 });
  return (
    <div className="owndata-summary" data-testid="dataset-summary">
      <p className="muted">
        {t('owndata.data.splitNote', {
          train: summary.trainCount,
          test: summary.testCount,
          hash: summary.hash,
        })}
      </p>
      <table className="owndata-table">
        <caption>{t('owndata.data.countsCaption')}</caption>
        <tbody>
          {summary.classNames.map((name, k) => (
            <tr key={k}>
              <th scope="row">{name}</th>
              <td>{report.counts[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {samples && (c === 1 || c === 3) ? (
        <div className="sample-grid">
          {Array.from(samples.labels, (label, i) => (
            <ImageSample
              key={i}
              pixels={samples.pixels.subarray(i * h * w * c, (i + 1) * h * w * c)}
              width={w}
              height={h}
              channels={c}
              caption={summary.classNames[label]}
              label={t('dataset.sampleLabel', { index: i + 1, name: summary.classNames[label] })}
            />
          ))}
        </div>
      ) : null}
      {report.columns ? (
        <table className="owndata-table">
          <caption>{t('owndata.data.columnsCaption', { label: report.labelColumn ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('owndata.data.column')}</th>
              <th scope="col">{t('owndata.data.columnKind')}</th>
              <th scope="col">{t('owndata.data.missingCount')}</th>
              <th scope="col">{t('owndata.data.stats')}</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.map((col) => (
              <tr key={col.name}>
                <th scope="row">{col.name}</th>
                <td>{t(`owndata.data.columnKinds.${col.kind}`)}</td>
                <td>{col.missing}</td>
                <td>
                  {col.kind === 'numeric'
                    ? t('owndata.data.meanStd', { mean: fmt(col.mean), std: fmt(col.std) })
                    : (col.categories ?? []).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
