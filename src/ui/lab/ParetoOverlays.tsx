import { useTranslation } from 'react-i18next';
import { settingsKey } from '../../state/compressSettings';
import { useLab } from '../../state/labStore';
import type { ChartAxis } from '../../state/speedSlice';
import { formatBytes, formatDecimal, formatInteger, formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { xValue } from './chartAxis';
import type { Datum, ParetoScales } from './paretoDatum';

/** What a hovered (or focused) point was made with: its settings, accuracy and size. */
export function PointTooltip({ d, left, top }: { d: Datum; left: number; top: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title =
    d.kind === 'teacher'
      ? t('lab.denseTeacher')
      : d.kind === 'student'
        ? t('lab.denseStudent')
        : t(`lab.techniques.${d.technique}`);
  return (
    <div className="chart-tooltip pareto-tooltip" style={{ left, top }}>
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

/**
 * The newest answer (a drag's preview, a commit, a full run) as a ring on the chart's scales.
 * It reads the live point itself, so a drag redraws one circle, not the chart.
 */
export function LiveMarker({ axis, scales }: { axis: ChartAxis; scales: ParetoScales }) {
  const live = useLab((s) => s.livePoint);
  const value = live ? xValue(live, axis) : null;
  if (!live || value === null) return null;
  const cx = scales.x(value);
  const cy = scales.y(live.accuracy);
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
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
