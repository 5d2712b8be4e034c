import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SPEED_VARIANTS, type LatencyStudy } from '../../core/speed/variants';
import { AXIS_TICK } from '../charts/chartTheme';
import { formatDecimal, formatPercent } from '../format';
import { CLASS_COLOURS } from '../panels/palette';
import { useLocale } from '../useLocale';
import { logDomain, logTicks } from './paretoAxes';

const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

/** Median latency against sparsity, one line per way to run it, one chart per batch size, with
 * the sparsity where our sparse kernel starts to beat our dense one marked. */
export function LatencyStudyChart({ study }: { study: LatencyStudy }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = study.crossovers[0];
  return (
    <div
      className="latency-study"
      data-testid="latency-study"
      data-value={first?.ownDense ?? 'none'}
      data-backend={study.backend}
    >
      {study.crossovers.map((c) => {
        const rows = [...new Set(study.points.map((p) => p.sparsity))]
          .sort((a, b) => a - b)
          .map((sparsity) => ({
            sparsity,
            ...Object.fromEntries(
              study.points
                .filter((p) => p.sparsity === sparsity && p.batch === c.batch)
                .map((p) => [p.variant, p.p50Ms]),
            ),
          }));
        const domain = logDomain(
          study.points.filter((p) => p.batch === c.batch).map((p) => p.p50Ms),
        );
        return (
          <figure className="chart" key={c.batch} data-batch={c.batch}>
            <figcaption className="chart-title">
              {t('speed.studyCaption', { batch: c.batch })}
            </figcaption>
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={rows} margin={{ top: 10, right: 16, bottom: 20, left: 4 }}>
                <CartesianGrid stroke="var(--grid)" />
                <XAxis
                  dataKey="sparsity"
                  type="category"
                  tick={AXIS_TICK}
                  tickFormatter={(v: number) => formatPercent(v, locale, 0)}
                  label={{
                    value: t('speed.sparsityAxis'),
                    position: 'insideBottom',
                    offset: -10,
                    fill: 'var(--text-muted)',
                  }}
                />
                <YAxis
                  scale="log"
                  domain={domain}
                  ticks={logTicks(domain)}
                  allowDataOverflow
                  tick={AXIS_TICK}
                  width={56}
                  tickFormatter={(v: number) => `${formatDecimal(v, locale, 2)} ms`}
                />
                <Tooltip
                  formatter={(v) =>
                    typeof v === 'number' ? `${formatDecimal(v, locale)} ms` : String(v)
                  }
                  labelFormatter={(v) => formatPercent(Number(v), locale, 0)}
                />
                <Legend verticalAlign="top" height={28} />
                {c.ownDense !== null ? (
                  <ReferenceLine
                    x={c.ownDense}
                    stroke="var(--focus)"
                    strokeWidth={2}
                    strokeDasharray="4 2"
                    data-testid="latency-crossover"
                  />
                ) : null}
                {SPEED_VARIANTS.map((v, i) => (
                  <Line
                    key={v}
                    dataKey={v}
                    name={t(`speed.variants.${v}`)}
                    stroke={CLASS_COLOURS[(i + 1) % CLASS_COLOURS.length]}
                    strokeDasharray={DASHES[i % DASHES.length]}
                    strokeWidth={2}
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                    connectNulls
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
            <p
              className="distill-verdict"
              data-testid="latency-crossover-text"
              data-batch={c.batch}
            >
              {c.ownDense !== null
                ? t('speed.crossover', {
                    batch: c.batch,
                    sparsity: formatPercent(c.ownDense, locale, 0),
                  })
                : t('speed.crossoverNever', { batch: c.batch })}{' '}
              {c.tfjsDense !== null
                ? t('speed.beatsTfjs', { sparsity: formatPercent(c.tfjsDense, locale, 0) })
                : t('speed.beatsTfjsNever')}
            </p>
          </figure>
        );
      })}
      <p className="muted">{t(`speed.kernels.${study.ownKernels}`)}</p>
    </div>
  );
}
