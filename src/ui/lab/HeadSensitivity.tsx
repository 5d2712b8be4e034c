import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadSensitivity } from '../../core/experiment/headSensitivity';
import { errorMessage, runHeadSensitivity } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { formatPercent } from '../format';
import { useLocale } from '../useLocale';
import './attention.css';

/** Accuracy points lost at which a cell is fully tinted (a head the model cannot do without). */
const FULL_TINT_LOSS = 0.1;

type Scan =
  | { runId: string; state: 'running' }
  | { runId: string; state: 'done'; scan: HeadSensitivity | null }
  | { runId: string; state: 'failed'; error: string };

/**
 * The per-head sensitivity scan: for the trained vit teacher, the validation accuracy with each
 * single head removed, as a blocks × heads grid. Run on demand (it evaluates the validation
 * split once per head), computed in the worker.
 */
export function HeadSensitivityPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const arch = useLab((s) => s.config.teacher.arch);
  const teacherRunId = useLab((s) => s.teacherRunId);
  const [scan, setScan] = useState<Scan | null>(null);
  if (!arch.startsWith('vit:')) return null;
  const current = scan && scan.runId === teacherRunId ? scan : null;

  const run = () => {
    if (teacherRunId === null) return;
    const runId = teacherRunId;
    setScan({ runId, state: 'running' });
    runHeadSensitivity().then(
      (result) => setScan({ runId, state: 'done', scan: result }),
      (e: unknown) => setScan({ runId, state: 'failed', error: errorMessage(e) }),
    );
  };

  let body = null;
  if (current?.state === 'failed')
    body = (
      <p className="field-error" role="alert">
        {t('vit2.sensitivity.failed', { message: current.error })}
      </p>
    );
  else if (current?.state === 'done' && current.scan === null)
    body = <p className="muted">{t('vit2.attention.notVit')}</p>;
  else if (current?.state === 'done' && current.scan) {
    const s = current.scan;
    body = (
      <>
        <p className="muted">
          {t('vit2.sensitivity.dense', {
            accuracy: formatPercent(s.dense, locale),
            examples: s.examples,
          })}
        </p>
        <table className="head-sensitivity" data-testid="head-sensitivity" data-split="validation">
          <thead>
            <tr>
              <th scope="col" />
              {Array.from({ length: s.heads }, (_, h) => (
                <th scope="col" key={h}>
                  {t('vit2.attention.head', { head: h + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: s.layers }, (_, l) => (
              <tr key={l}>
                <th scope="row">{t('vit2.attention.layer', { layer: l + 1 })}</th>
                {Array.from({ length: s.heads }, (_, h) => {
                  const accuracy = s.accuracy[l * s.heads + h];
                  const loss = s.dense - accuracy;
                  const tint = Math.min(1, Math.max(0, loss / FULL_TINT_LOSS));
                  return (
                    <td
                      key={h}
                      data-testid="head-sensitivity-cell"
                      data-layer={l + 1}
                      data-head={h + 1}
                      data-value={accuracy.toFixed(4)}
                      style={{ background: `rgba(230, 120, 30, ${(tint * 0.6).toFixed(2)})` }}
                      title={t('vit2.sensitivity.cellLabel', {
                        layer: l + 1,
                        head: h + 1,
                        accuracy: formatPercent(accuracy, locale),
                      })}
                    >
                      {formatPercent(accuracy, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="head-sensitivity-heading">
      <h2 id="head-sensitivity-heading">{t('vit2.sensitivity.heading')}</h2>
      <p className="muted">{t('vit2.sensitivity.intro')}</p>
      {teacherRunId === null ? (
        <p className="muted">{t('vit2.attention.needTeacher')}</p>
      ) : (
        <button
          type="button"
          data-testid="head-sensitivity-run"
          onClick={run}
          disabled={current?.state === 'running'}
        >
          {current?.state === 'running' ? t('vit2.sensitivity.running') : t('vit2.sensitivity.run')}
        </button>
      )}
      {body}
    </section>
  );
}
