import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { useMemo, useDeferredValue } from 'react';
import { useLab } from '../../state/labStore';
import { useLabThrottled } from './useLabThrottled';
import { formatDecimal, formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { AXIS_TICK, CHART_HEIGHT, MAX_DRAWN_POINTS, SERIES } from './chartTheme';
import { thinPoints } from './thinPoints';
import { SplitNote } from '../SplitNote';

/** Training accuracy per report (line) and held-out accuracy per epoch (line with dots). */
export function AccuracyChart() {
  const { t } = useTranslation();
  const locale = useLocale();
  // Deferred: the chart re-renders in an interruptible background pass, so a redraw never
  // blocks the main thread for long while training streams in points.
  const steps = useDeferredValue(useLabThrottled((s) => s.stepCurve));
  const drawn = useMemo(() => thinPoints(steps, MAX_DRAWN_POINTS), [steps]);
  const epochPoints = useDeferredValue(useLabThrottled((s) => s.epochCurve));
  const epochs = useLab((s) => s.epochs);

  const lastStep = steps[steps.length - 1];
  const lastEpoch = epochPoints[epochPoints.length - 1];
  let summary = t('charts.empty');
  if (lastStep && lastEpoch) {
    summary = t('charts.accuracySummary', {
      train: formatPercent(lastStep.accuracy, locale),
      preview: formatPercent(lastEpoch.previewAccuracy, locale),
      epoch: lastEpoch.epoch,
    });
  } else if (lastStep) {
    summary = t('charts.accuracySummaryNoEpoch', {
      train: formatPercent(lastStep.accuracy, locale),
    });
  }

  return (
    <figure className="chart">
      <figcaption className="chart-title">{t('charts.accuracyHeading')}</figcaption>
      <p className="visually-hidden">{summary}</p>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-line" style={{ borderColor: SERIES.trainAccuracy }} />
          {t('charts.trainAccuracy')}
        </li>
        <li>
          <span
            className="legend-line legend-line-dashed"
            style={{ borderColor: SERIES.previewAccuracy }}
          />
          {t('charts.previewAccuracy')}
        </li>
      </ul>
      <SplitNote split="validation" testId="curves-split" text={t('splits.curves')} />
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart
            // Hidden from assistive tech (the summary and table say it): not focusable either.
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 20, left: 4 }}
          >
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis
              dataKey="epoch"
              type="number"
              domain={[0, Math.max(1, epochs)]}
              allowDecimals={false}
              tick={AXIS_TICK}
              label={{
                value: t('charts.epochAxis'),
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--text-muted)',
              }}
            />
            <YAxis
              domain={[0, 1]}
              tick={AXIS_TICK}
              width={48}
              tickFormatter={(v: number) => formatPercent(v, locale, 0)}
            />
            <Tooltip
              formatter={(v) => formatPercent(Number(v), locale)}
              labelFormatter={(v) => `${t('charts.epochAxis')} ${formatDecimal(Number(v), locale)}`}
            />
            <Line
              data={drawn}
              type="monotone"
              dataKey="accuracy"
              name={t('charts.trainAccuracy')}
              stroke={SERIES.trainAccuracy}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              data={epochPoints}
              type="linear"
              dataKey="previewAccuracy"
              name={t('charts.previewAccuracy')}
              stroke={SERIES.previewAccuracy}
              strokeWidth={2.5}
              strokeDasharray="6 3"
              dot={epochPoints.length <= 30 ? { r: 4 } : false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
