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
import { formatDecimal } from '../format';
import { useLocale } from '../useLocale';
import { AXIS_TICK, CHART_HEIGHT, MAX_DRAWN_POINTS, SERIES } from './chartTheme';
import { thinPoints } from './thinPoints';

/** Training loss per progress report, against (fractional) epochs. */
export function LossChart() {
  const { t } = useTranslation();
  const locale = useLocale();
  // Deferred: redraws run in an interruptible background pass (see AccuracyChart).
  const points = useDeferredValue(useLabThrottled((s) => s.stepCurve));
  const drawn = useMemo(() => thinPoints(points, MAX_DRAWN_POINTS), [points]);
  const epochs = useLab((s) => s.epochs);
  const summary =
    points.length > 0
      ? t('charts.lossSummary', {
          count: points.length,
          first: formatDecimal(points[0].loss, locale),
          last: formatDecimal(points[points.length - 1].loss, locale),
        })
      : t('charts.empty');

  return (
    <figure className="chart">
      <figcaption className="chart-title">{t('charts.lossHeading')}</figcaption>
      <p className="visually-hidden">{summary}</p>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart
            // Hidden from assistive tech (the summary and table say it): not focusable either.
            accessibilityLayer={false}
            data={drawn}
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
              tick={AXIS_TICK}
              width={48}
              tickFormatter={(v: number) => formatDecimal(v, locale, 2)}
            />
            <Tooltip
              formatter={(v) => formatDecimal(Number(v), locale)}
              labelFormatter={(v) => `${t('charts.epochAxis')} ${formatDecimal(Number(v), locale)}`}
            />
            <Line
              type="monotone"
              dataKey="loss"
              name={t('charts.loss')}
              stroke={SERIES.loss}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
