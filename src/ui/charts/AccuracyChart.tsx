import { useTranslation } from 'react-i18next';
import { useMemo, useDeferredValue } from 'react';
import { useLab } from '../../state/labStore';
import { useLabThrottled } from './useLabThrottled';
import { formatPercent } from '../format';
import { useLocale } from '../useLocale';
import { MAX_DRAWN_POINTS, SERIES } from './chartTheme';
import { thinPoints } from './thinPoints';
import { SplitNote } from '../SplitNote';
import { LiveLineChart } from './LiveLineChart';

const UNIT: readonly [number, number] = [0, 1];

/** Training accuracy per report (line) and held-out accuracy per epoch (line with dots). */
export function AccuracyChart() {
  const { t } = useTranslation();
  const locale = useLocale();
  // Deferred: the chart re-renders in an interruptible background pass, so a redraw never
  // blocks the main thread for long while training streams in points.
  const steps = useDeferredValue(useLabThrottled((s) => s.stepCurve));
  const epochPoints = useDeferredValue(useLabThrottled((s) => s.epochCurve));
  const epochs = useLab((s) => s.epochs);

  const series = useMemo(
    () => [
      {
        id: 'train',
        label: t('charts.trainAccuracy'),
        color: SERIES.trainAccuracy,
        points: thinPoints(steps, MAX_DRAWN_POINTS).map((p) => ({ x: p.epoch, y: p.accuracy })),
      },
      {
        id: 'preview',
        label: t('charts.previewAccuracy'),
        color: SERIES.previewAccuracy,
        dashed: true,
        dots: epochPoints.length <= 30,
        points: epochPoints.map((p) => ({ x: p.epoch, y: p.previewAccuracy })),
      },
    ],
    [steps, epochPoints, t],
  );
  const summary = useMemo(() => {
    const lastStep = steps[steps.length - 1];
    const lastEpoch = epochPoints[epochPoints.length - 1];
    if (lastStep && lastEpoch)
      return t('charts.accuracySummary', {
        train: formatPercent(lastStep.accuracy, locale),
        preview: formatPercent(lastEpoch.previewAccuracy, locale),
        epoch: lastEpoch.epoch,
      });
    if (lastStep)
      return t('charts.accuracySummaryNoEpoch', {
        train: formatPercent(lastStep.accuracy, locale),
      });
    return t('charts.empty');
  }, [steps, epochPoints, locale, t]);
  const formatY = useMemo(() => (v: number) => formatPercent(v, locale, 0), [locale]);

  return (
    <LiveLineChart
      title={t('charts.accuracyHeading')}
      summary={summary}
      series={series}
      xMax={epochs}
      xLabel={t('charts.epochAxis')}
      yDomain={UNIT}
      formatY={formatY}
      note={<SplitNote split="validation" testId="curves-split" text={t('splits.curves')} />}
    />
  );
}
