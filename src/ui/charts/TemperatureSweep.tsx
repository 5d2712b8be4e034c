import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { sweepTemperatures } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { SWEEP_TEMPERATURES } from '../../state/sweepSlice';
import { formatDecimal, formatPercent, formatPpDelta } from '../format';
import { useLocale } from '../useLocale';
import { AXIS_TICK, CHART_HEIGHT, SERIES } from './chartTheme';
import { SplitNote } from '../SplitNote';

/**
 * Distillation's trade-off as it is being measured: one point per temperature, drawn as each
 * student finishes, against the scratch student's line. A table says the same for screen
 * readers and for anyone who wants the numbers.
 */
export function TemperatureSweep() {
  const { t } = useTranslation();
  const locale = useLocale();
  const sweep = useLab((s) => s.sweep);
  const temperatures = useLab((s) => s.sweepTemperatures);
  const status = useLab((s) => s.status);
  const runKind = useLab((s) => s.runKind);
  const hasTeacher = useLab((s) => s.result !== null);
  const running = status === 'running' && runKind === 'sweep';
  const busy = status === 'running';
  const points = sweep?.points ?? [];
  const best = points.reduce<(typeof points)[number] | null>(
    (b, p) => (b === null || p.accuracy > b.accuracy ? p : b),
    null,
  );
  const list = SWEEP_TEMPERATURES.join(', ');
  const done = (sweep ? 1 : 0) + points.length;

  return (
    <section className="panel" aria-labelledby="sweep-heading">
      <h2 id="sweep-heading">{t('sweep.heading')}</h2>
      <p className="muted">{t('sweep.intro')}</p>
      <SplitNote split="validation" testId="sweep-split" text={t('splits.sweep')} />
      <button
        type="button"
        data-testid="temperature-sweep-run"
        disabled={busy || !hasTeacher}
        onClick={() => void sweepTemperatures([...SWEEP_TEMPERATURES])}
      >
        {t('sweep.run', { list })}
      </button>
      {!hasTeacher ? <p className="muted">{t('sweep.needTeacher')}</p> : null}
      {running ? (
        <p role="status">{t('sweep.running', { done, total: temperatures.length + 1 })}</p>
      ) : null}
      <figure className="chart" data-testid="temperature-sweep" data-value={points.length}>
        <figcaption className="visually-hidden">{t('sweep.tableCaption')}</figcaption>
        {sweep === null ? (
          <p className="muted">{t('sweep.empty')}</p>
        ) : (
          <>
            <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
              <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
                <XAxis
                  dataKey="temperature"
                  type="number"
                  scale="log"
                  domain={[1, 16]}
                  ticks={[...SWEEP_TEMPERATURES]}
                  tick={AXIS_TICK}
                  label={{ value: t('sweep.axisT'), position: 'insideBottom', offset: -4 }}
                />
                <YAxis
                  domain={['auto', 'auto']}
                  tick={AXIS_TICK}
                  tickFormatter={(v: number) => formatPercent(v, locale)}
                  width={64}
                />
                <Tooltip
                  formatter={(v) => formatPercent(Number(v), locale)}
                  labelFormatter={(l) => `T = ${formatDecimal(Number(l), locale)}`}
                />
                <ReferenceLine
                  y={sweep.scratchAccuracy}
                  stroke={SERIES.loss}
                  strokeDasharray="6 4"
                  label={{ value: t('sweep.scratch'), position: 'insideTopLeft', fontSize: 12 }}
                />
                <Line
                  dataKey="accuracy"
                  name={t('sweep.distilled')}
                  stroke={SERIES.previewAccuracy}
                  strokeWidth={2}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
            <table className="results-table">
              <caption className="visually-hidden">{t('sweep.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sweep.axisT')}</th>
                  <th scope="col">{t('sweep.axisAccuracy')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('sweep.scratch')}</th>
                  <td>
                    <output
                      data-testid="sweep-scratch"
                      data-value={sweep.scratchAccuracy.toFixed(4)}
                    >
                      {formatPercent(sweep.scratchAccuracy, locale)}
                    </output>
                  </td>
                </tr>
                {points.map((p) => (
                  <tr key={p.temperature}>
                    <th scope="row">{formatDecimal(p.temperature, locale)}</th>
                    <td>
                      <output data-temperature={p.temperature} data-value={p.accuracy.toFixed(4)}>
                        {formatPercent(p.accuracy, locale)}
                      </output>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {best ? (
              <p>
                {t('sweep.best', {
                  t: formatDecimal(best.temperature, locale),
                  accuracy: formatPercent(best.accuracy, locale),
                  delta: formatPpDelta(best.accuracy - sweep.scratchAccuracy, locale),
                })}
              </p>
            ) : null}
          </>
        )}
      </figure>
    </section>
  );
}
