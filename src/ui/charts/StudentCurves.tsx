import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabThrottled } from './useLabThrottled';
import { formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { SERIES } from './chartTheme';
import { SplitNote } from '../SplitNote';
import { LiveLineChart } from './LiveLineChart';

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
  const series = useMemo(
    () => [
      {
        id: 'student',
        label: t('distill.distilled'),
        color: SERIES.previewAccuracy,
        dots: true,
        points: curves.student.map((p) => ({ x: p.epoch, y: p.previewAccuracy })),
      },
      {
        id: 'scratch',
        label: t('distill.scratch'),
        color: SERIES.loss,
        dashed: true,
        dots: true,
        points: curves.scratchStudent.map((p) => ({ x: p.epoch, y: p.previewAccuracy })),
      },
    ],
    [curves, t],
  );
  const formatY = useMemo(() => (v: number) => formatPercent(v, locale, 0), [locale]);
  if (epochs === 0) return null;
  const student = curves.student[epochs - 1]?.previewAccuracy;
  const scratch = curves.scratchStudent[epochs - 1]?.previewAccuracy;
  return (
    <LiveLineChart
      testId="student-curves"
      dataValue={epochs}
      title={t('distill.curvesHeading')}
      summary={t('distill.curvesSummary', {
        epoch: epochs,
        student: student === undefined ? '—' : formatPercent(student, locale),
        scratch: scratch === undefined ? '—' : formatPercent(scratch, locale),
      })}
      series={series}
      xMax={epochs}
      xLabel={t('charts.epochAxis')}
      formatY={formatY}
      note={
        <SplitNote split="validation" testId="student-curves-split" text={t('splits.curves')} />
      }
    />
  );
}
