import { memo, useMemo, type ReactNode } from 'react';
import { AXIS_TICK, CHART_HEIGHT } from './chartTheme';
import { useElementSize } from './useElementSize';
import { integerTicks, niceAxis, polylinePoints, scale, type Axis } from './liveScale';

export interface LiveSeries {
  id: string;
  label: string;
  color: string;
  points: readonly { x: number; y: number }[];
  dashed?: boolean;
  /** A dot on each point: for a few points (one per epoch). */
  dots?: boolean;
}

interface LiveLineChartProps {
  title: string;
  /** What the chart shows, in words: the accessible name of the plot. */
  summary: string;
  series: readonly LiveSeries[];
  xMax: number;
  xLabel?: string;
  /** Fixed y range; without it the axis fits the data (from 0 when `yFromZero`). */
  yDomain?: readonly [number, number];
  yFromZero?: boolean;
  formatY: (v: number) => string;
  /** Shown between the legend and the plot (the split note). */
  note?: ReactNode;
  testId?: string;
  dataValue?: number;
}

const MARGIN = { top: 8, right: 16, bottom: 38, left: 52 };

/**
 * A line chart of the curves that stream in while a model trains, drawn as plain SVG: one
 * polyline per series over a grid and axes that are memoised apart from the lines. It replaces
 * recharts for these charts because recharts runs its own store and re-renders its grid and axes
 * on every new point, which made the longest main-thread tasks during training. Nothing is drawn
 * while the chart has no width (a hidden tab): the first layout after it shows draws it.
 */
export function LiveLineChart({
  title,
  summary,
  series,
  xMax,
  xLabel,
  yDomain,
  yFromZero = false,
  formatY,
  note,
  testId,
  dataValue,
}: LiveLineChartProps) {
  const { ref, width } = useElementSize<HTMLDivElement>();
  const [yMin, yMax] = useMemo(() => {
    if (yDomain) return yDomain;
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series)
      for (const p of s.points)
        if (Number.isFinite(p.y)) [lo, hi] = [Math.min(lo, p.y), Math.max(hi, p.y)];
    return [yFromZero ? Math.min(0, lo) : lo, hi];
  }, [series, yDomain, yFromZero]);
  const yAxis = useMemo(() => niceAxis(yMin, yMax), [yMin, yMax]);
  const xDomain = useMemo(() => [0, Math.max(1, xMax)] as const, [xMax]);

  return (
    <figure className="chart" data-testid={testId} data-value={dataValue}>
      <figcaption className="chart-title">{title}</figcaption>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.id}>
              <span
                className={s.dashed ? 'legend-line legend-line-dashed' : 'legend-line'}
                style={{ borderColor: s.color }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {note}
      <div
        ref={ref}
        className="live-chart"
        role="img"
        aria-label={summary}
        style={{ height: CHART_HEIGHT }}
      >
        {width > 0 && (
          <svg width={width} height={CHART_HEIGHT} aria-hidden="true">
            <Frame
              width={width}
              xDomain={xDomain}
              yAxis={yAxis}
              xLabel={xLabel}
              formatY={formatY}
            />
            <Lines width={width} xDomain={xDomain} yDomain={yAxis.domain} series={series} />
          </svg>
        )}
      </div>
    </figure>
  );
}

interface FrameProps {
  width: number;
  xDomain: readonly [number, number];
  yAxis: Axis;
  xLabel?: string;
  formatY: (v: number) => string;
}

/** Grid, ticks and axis labels: redrawn only when the axes change, not with every point. */
const Frame = memo(function Frame({ width, xDomain, yAxis, xLabel, formatY }: FrameProps) {
  const right = width - MARGIN.right;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const x = scale(xDomain, MARGIN.left, right);
  const y = scale(yAxis.domain, bottom, MARGIN.top);
  const xTicks = integerTicks(xDomain[0], xDomain[1]);
  return (
    <g>
      <g stroke="var(--grid)" strokeDasharray="3 3">
        {yAxis.ticks.map((v) => (
          <line key={`y${v}`} x1={MARGIN.left} x2={right} y1={y(v)} y2={y(v)} />
        ))}
        {xTicks.map((v) => (
          <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={MARGIN.top} y2={bottom} />
        ))}
      </g>
      <g fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
        {yAxis.ticks.map((v) => (
          <text
            key={`y${v}`}
            x={MARGIN.left - 6}
            y={y(v)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {formatY(v)}
          </text>
        ))}
        {xTicks.map((v) => (
          <text key={`x${v}`} x={x(v)} y={bottom + 16} textAnchor="middle">
            {v}
          </text>
        ))}
        {xLabel && (
          <text x={(MARGIN.left + right) / 2} y={CHART_HEIGHT - 4} textAnchor="middle">
            {xLabel}
          </text>
        )}
      </g>
    </g>
  );
});

interface LinesProps {
  width: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  series: readonly LiveSeries[];
}

function Lines({ width, xDomain, yDomain, series }: LinesProps) {
  const x = scale(xDomain, MARGIN.left, width - MARGIN.right);
  const y = scale(yDomain, CHART_HEIGHT - MARGIN.bottom, MARGIN.top);
  return (
    <g fill="none" strokeLinejoin="round" strokeLinecap="round">
      {series.map((s) => (
        <g key={s.id} stroke={s.color}>
          <polyline
            points={polylinePoints(s.points, x, y)}
            strokeWidth={s.dashed ? 2.5 : 2}
            strokeDasharray={s.dashed ? '6 3' : undefined}
          />
          {s.dots &&
            s.points.map((p) =>
              Number.isFinite(p.y) ? (
                <circle
                  key={p.x}
                  cx={x(p.x)}
                  cy={y(p.y)}
                  r={4}
                  fill="var(--surface)"
                  strokeWidth={2}
                />
              ) : null,
            )}
        </g>
      ))}
    </g>
  );
}
