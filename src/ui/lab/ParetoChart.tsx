import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paretoFrontier } from '../../core/analysis/pareto';
import { compressController } from '../../state/compressActions';
import { useLab } from '../../state/labStore';
import type { LabState } from '../../state/store';
import { AXIS_TICK } from '../charts/chartTheme';
import { useElementSize } from '../charts/useElementSize';
import { scale } from '../charts/liveScale';
import { formatPercent } from '../format';
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
import { dodgeOverlaps } from './paretoDodge';
import { formatX, type Datum, type ParetoScales } from './paretoDatum';
import { CommittedPoint } from './ParetoPoint';
import { LiveMarker, PointTooltip } from './ParetoOverlays';
import { markerPath, TECHNIQUE_STYLE, TECHNIQUES } from './techniqueStyle';
import './paretoLayout.css';

/** Room around the plot for the axes' ticks and titles, px. */
const MARGIN = { top: 10, right: 20, bottom: 50, left: 64 };

/**
 * Accuracy against size (log scale) for every committed point, the frontier through the points
 * nothing beats, the dense models for reference and the live point of a drag. A click on a
 * committed point restores its settings. The live point is drawn by its own component, so a drag
 * redraws one circle, not the whole chart (the axes follow only the point's coarse cell).
 *
 * Plain SVG, not recharts: recharts runs its own store and re-measures its axes' text on every
 * change, which at the end of a training run (teacher and first live point arriving) was the
 * longest main-thread task of the run. What the plot shows is also deferred, so that moment
 * commits the rest of the page first and the plot follows in an interruptible background render.
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
  const { ref: plotRef, width, height } = useElementSize<HTMLDivElement>();
  const [hovered, setHovered] = useState<Datum | null>(null);

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

  const scales = plotScales(width, height, xDomain, yDomain);
  // The tooltip follows the hovered point's current data, and goes when the point does.
  const shownTooltip =
    hovered?.kind === 'committed'
      ? (drawn.find((d) => d.id === hovered.id) ?? null)
      : (references.find((d) => d.kind === hovered?.kind) ?? null);

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
        <div ref={plotRef} className="pareto-plot">
          {width > 0 && height > 0 ? (
            <svg width={width} height={height}>
              <Axes
                scales={scales}
                xTicks={logTicks(xDomain)}
                yTicks={accuracyTicks(yDomain)}
                formatX={(v) => formatX(v, axis, locale)}
                formatY={(v) => formatPercent(v, locale, yDigits)}
                xTitle={t(`speed.axisTitle.${axis}`)}
              />
              <polyline
                points={frontier.map((d) => `${scales.x(d.x)},${scales.y(d.accuracy)}`).join(' ')}
                fill="none"
                stroke="var(--text-muted)"
                strokeWidth={1.5}
              />
              {drawn.map((d) => (
                <CommittedPoint
                  key={d.id}
                  d={d}
                  axis={axis}
                  scales={scales}
                  onRestore={() => restore(d.id)}
                  onHover={(on) => setHovered(on ? d : null)}
                />
              ))}
              {references.map((d) => (
                <path
                  key={d.kind}
                  d={markerPath(
                    d.kind === 'teacher' ? 'star' : 'diamond',
                    scales.x(d.x),
                    scales.y(d.accuracy),
                    7,
                  )}
                  fill="none"
                  stroke="var(--text)"
                  strokeWidth={2}
                  data-reference={d.kind}
                  onMouseEnter={() => setHovered(d)}
                  onMouseLeave={() => setHovered(null)}
                />
              ))}
              <LiveMarker axis={axis} scales={scales} />
            </svg>
          ) : null}
          {shownTooltip ? (
            <PointTooltip
              d={shownTooltip}
              left={scales.x(shownTooltip.x) + 12}
              top={scales.y(shownTooltip.accuracy) + 12}
            />
          ) : null}
        </div>
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

/** Log-scaled x (sizes span orders of magnitude), linear y, inside MARGIN. */
function plotScales(
  width: number,
  height: number,
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
): ParetoScales {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, width - MARGIN.left - MARGIN.right),
    height: Math.max(1, height - MARGIN.top - MARGIN.bottom),
  };
  // logDomain and accuracyDomain never return an empty range, so neither map is degenerate.
  const logX = scale([Math.log(x0), Math.log(x1)], plot.left, plot.left + plot.width);
  return {
    plot,
    x: (v) => logX(Math.log(v)),
    y: scale([y0, y1], plot.top + plot.height, plot.top),
  };
}

/** Grid, ticks and the axes' titles. */
function Axes({
  scales: { x, y, plot },
  xTicks,
  yTicks,
  formatX: fx,
  formatY: fy,
  xTitle,
}: {
  scales: ParetoScales;
  xTicks: readonly number[];
  yTicks: readonly number[];
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  xTitle: string;
}) {
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  return (
    <g aria-hidden="true">
      <g stroke="var(--grid)">
        {yTicks.map((v) => (
          <line key={`y${v}`} x1={plot.left} x2={right} y1={y(v)} y2={y(v)} />
        ))}
        {xTicks.map((v) => (
          <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={plot.top} y2={bottom} />
        ))}
      </g>
      <g stroke="var(--text-muted)">
        <line x1={plot.left} x2={right} y1={bottom} y2={bottom} />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} />
      </g>
      <g fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
        {yTicks.map((v) => (
          <text key={`y${v}`} x={plot.left - 6} y={y(v)} dy="0.35em" textAnchor="end">
            {fy(v)}
          </text>
        ))}
        {xTicks.map((v) => (
          <text key={`x${v}`} x={x(v)} y={bottom + 18} textAnchor="middle">
            {fx(v)}
          </text>
        ))}
        <text x={plot.left + plot.width / 2} y={bottom + 40} textAnchor="middle">
          {xTitle}
        </text>
      </g>
    </g>
  );
}
