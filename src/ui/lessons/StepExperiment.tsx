import { useTranslation } from 'react-i18next';
import { checkClaim, claimQuantities, type Claim, type Quantity } from '../../lessons/claims';
import type { Lesson } from '../../lessons/lessons';
import { runOpenStep } from '../../state/appLessonRun';
import { useLab } from '../../state/labStore';
import { formatBytes, formatDecimal, formatPercent } from '../format';
import { useLocale } from '../useLocale';
import './stepExperiment.css';

/** The figure as the claim reads it: pp with a sign, % or ×. */
function figureText(claim: Claim, value: number, locale: string): string {
  if (claim.figure === 'sizeRatio') return `${formatDecimal(value, locale, 3)}×`;
  if (!claim.b) return `${formatDecimal(value, locale, 3)} %`;
  return `${value > 0 ? '+' : ''}${formatDecimal(value, locale, 3)} pp`;
}

/** Models shown beside the ones the claim reads: the dense model, and for the omitted class
 * the distilled student before its bias shift (what the shift adds). */
function shownBeside(claim: Claim): Quantity[] {
  const read = claimQuantities(claim);
  const extra: Quantity[] = read.includes('omittedShifted') ? ['omitted'] : [];
  return read.includes('dense') ? extra : [...extra, 'dense'];
}

/**
 * One lesson step as an experiment: what it claims ("What you should see"), a button that runs
 * it with its progress, this step's own numbers, and the claim checked against them. Reads only
 * the store, so it can sit anywhere on the page.
 */
export function StepExperiment({ lesson, step }: { lesson: Lesson; step: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const claim = lesson.steps[step - 1].expect;
  const run = useLab((s) =>
    s.lessonRun && s.lessonRun.lesson === lesson.id && s.lessonRun.step === step
      ? s.lessonRun
      : null,
  );
  const busy = useLab((s) => s.status === 'running' || s.compressRun !== null);
  const fraction = useLab((s) =>
    s.compressRun ? s.compressRun.fraction : s.status === 'running' ? s.fraction : null,
  );
  const measured = run?.measured ?? {};
  const check = checkClaim(claim, measured);
  const running = run !== null && run.phase !== 'done' && run.phase !== 'failed';

  const op = t(claim.op === '>=' ? 'lessonRun.opAtLeast' : 'lessonRun.opAtMost');
  const name = (q: Quantity) =>
    t(`lessonRun.quantity.${q}`, { settings: (claim.reference ?? '').replaceAll('&', ', ') });
  const claimText =
    claim.figure === 'sizeRatio'
      ? t('lessonRun.claim.sizeRatio', {
          a: name(claim.a),
          b: name(claim.b!),
          op,
          value: claim.value,
        })
      : claim.b
        ? t('lessonRun.claim.accuracyGap', {
            a: name(claim.a),
            b: name(claim.b),
            op,
            value: formatDecimal(claim.value, locale, 3),
          })
        : t('lessonRun.claim.accuracy', { a: name(claim.a), op, value: claim.value });
  const valueText = check.value === null ? '' : figureText(claim, check.value, locale);

  return (
    <section className="step-experiment" aria-live="polite">
      <h4>{t('lessonRun.expectHeading')}</h4>
      <p
        className="step-expectation"
        data-testid="lesson-expectation"
        data-state={check.state}
        data-value={check.value ?? ''}
      >
        <span className="step-expectation-mark" aria-hidden="true">
          {check.state === 'met' ? '✓' : check.state === 'differs' ? '≠' : '…'}
        </span>
        <span>{claimText}</span>
      </p>
      <p className={`step-verdict step-verdict-${check.state}`}>
        {check.state === 'pending'
          ? t('lessonRun.pending')
          : t(`lessonRun.${check.state}`, { value: valueText })}
      </p>
      {check.state === 'differs' ? <p className="muted">{t('lessonRun.differsWhy')}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="lesson-run-step"
          disabled={busy}
          onClick={() => void runOpenStep()}
        >
          {run?.phase === 'done' ? t('lessonRun.rerun') : t('lessonRun.run')}
        </button>
      </div>
      {run ? (
        <p className="muted" data-testid="lesson-run-phase" data-value={run.phase}>
          {t(`lessonRun.phase.${run.phase}`, { error: run.error ?? '' })}
          {running && fraction !== null ? ` ${formatPercent(fraction, locale, 0)}` : ''}
        </p>
      ) : null}
      {running && fraction !== null ? (
        <progress
          className="step-progress"
          max={1}
          value={fraction}
          aria-label={t(`lessonRun.phase.${run!.phase}`, { error: '' })}
        />
      ) : null}
      {Object.keys(measured).length > 0 ? (
        <dl className="step-measured" aria-label={t('lessonRun.measured')}>
          {claimQuantities(claim)
            .concat(shownBeside(claim))
            .map((q) => {
              const m = measured[q];
              return m ? (
                <div key={q} data-testid={`lesson-measured-${q}`} data-value={m.accuracy}>
                  <dt>{name(q)}</dt>
                  <dd>
                    {formatPercent(m.accuracy, locale)} · {formatBytes(m.sizeBytes, locale)}
                  </dd>
                </div>
              ) : null;
            })}
        </dl>
      ) : null}
    </section>
  );
}
