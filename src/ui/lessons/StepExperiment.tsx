import { useTranslation } from 'react-i18next';
import { checkClaim, claimQuantities, type Claim, type Quantity } from '../../lessons/claims';
import type { Lesson } from '../../lessons/lessons';
import type { SpeedVariant } from '../../core/speed/variants';
import type { LessonRunPhase } from '../../state/lessonRunSlice';
import { runOpenStep } from '../../state/appLessonRun';
import { useLab } from '../../state/labStore';
import { formatBytes, formatDecimal, formatPercent } from '../format';
import { useLocale } from '../useLocale';
import './stepExperiment.css';

/** The figure as the claim reads it: pp with a sign, % or ×. */
function figureText(claim: Claim, value: number, locale: string): string {
  if (claim.figure === 'sizeRatio' || claim.figure === 'speedup')
    return `${formatDecimal(value, locale, 3)}×`;
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
  const side = (q: Quantity, variant: SpeedVariant | undefined) =>
    t('lessonSpeedRun.side', { model: name(q), variant: t(`speed.variants.${variant}`) });
  const phaseText = (phase: LessonRunPhase, error: string) =>
    phase === 'timing' ? t('lessonSpeedRun.phaseTiming') : t(`lessonRun.phase.${phase}`, { error });
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
  // A speed claim names each side as a model and the way it runs (lesson 8).
  const speedText =
    claim.figure === 'speedup'
      ? t('lessonSpeedRun.claim', {
          a: side(claim.a, claim.variants?.[0]),
          b: side(claim.b!, claim.variants?.[1]),
          op,
          value: formatDecimal(claim.value, locale, 3),
          batch: claim.batch,
        })
      : null;
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
        <span>{speedText ?? claimText}</span>
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
          {phaseText(run.phase, run.error ?? '')}
          {running && fraction !== null ? ` ${formatPercent(fraction, locale, 0)}` : ''}
        </p>
      ) : null}
      {running && fraction !== null ? (
        <progress
          className="step-progress"
          max={1}
          value={fraction}
          aria-label={phaseText(run!.phase, '')}
        />
      ) : null}
      {Object.keys(measured).length > 0 ? (
        <dl className="step-measured" aria-label={t('lessonRun.measured')}>
          {[...new Set([...claimQuantities(claim), ...shownBeside(claim)])].map((q) => {
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
          {claim.figure === 'speedup'
            ? ([0, 1] as const).map((i) => {
                const q = i === 0 ? claim.a : claim.b!;
                const variant = claim.variants?.[i];
                const ms = variant ? measured[q]?.latencyMs?.[variant] : undefined;
                return ms !== undefined && variant ? (
                  <div
                    key={`${q}-${variant}`}
                    data-testid="lesson-measured-latency"
                    data-variant={variant}
                    data-value={ms}
                  >
                    <dt>{side(q, variant)}</dt>
                    <dd>
                      {t('lessonSpeedRun.measured', {
                        ms: formatDecimal(ms, locale, 3),
                        batch: claim.batch,
                      })}
                    </dd>
                  </div>
                ) : null;
              })
            : null}
        </dl>
      ) : null}
    </section>
  );
}
