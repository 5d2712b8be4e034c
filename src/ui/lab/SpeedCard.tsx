import { useTranslation } from 'react-i18next';
import { speedVerdicts } from '../../core/speed/verdict';
import { SPEED_VARIANTS, type LatencyReport } from '../../core/speed/variants';
import { compressController, speedSettingsKey, targetReady } from '../../state/compressActions';
import { useLab } from '../../state/labStore';
import { formatDecimal, formatInteger } from '../format';
import { useLocale } from '../useLocale';
import { CompressRunProgress } from './CompressRunProgress';
import { LatencyStudyChart } from './LatencyStudyChart';
import './speed.css';

/**
 * How the current model would really run: MACs, and every way to run it timed side by side at
 * batch 1 and 256, with the fastest named; then the latency study over sparsities.
 */
export function SpeedCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const ready = useLab(targetReady);
  const busy = useLab((s) => s.compressRun !== null);
  const live = useLab((s) => s.livePoint);
  const timing = useLab((s) => s.speedReport);
  const stale = useLab((s) =>
    s.speedReport ? s.speedReport.settings !== speedSettingsKey(s.config) : false,
  );
  const study = useLab((s) => s.latencyStudy);
  return (
    <section className="panel speed-card" aria-labelledby="speed-heading">
      <h2 id="speed-heading">{t('speed.heading')}</h2>
      <p className="muted">{t('speed.intro')}</p>
      {live?.macs !== undefined ? (
        <p data-testid="compressed-macs" data-value={live.macs}>
          {t('speed.macs', {
            macs: formatInteger(live.macs, locale),
            dense: formatInteger(
              live.layers.reduce((s, l) => s + l.weights, 0),
              locale,
            ),
          })}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="speed-time"
          disabled={!ready || busy}
          onClick={() => void compressController().timeCurrent()}
        >
          {t('speed.time')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="latency-study-run"
          disabled={!ready || busy}
          onClick={() => void compressController().studyLatency()}
        >
          {t('speed.study')}
        </button>
      </div>
      <CompressRunProgress task="latency" />
      <CompressRunProgress task="latencyStudy" />
      {timing ? <TimingTable report={timing.report} stale={stale} /> : null}
      {study ? <LatencyStudyChart study={study} /> : null}
    </section>
  );
}

function TimingTable({ report, stale }: { report: LatencyReport; stale: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const batches = [...new Set(report.rows.map((r) => r.batch))].sort((a, b) => a - b);
  const ms = (v: number) => formatDecimal(v, locale, 3);
  return (
    <div className={stale ? 'speed-timing is-stale' : 'speed-timing'} data-stale={stale}>
      {stale ? <p className="stale-note">{t('speed.stale')}</p> : null}
      <table
        className="results-table"
        data-testid="speed-table"
        data-kernels={report.ownKernels}
        data-max-difference={report.maxRelativeDifference}
      >
        <caption>{t('speed.tableCaption', { backend: report.backend })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('speed.variant')}</th>
            {batches.map((b) => (
              <th scope="col" key={b}>
                {t('speed.batch', { batch: b })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SPEED_VARIANTS.map((variant) => (
            <tr key={variant}>
              <th scope="row">{t(`speed.variants.${variant}`)}</th>
              {batches.map((batch) => {
                const r = report.rows.find((x) => x.variant === variant && x.batch === batch);
                return (
                  <td key={batch} data-variant={variant} data-batch={batch} data-value={r?.p50Ms}>
                    {r
                      ? t('speed.cell', {
                          p50: ms(r.p50Ms),
                          p10: ms(r.p10Ms),
                          p90: ms(r.p90Ms),
                          runs: r.runs,
                        })
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="speed-verdicts">
        {speedVerdicts(report.rows).map((v) => (
          <li key={v.batch} data-testid="speed-verdict" data-value={v.fastest}>
            {t('speed.fastest', {
              batch: v.batch,
              fastest: t(`speed.variants.${v.fastest}`),
              times: formatDecimal(v.times, locale, 2),
              next: v.next ? t(`speed.variants.${v.next}`) : '—',
            })}
          </li>
        ))}
        {report.refused.map((r) => (
          <li key={r.variant} className="muted">
            {t('speed.refused', { variant: t(`speed.variants.${r.variant}`), reason: r.reason })}
          </li>
        ))}
      </ul>
      <p className="muted">{t(`speed.kernels.${report.ownKernels}`)}</p>
    </div>
  );
}
