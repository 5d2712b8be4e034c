import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extent, histogram, levelCounts } from '../../core/analysis/histogram';
import type { LayerInspection } from '../../core/experiment/compress/types';
import { formatDecimal, formatInteger, formatPercent } from '../format';
import { useLocale } from '../useLocale';

const W = 420;
const H = 170;
const PAD = { left: 8, right: 8, top: 18, bottom: 22 };
const BINS = 60;

/**
 * One layer's weights before (outline) and after (bars). Exact zeros are drawn as their own
 * spike, clipped at the top with its count, so pruning's spike does not flatten the rest; a
 * quantized layer is drawn as one bar at each of its actual levels.
 */
export function WeightHistogram({ layers }: { layers: LayerInspection[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const layer = layers[Math.min(chosen, layers.length - 1)];

  const drawn = useMemo(() => {
    if (!layer) return null;
    const [lo0, hi0] = extent(layer.dense);
    const lo = Math.min(lo0, layer.levels?.[0] ?? lo0);
    const hi = Math.max(hi0, layer.levels?.at(-1) ?? hi0);
    const before = histogram(layer.dense, BINS, [lo, hi]);
    const after = histogram(layer.compressed, BINS, [lo, hi]);
    const levels = layer.levels
      ? { at: layer.levels, counts: levelCounts(nonZero(layer.compressed), layer.levels) }
      : null;
    return { lo, hi, before, after, levels };
  }, [layer]);

  if (!layer || !drawn) return null;
  const { lo, hi, before, after, levels } = drawn;
  const x = (v: number) => PAD.left + ((v - lo) / (hi - lo || 1)) * (W - PAD.left - PAD.right);
  const tallest = Math.max(1, ...before.counts, ...after.counts, ...(levels?.counts ?? []));
  const y = (c: number) =>
    H - PAD.bottom - (Math.min(c, tallest) / tallest) * (H - PAD.top - PAD.bottom);
  const base = H - PAD.bottom;
  const binW = (W - PAD.left - PAD.right) / BINS;
  const outline = before.counts
    .map((c, i) => `${i === 0 ? 'M' : 'L'}${x(before.edges[i])},${y(c)}H${x(before.edges[i + 1])}`)
    .join('');
  const zeroShare = after.zeros / Math.max(1, after.total);

  return (
    <figure
      className="inspector"
      data-testid="weight-histogram"
      data-value={levels ? levels.at.length : BINS}
    >
      <figcaption className="chart-title">{t('lab.inspect.histogram')}</figcaption>
      <LayerPicker id={id} layers={layers} chosen={chosen} onChoose={setChosen} />
      <svg
        className="histogram"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('lab.inspect.histogramAria', {
          layer: layer.name,
          zeros: formatPercent(zeroShare, locale),
          levels: levels ? levels.at.length : 0,
        })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} stroke="var(--border)" />
        {levels
          ? levels.at.map((v, i) =>
              levels.counts[i] > 0 ? (
                <rect
                  key={i}
                  x={x(v) - 1.5}
                  width={3}
                  y={y(levels.counts[i])}
                  height={base - y(levels.counts[i])}
                  fill="var(--series-2)"
                  data-level={v}
                />
              ) : null,
            )
          : after.counts.map((c, i) =>
              c > 0 ? (
                <rect
                  key={i}
                  x={x(after.edges[i]) + 0.5}
                  width={Math.max(1, binW - 1)}
                  y={y(c)}
                  height={base - y(c)}
                  fill="var(--series-1)"
                />
              ) : null,
            )}
        <path d={outline} fill="none" stroke="var(--text-muted)" strokeWidth={1.2} />
        {after.zeros > 0 ? (
          <g>
            <rect
              x={x(0) - 2}
              width={4}
              y={after.zeros > tallest ? PAD.top : y(after.zeros)}
              height={base - (after.zeros > tallest ? PAD.top : y(after.zeros))}
              fill="var(--danger)"
            />
            <text x={x(0)} y={PAD.top - 5} textAnchor="middle" className="histogram-label">
              {t('lab.inspect.zeros', {
                count: formatInteger(after.zeros, locale),
                share: formatPercent(zeroShare, locale, 0),
              })}
            </text>
          </g>
        ) : null}
        <text x={PAD.left} y={H - 5} className="histogram-label">
          {formatDecimal(lo, locale, 2)}
        </text>
        <text x={W - PAD.right} y={H - 5} textAnchor="end" className="histogram-label">
          {formatDecimal(hi, locale, 2)}
        </text>
      </svg>
      <p className="lab-note">
        {levels
          ? t('lab.inspect.levelsNote', { count: levels.at.length })
          : t('lab.inspect.histogramNote')}
      </p>
    </figure>
  );
}

function nonZero(values: Float32Array): Float32Array {
  return values.filter((v) => v !== 0);
}

/** A select over the target's layers, shared by the inspectors that show one layer. */
export function LayerPicker({
  id,
  layers,
  chosen,
  onChoose,
}: {
  id: string;
  layers: LayerInspection[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="inspector-picker">
      <label htmlFor={`${id}-layer`}>{t('lab.inspect.layer')}</label>
      <select
        id={`${id}-layer`}
        className="input input-compact"
        value={chosen}
        onChange={(e) => onChoose(Number(e.target.value))}
      >
        {layers.map((l, i) => (
          <option key={l.name} value={i}>
            {l.name} ({l.shape.join('×')})
          </option>
        ))}
      </select>
    </div>
  );
}
