import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { compressController, targetReady } from '../../state/compressActions';
import { useLab } from '../../state/labStore';
import { AXIS_TICK } from '../charts/chartTheme';
import { formatPercent } from '../format';
import { CLASS_COLOURS } from '../panels/palette';
import { useLocale } from '../useLocale';
import { CompressRunProgress } from './CompressRunProgress';
import { SplitNote } from '../SplitNote';

const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

/** Each layer pruned alone over a range of sparsities: some layers barely notice, some break. */
export function SensitivityCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const curves = useLab((s) => s.sensitivity);
  const ready = useLab(targetReady);
  const busy = useLab((s) => s.compressRun !== null);
  // One row per sparsity, one column per layer: the shape recharts' LineChart wants.
  const rows =
    curves?.[0]?.points.map((p, i) => ({
      sparsity: p.sparsity,
      ...Object.fromEntries(curves.map((c) => [c.layer, c.points[i]?.accuracy ?? null])),
    })) ?? [];
  return (
    <section className="panel" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">{t('lab.sensitivity.heading')}</h2>
      <p className="muted">{t('lab.sensitivity.intro')}</p>
      <SplitNote split="validation" testId="sensitivity-split" text={t('splits.sensitivity')} />
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="sensitivity-scan"
          disabled={!ready || busy}
          onClick={() => void compressController().scanSensitivity()}
        >
          {t('lab.sensitivity.run')}
        </button>
      </div>
      <CompressRunProgress task="sensitivity" />
      {curves && curves.length > 0 ? (
        <figure className="chart" data-testid="sensitivity-chart" data-value={curves.length}>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={rows} margin={{ top: 10, right: 16, bottom: 20, left: 4 }}>
              <CartesianGrid stroke="var(--grid)" />
              <XAxis
                dataKey="sparsity"
                type="number"
                domain={[0, 1]}
                tick={AXIS_TICK}
                tickFormatter={(v: number) => formatPercent(v, locale, 0)}
                label={{
                  value: t('lab.sensitivity.xAxis'),
                  position: 'insideBottom',
                  offset: -10,
                  fill: 'var(--text-muted)',
                }}
              />
              <YAxis
                tick={AXIS_TICK}
                width={52}
                domain={[0, 1]}
                tickFormatter={(v: number) => formatPercent(v, locale, 0)}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? formatPercent(v, locale) : String(v))}
                labelFormatter={(v) => formatPercent(Number(v), locale, 0)}
              />
              <Legend verticalAlign="top" height={28} />
              {curves.map((c, i) => (
                <Line
                  key={c.layer}
                  dataKey={c.layer}
                  name={c.layer}
                  stroke={CLASS_COLOURS[(i + 4) % CLASS_COLOURS.length]}
                  strokeDasharray={DASHES[i % DASHES.length]}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ) : null}
    </section>
  );
}
