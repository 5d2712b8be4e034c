import { useDeferredValue } from 'react';
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
import { useLabThrottled } from './useLabThrottled';
import { formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { AXIS_TICK, CHART_HEIGHT, SERIES } from './chartTheme';
import { SplitNote } from '../SplitNote';

/**
 * The distilled and the scratch student learning, epoch by epoch, on one chart: the benefit of
 * distillation shows as the gap between the two lines while they train (accuracy on the
 * validation split).
 */
export function StudentCurves() {
  const { t } = useTranslation();
  const locale = useLocale();
  const curves = useDeferredValue(useLabThrottled((s) => s.studentCurves));
  const epochs = Math.max(curves.student.length, curves.scratchStudent.length);
  if (epochs === 0) return null;
  const rows = Array.from({ length: epochs }, (_, i) => ({
    epoch: i + 1,
    student: curves.student[i]?.previewAccuracy,
    scratch: curves.scratchStudent[i]?.previewAccuracy,
  }));
  const last = rows[rows.length - 1];
  return (
    <figure className="chart" data-testid="student-curves" data-value={epochs}>
      <figcaption className="chart-title">{t('distill.curvesHeading')}</figcaption>
      <p className="visually-hidden">
        {t('distill.curvesSummary', {
          epoch: last.epoch,
          student: last.student === undefined ? '—' : formatPercent(last.student, locale),
          scratch: last.scratch === undefined ? '—' : formatPercent(last.scratch, locale),
        })}
      </p>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-line" style={{ borderColor: SERIES.previewAccuracy }} />
          {t('distill.distilled')}
        </li>
        <li>
          <span className="legend-line legend-line-dashed" style={{ borderColor: SERIES.loss }} />
          {t('distill.scratch')}
        </li>
      </ul>
      <SplitNote split="validation" testId="student-curves-split" text={t('splits.curves')} />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis dataKey="epoch" tick={AXIS_TICK} allowDecimals={false} />
          <YAxis
            domain={['auto', 'auto']}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => formatPercent(v, locale, 0)}
            width={56}
          />
          <Tooltip formatter={(v) => formatPercent(Number(v), locale)} />
          <Line
            dataKey="student"
            name={t('distill.distilled')}
            stroke={SERIES.previewAccuracy}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="scratch"
            name={t('distill.scratch')}
            stroke={SERIES.loss}
            strokeDasharray="6 4"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
