import { useTranslation } from 'react-i18next';
import { useMemo, useDeferredValue } from 'react';
import { useLab } from '../../state/labStore';
import { useLabThrottled } from './useLabThrottled';
import { formatDecimal } from '../format';
import { useLocale } from '../useLocale';
import { MAX_DRAWN_POINTS, SERIES } from './chartTheme';
import { thinPoints } from './thinPoints';
import { LiveLineChart } from './LiveLineChart';

/** Training loss per progress report, against (fractional) epochs. */
export function LossChart() {
  const { t } = useTranslation();
  const locale = useLocale();
  // Deferred: redraws run in an interruptible background pass (see AccuracyChart).
  const points = useDeferredValue(useLabThrottled((s) => s.stepCurve));
  const epochs = useLab((s) => s.epochs);
  const series = useMemo(
    () => [
      {
        id: 'loss',
        label: t('charts.loss'),
        color: SERIES.loss,
        points: thinPoints(points, MAX_DRAWN_POINTS).map((p) => ({ x: p.epoch, y: p.loss })),
      },
    ],
    [points, t],
  );
  // Memoised: the summary's plural form (`count`) costs i18next a plural-rule lookup per call.
  const summary = useMemo(
    () =>
      points.length > 0
        ? t('charts.lossSummary', {
            count: points.length,
            first: formatDecimal(points[0].loss, locale),
            last: formatDecimal(points[points.length - 1].loss, locale),
          })
        : t('charts.empty'),
    [points, locale, t],
  );
  const formatY = useMemo(() => (v: number) => formatDecimal(v, locale, 2), [locale]);

  return (
    <LiveLineChart
      title={t('charts.lossHeading')}
      summary={summary}
      series={series}
      xMax={epochs}
      xLabel={t('charts.epochAxis')}
      yFromZero
      formatY={formatY}
    />
  );
}
