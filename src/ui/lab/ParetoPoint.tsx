import { useTranslation } from 'react-i18next';
import { settingsKey } from '../../state/compressSettings';
import type { ChartAxis } from '../../state/speedSlice';
import { formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { formatX, type Datum, type ParetoScales } from './paretoDatum';
import { dodgeOffsetPx } from './paretoDodge';
import { markerPath, TECHNIQUE_STYLE } from './techniqueStyle';

/**
 * A committed point: its technique's marker, clickable to restore its settings. Points of the
 * same size are spread a few pixels sideways (a thin line joins each to its true place) and
 * labelled with the settings that tell them apart, stacked beside the column.
 */
export function CommittedPoint({
  d,
  axis,
  scales,
  onRestore,
  onHover,
}: {
  d: Datum;
  axis: ChartAxis;
  scales: ParetoScales;
  onRestore: () => void;
  /** The pointer or the focus entered (true) or left (false) the point. */
  onHover: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plot, y } = scales;
  const cx = scales.x(d.x);
  const cy = y(d.accuracy);
  const style = TECHNIQUE_STYLE[d.technique];
  const dodge = d.dodge && d.dodge.size > 1 ? d.dodge : null;
  const tag = dodge
    ? dodge.differing
        .map(([k, v]) => t(`options.${k}.${v}`, { defaultValue: `${k}=${v}` }))
        .join(' · ') || `#${dodge.index + 1}`
    : null;
  const label = t('lab.pointLabel', {
    accuracy: formatPercent(d.accuracy, locale),
    size: formatX(d.x, axis, locale),
  });
  const px = dodge ? cx + dodgeOffsetPx(dodge) : cx;
  // Labels stack beside the group, on the side of the plot with more room.
  const right = cx < plot.left + plot.width / 2;
  const groupY = dodge ? y(dodge.groupAccuracy) : cy;
  const labelY = dodge ? groupY + (dodge.index - (dodge.size - 1) / 2) * 14 : cy;
  const labelX = dodge
    ? cx + (right ? 1 : -1) * (dodgeOffsetPx({ index: dodge.size - 1, size: dodge.size }) + 12)
    : cx;
  return (
    <g data-dodge={dodge ? `${dodge.index + 1}/${dodge.size}` : undefined}>
      {dodge && px !== cx ? (
        <line x1={cx} y1={cy} x2={px} y2={cy} stroke="var(--text-muted)" strokeWidth={1} />
      ) : null}
      <path
        d={markerPath(style.shape, px, cy, 6)}
        fill={style.colour}
        stroke="#fff"
        strokeWidth={1}
        className="pareto-point"
        data-point-id={d.id ?? undefined}
        data-x={d.x}
        data-settings={settingsKey(d.settings)}
        role="button"
        tabIndex={0}
        aria-label={tag ? `${tag}: ${label}` : label}
        onClick={onRestore}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') onRestore();
        }}
        onMouseEnter={() => onHover(true)}
        onMouseLeave={() => onHover(false)}
        onFocus={() => onHover(true)}
        onBlur={() => onHover(false)}
      />
      {tag ? (
        <>
          <line
            x1={px}
            y1={cy}
            x2={labelX - (right ? 3 : -3)}
            y2={labelY}
            stroke={style.colour}
            strokeWidth={1}
            strokeDasharray="2 2"
          />
          <text
            x={labelX}
            y={labelY}
            dy="0.35em"
            textAnchor={right ? 'start' : 'end'}
            className="pareto-point-tag"
            data-testid="pareto-point-tag"
            aria-hidden="true"
          >
            {tag}
          </text>
        </>
      ) : null}
    </g>
  );
}
