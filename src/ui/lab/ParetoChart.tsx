import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type TooltipContentProps,
} from 'recharts';
import { paretoFrontier } from '../../core/analysis/pareto';
import type { Technique } from '../../core/experiment/compress/types';
import { compressController } from '../../state/compressActions';
import { settingsKey } from '../../state/compressSettings';
import { useLab } from '../../state/labStore';
import type { LabState } from '../../state/store';
import { AXIS_TICK } from '../charts/chartTheme';
import { formatBytes, formatDecimal, formatInteger, formatPercent } from '../format';
import { selectChartAxis, type ChartAxis } from '../../state/speedSlice';
import { ChartAxisSelect } from './ChartAxisSelect';
import { fastestAtBatch1, xValue } from './chartAxis';
import { useLocale } from '../useLocale';
import {
  accuracyDomain,
  accuracyTicks,
  cellExtent,
  liveCell,
  logDomain,
  logTicks,
} from './paretoAxes';
import { dodgeOffsetPx, dodgeOverlaps, type Dodge } from './paretoDodge';
import { markerPath, TECHNIQUE_STYLE, TECHNIQUES } from './techniqueStyle';
import './paretoLayout.css';

interface Datum {
  /** The position on the chosen x-axis (bytes, MACs or batch-1 latency in ms). */
  x: number;
  sizeBytes: number;
  macs?: number;
  latency?: { variant: string; p50Ms: number; backend: string };
  accuracy: number;
  /** Committed point id; null for the reference and live points. */
  id: string | null;
  kind: 'committed' | 'teacher' | 'student';
  technique: Technique;
  settings: Record<string, string>;
  /** Where a point that overlaps others is drawn, and what labels it (committed points only). */
  dodge?: Dodge;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: Datum;
}

/**
 * Accuracy against size (log scale) for every committed point, the frontier through the points
 * nothing beats, the dense models for reference and the live point of a drag. A click on a
 * committed point restores its settings. The live point is drawn by its own component, so a drag
 * redraws one circle, not the whole chart (the axes follow only the point's coarse cell).
 *
 * What the plot shows is deferred: a store change (the end of a training run sets the teacher,
 * then the first preview sets the live point) commits the rest of the page at once, and the
 * plot, whose recharts pass is the longest main-thread work of that moment, follows in a
 * background render of its own that React can interrupt and that takes both changes together.
 */
export function ParetoChart() {
  const points = useDeferredValue(useLab((s) => s.compressPoints));
  const axisNow = useLab(selectChartAxis);
  const axis = useDeferredValue(axisNow);
  // Bytes and MACs are ≥ 1, so the live point's coarse cell works for both; a latency (ms, often
  // below 1) gets a band around the value itself (it only changes after a commit anyway).
  const cell = useDeferredValue(
    useLab((s) => {
      const x = s.livePoint ? xValue(s.livePoint, axisNow) : null;
      return s.livePoint && x !== null && axisNow !== 'latency'
        ? liveCell(x, s.livePoint.accuracy)
        : null;
    }),
  );
  const liveLatency = useDeferredValue(
    useLab((s) => (axisNow === 'latency' && s.livePoint ? xValue(s.livePoint, 'latency') : null)),
  );
  // Only the latency axis needs the exact accuracy (for its extent). Selecting it on the other
  // axes re-rendered the whole chart on every preview of a drag; the coarse cell above changes
  // far less often, and the live ring redraws on its own (LiveMarker).
  const liveAccuracy = useDeferredValue(
    useLab((s) => (axisNow === 'latency' ? (s.livePoint?.accuracy ?? null) : null)),
  );
  const teacher = useDeferredValue(useLab((s) => s.result));
  const student = useDeferredValue(useLab((s) => s.students?.student ?? null));
  return (
    <ParetoPlot
      points={points}
      axis={axis}
      cell={cell}
      liveLatency={liveLatency}
      liveAccuracy={liveAccuracy}
      teacher={teacher}
      student={student}
    />
  );
}

interface ParetoPlotProps {
  points: LabState['compressPoints'];
  axis: ChartAxis;
  cell: string | null;
  liveLatency: number | null;
  liveAccuracy: number | null;
  teacher: { sizeBytes: number; accuracy: number } | null;
  student: { sizeBytes: number; accuracy: number } | null;
}

/** The chart itself: memoised, so the urgent render of a store change (with the deferred values
 * still the old ones) skips it. */
const ParetoPlot = memo(function ParetoPlot({
  points,
  axis,
  cell,
  liveLatency,
  liveAccuracy,
  teacher,
  student,
}: ParetoPlotProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  const committed: Datum[] = useMemo(
    () =>
      points.flatMap((p) => {
        const x = xValue(p.point, axis);
        if (x === null) return [];
        const fastest = fastestAtBatch1(p.point.latency);
        return [
          {
            x,
            macs: p.point.macs,
            latency:
              fastest && p.point.latency
                ? { ...fastest, backend: p.point.latency.backend }
                : undefined,
            sizeBytes: p.point.sizeBytes,
            accuracy: p.point.accuracy,
            id: p.id,
            kind: 'committed',
            technique: p.point.technique,
            settings: p.point.settings,
          } satisfies Datum,
        ];
      }),
    [points, axis],
  );
  const untimed = points.length - committed.length;
  const frontier = useMemo(() => paretoFrontier(committed).map((i) => committed[i]), [committed]);
  // The dense references are drawn against bytes only: they are not counted or timed.
  const references: Datum[] = [];
  if (teacher && axis === 'bytes')
    references.push({
      x: teacher.sizeBytes,
      sizeBytes: teacher.sizeBytes,
      accuracy: teacher.accuracy,
      id: null,
      kind: 'teacher',
      technique: 'dense',
      settings: {},
    });
  if (student && axis === 'bytes')
    references.push({
      x: student.sizeBytes,
      sizeBytes: student.sizeBytes,
      accuracy: student.accuracy,
      id: null,
      kind: 'student',
      technique: 'dense',
      settings: {},
    });
  const restore = (id: string | null) => {
    const p = points.find((q) => q.id === id);
    if (p) compressController().restore(p);
  };

  const renderPoint = (props: unknown) => {
    const { cx, cy, payload } = props as ShapeProps;
    if (cx === undefined || cy === undefined || !payload) return <g />;
    return (
      <CommittedPoint
        cx={cx}
        cy={cy}
        d={payload}
        axis={axis}
        onRestore={() => restore(payload.id)}
      />
    );
  };

  const renderReference = (props: unknown) => {
    const { cx, cy, payload } = props as ShapeProps;
    if (cx === undefined || cy === undefined || !payload) return <g />;
    return (
      <path
        d={markerPath(payload.kind === 'teacher' ? 'star' : 'diamond', cx, cy, 7)}
        fill="none"
        stroke="var(--text)"
        strokeWidth={2}
        data-reference={payload.kind}
      />
    );
  };

  const all = [...committed, ...references];
  const empty = all.length === 0 && cell === null && liveLatency === null;
  const liveExtent = cell
    ? cellExtent(cell)
    : liveLatency !== null && liveAccuracy !== null
      ? {
          sizes: [liveLatency / 1.25, liveLatency * 1.25],
          accuracies: [liveAccuracy, liveAccuracy],
        }
      : null;
  const xDomain = logDomain([...all.map((d) => d.x), ...(liveExtent?.sizes ?? [])]);
  // Whole percents repeat on a narrow accuracy range; show a decimal there.
  const accuracies = [...all.map((d) => d.accuracy), ...(liveExtent?.accuracies ?? [])];
  const yDigits = Math.max(...accuracies) - Math.min(...accuracies) < 0.05 ? 1 : 0;
  const yDomain = accuracyDomain(accuracies);
  const dodges = dodgeOverlaps(committed, xDomain);
  const drawn = committed.map((d, i) => ({ ...d, dodge: dodges[i] }));

  return (
    <figure
      className="chart pareto"
      data-testid="pareto-chart"
      data-value={points.length}
      data-axis={axis}
    >
      <figcaption className="chart-title">{t('lab.paretoHeading')}</figcaption>
      <ChartAxisSelect />
      <ul className="chart-legend">
        {TECHNIQUES.filter((k) => k !== 'dense').map((k) => (
          <li key={k}>
            <svg width="14" height="14" aria-hidden="true">
              <path
                d={markerPath(TECHNIQUE_STYLE[k].shape, 7, 7, 5)}
                fill={TECHNIQUE_STYLE[k].colour}
              />
            </svg>
            {t(`lab.techniques.${k}`)}
          </li>
        ))}
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <path d={markerPath('star', 8, 8, 5)} fill="none" stroke="currentColor" />
          </svg>
          {t('lab.denseTeacher')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="none" stroke="var(--focus)" strokeWidth="2.5" />
          </svg>
          {t('lab.livePoint')}
        </li>
        <li>
          <span className="legend-line" style={{ borderColor: 'var(--text-muted)' }} />
          {t('lab.frontier')}
        </li>
      </ul>
      {empty ? (
        <p className="muted pareto-empty">{t('lab.paretoEmpty')}</p>
      ) : (
        <ResponsiveContainer className="pareto-plot" width="100%" height="100%">
          <ScatterChart margin={{ top: 10, right: 20, bottom: 28, left: 8 }}>
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="x"
              scale="log"
              domain={xDomain}
              ticks={logTicks(xDomain)}
              allowDataOverflow
              tick={AXIS_TICK}
              tickFormatter={(v: number) => formatX(v, axis, locale)}
              label={{
                value: t(`speed.axisTitle.${axis}`),
                position: 'insideBottom',
                offset: -16,
                fill: 'var(--text-muted)',
              }}
            />
            <YAxis
              type="number"
              dataKey="accuracy"
              domain={yDomain}
              ticks={accuracyTicks(yDomain)}
              tick={AXIS_TICK}
              width={56}
              tickFormatter={(v: number) => formatPercent(v, locale, yDigits)}
            />
            <Tooltip
              content={(p) => <PointTooltip active={p.active} payload={p.payload} />}
              isAnimationActive={false}
            />
            <Scatter
              name={t('lab.frontier')}
              data={frontier}
              line={{ stroke: 'var(--text-muted)', strokeWidth: 1.5 }}
              shape={() => <g />}
              isAnimationActive={false}
              legendType="none"
            />
            <Scatter
              name={t('lab.committed')}
              data={drawn}
              shape={renderPoint}
              isAnimationActive={false}
            />
            <Scatter data={references} shape={renderReference} isAnimationActive={false} />
            <LiveMarker axis={axis} />
          </ScatterChart>
        </ResponsiveContainer>
      )}
      {untimed > 0 ? (
        <p className="muted chart-note" data-testid="chart-untimed" data-value={untimed}>
          {t('speed.untimed', { count: untimed })}
        </p>
      ) : null}
      <p className="muted chart-note">{t('lab.paretoNote')}</p>
    </figure>
  );
});

/**
 * A committed point: its technique's marker, clickable to restore its settings. Points of the
 * same size are spread a few pixels sideways (a thin line joins each to its true place) and
 * labelled with the settings that tell them apart, stacked beside the column.
 */
function CommittedPoint({
  cx,
  cy,
  d,
  axis,
  onRestore,
}: {
  cx: number;
  cy: number;
  d: Datum;
  axis: ChartAxis;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plot = usePlotArea();
  const y = useYAxisScale();
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
  const right = plot ? cx < plot.x + plot.width / 2 : true;
  const groupY = dodge && y ? (y(dodge.groupAccuracy) ?? cy) : cy;
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

/** What a hovered point was made with: its settings, accuracy and size. */
function PointTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const d = payload?.[0]?.payload as Datum | undefined;
  if (!active || !d) return null;
  const title =
    d.kind === 'teacher'
      ? t('lab.denseTeacher')
      : d.kind === 'student'
        ? t('lab.denseStudent')
        : t(`lab.techniques.${d.technique}`);
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      <div>
        {formatPercent(d.accuracy, locale)} · {formatBytes(d.sizeBytes, locale)}
      </div>
      {d.macs !== undefined ? (
        <div>{t('speed.pointMacs', { macs: formatInteger(d.macs, locale) })}</div>
      ) : null}
      {d.latency ? (
        <div>
          {t('speed.pointLatency', {
            ms: formatDecimal(d.latency.p50Ms, locale),
            variant: t(`speed.variants.${d.latency.variant}`),
            backend: d.latency.backend,
          })}
        </div>
      ) : null}
      <dl className="tooltip-settings">
        {Object.entries(d.settings).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {d.kind === 'committed' ? <div className="muted">{t('lab.clickToRestore')}</div> : null}
    </div>
  );
}

/** The newest answer (a drag's preview, a commit, a full run) as a ring on the chart's scales. */
function LiveMarker({ axis }: { axis: ChartAxis }) {
  const live = useLab((s) => s.livePoint);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const value = live ? xValue(live, axis) : null;
  if (!live || !x || !y || value === null) return null;
  const cx = x(value);
  const cy = y(live.accuracy);
  if (cx === undefined || cy === undefined) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={10}
      fill="none"
      stroke="var(--focus)"
      strokeWidth={3}
      pointerEvents="none"
      data-testid="live-point"
      data-value={settingsKey(live.settings)}
      data-examples={live.examples}
      data-form={live.form}
      data-ms={Math.round(live.ms)}
      data-stage-ms={live.stageMs ? stageMsAttr(live.stageMs) : undefined}
      data-macs={live.macs}
      data-latency-kernels={live.latency?.ownKernels}
      data-latency-difference={live.latency?.maxRelativeDifference}
    />
  );
}

/** The worker's per-stage times as compact JSON, 0.1 ms resolution (read by the bench). */
const stageMsAttr = (stages: Record<string, number>): string =>
  JSON.stringify(
    Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v * 10) / 10])),
  );

/** A tick or label on the chosen x-axis. */
function formatX(v: number, axis: ChartAxis, locale: string): string {
  if (axis === 'bytes') return formatBytes(v, locale);
  if (axis === 'macs') return formatDecimal(v, locale, 2);
  return `${formatDecimal(v, locale, 2)} ms`;
}
