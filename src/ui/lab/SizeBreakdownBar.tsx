import { useTranslation } from 'react-i18next';
import type { CompressedPoint } from '../../core/experiment/compress/types';
import { CLASS_COLOURS } from '../panels/palette';
import { formatBytes, formatDecimal, formatPercent } from '../format';
import { useLocale } from '../useLocale';

type Part = 'values' | 'positions' | 'scales' | 'codebook' | 'overhead';
const PART_COLOURS: Record<Part, string> = {
  values: CLASS_COLOURS[4],
  positions: CLASS_COLOURS[5],
  scales: CLASS_COLOURS[0],
  codebook: CLASS_COLOURS[2],
  overhead: '#8a94a3',
};

/** Where the bytes of the encoding go, against the same model as dense float32. */
export function SizeBreakdownBar({ point }: { point: CompressedPoint }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const b = point.breakdown;
  const parts: [Part, number][] = [
    ['values', b.values],
    ['positions', b.positions],
    ['scales', b.scales],
    ['codebook', b.codebook],
    ['overhead', b.headers + b.biases],
  ];
  const total = Math.max(1, b.total);
  // The dense size is the bar's full width, so the compressed bar's length is the ratio itself.
  const scale = Math.max(b.total, b.denseFp32, 1);
  return (
    <figure className="inspector" data-testid="size-breakdown" data-value={b.total}>
      <figcaption className="chart-title">{t('lab.inspect.size')}</figcaption>
      <div className="size-bars">
        <div className="size-bar-label">{t('lab.inspect.compressed')}</div>
        <div className="size-bar" role="img" aria-label={t('lab.inspect.sizeAria')}>
          {parts.map(([part, bytes]) =>
            bytes > 0 ? (
              <div
                key={part}
                className="size-bar-part"
                style={{ width: `${(bytes / scale) * 100}%`, background: PART_COLOURS[part] }}
                title={`${t(`lab.inspect.parts.${part}`)}: ${formatBytes(bytes, locale)}`}
              />
            ) : null,
          )}
        </div>
        <div className="size-bar-label">{t('lab.inspect.denseFp32')}</div>
        <div className="size-bar">
          <div
            className="size-bar-part size-bar-dense"
            style={{ width: `${(b.denseFp32 / scale) * 100}%` }}
          />
        </div>
      </div>
      <ul className="chart-legend">
        {parts.map(([part, bytes]) => (
          <li key={part}>
            <span className="swatch" style={{ background: PART_COLOURS[part] }} />
            {t(`lab.inspect.parts.${part}`)}: {formatBytes(bytes, locale)} (
            {formatPercent(bytes / total, locale, 0)})
          </li>
        ))}
      </ul>
      <p className="lab-note">
        {t('lab.inspect.sizeSummary', {
          total: formatBytes(b.total, locale),
          dense: formatBytes(b.denseFp32, locale),
          ratio: formatDecimal(b.ratio, locale, 3),
        })}{' '}
        {t(`lab.inspect.positionEncoding.${b.positionEncoding}`)}
        {b.huffmanSaving > 0
          ? ` ${t('lab.inspect.huffmanSaving', { bytes: formatBytes(b.huffmanSaving, locale) })}`
          : ''}
      </p>
    </figure>
  );
}
