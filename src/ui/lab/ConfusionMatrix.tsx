import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { confusionMatrix } from '../../core/analysis/confusion';
import type { CompressionInspection } from '../../core/experiment/compress/types';
import { formatInteger } from '../format';
import { useLocale } from '../useLocale';

/** Which classes the compressed model mixes up; each cell is tinted by its share of the row. */
export function ConfusionMatrix({
  inspection,
  className,
}: {
  inspection: CompressionInspection;
  className: (label: number) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { labels, compressed, dense } = inspection.predictions;
  const n = inspection.numClasses;
  const matrix = useMemo(() => confusionMatrix(labels, compressed, n), [labels, compressed, n]);
  const denseMatrix = useMemo(() => confusionMatrix(labels, dense, n), [labels, dense, n]);
  return (
    <figure className="inspector" data-testid="confusion-matrix" data-value={n}>
      <figcaption className="chart-title">{t('lab.inspect.confusion')}</figcaption>
      <div className="confusion-wrap">
        <table className="confusion">
          <caption className="visually-hidden">{t('lab.inspect.confusionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="confusion-corner">
                {t('lab.inspect.trueVsPredicted')}
              </th>
              {matrix.map((_, p) => (
                <th key={p} scope="col" className="confusion-col" title={className(p)}>
                  {className(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, truth) => {
              const rowTotal = Math.max(
                1,
                row.reduce((a, b) => a + b, 0),
              );
              return (
                <tr key={truth}>
                  <th scope="row">{className(truth)}</th>
                  {row.map((count, p) => {
                    const share = count / rowTotal;
                    const diagonal = p === truth;
                    const change = count - denseMatrix[truth][p];
                    return (
                      <td
                        key={p}
                        className={diagonal ? 'confusion-diagonal' : undefined}
                        style={{
                          background: diagonal
                            ? `rgba(0, 158, 115, ${0.1 + share * 0.6})`
                            : count > 0
                              ? `rgba(213, 94, 0, ${Math.min(0.85, 0.12 + share * 4)})`
                              : undefined,
                        }}
                        title={t('lab.inspect.cellTitle', {
                          truth: className(truth),
                          predicted: className(p),
                          count: formatInteger(count, locale),
                          change: change > 0 ? `+${change}` : String(change),
                        })}
                      >
                        {count > 0 ? formatInteger(count, locale) : ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
