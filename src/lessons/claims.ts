/**
 * What a lesson step claims, as data a machine can check: the same claim is shown to the learner
 * ("What you should see"), checked live against the step's own run in the app, and asserted on
 * several seeds by the lessons suite. Framework-free and tensor-free.
 */
import type { SpeedVariant } from '../core/speed/variants';
import type { ModelSummary } from '../core/experiment/events';

/** What a step runs before its claim can be checked. */
export type StepRun =
  /** Train the teacher (if none trained with this lesson's settings exists) and measure it. */
  | 'teacher'
  /** Train the teacher, then compress it with the step's settings on the full test set. */
  | 'compress'
  /** Train the teacher, then the distilled and the scratch student. */
  | 'students'
  /** Train the teacher and the students, then compress the teacher. */
  | 'studentsCompress'
  /** Train the teacher, compress it (and the claim's reference), then time the claim's two
   * sides against each other in the same interleaved rounds (a `speedup` claim). */
  | 'latency';

/** The models a step's run measures, each on the full test set. */
export type Quantity =
  /** The model the compression acts on, uncompressed. */
  | 'dense'
  /** That model compressed with the step's settings. */
  | 'compressed'
  /** The same model compressed with the step's settings plus the claim's `reference` ones. */
  | 'reference'
  | 'student'
  | 'scratch'
  /** The distilled student on the class its transfer set left out (`student.omitClass`):
   * `accuracy` is its recall on that class (test), biases as learned. */
  | 'omitted'
  /** The same after raising that class's output bias (shift chosen on validation). */
  | 'omittedShifted'
  /** The scratch student on the left-out class after the same kind of bias shift. */
  | 'scratchOmittedShifted';

export interface Measure {
  /** Fraction of the test set classified correctly. */
  accuracy: number;
  /** Bytes of the model's real encoding. */
  sizeBytes: number;
  /** Median ms per forward pass at the claim's batch, for each way the model was run (only
   * what a `speedup` claim reads). */
  latencyMs?: Partial<Record<SpeedVariant, number>>;
}

export type Measured = Partial<Record<Quantity, Measure>>;

export interface Claim {
  /**
   * `accuracy`: (a − b) in percentage points, or a's accuracy in % without b.
   * `sizeRatio`: size of b ÷ size of a (how many times smaller a is).
   * `speedup`: median latency of b run as `variants[1]` ÷ that of a run as `variants[0]`, at
   * `batch` (how many times faster a runs). A ratio of two sides timed in the same rounds, so
   * the load of a shared machine cancels; the claim's value leaves a margin for what is left.
   */
  readonly figure: 'accuracy' | 'sizeRatio' | 'speedup';
  readonly a: Quantity;
  readonly b?: Quantity;
  readonly op: '>=' | '<=';
  readonly value: number;
  /** Settings on top of the step's for the `reference` model (same trained model). */
  readonly reference?: string;
  /** `speedup`: how a and b are run (tfjs dense, the smaller model, our dense or CSR kernel). */
  readonly variants?: readonly [SpeedVariant, SpeedVariant];
  /** `speedup`: examples per forward pass. */
  readonly batch?: number;
}

export type ClaimState = 'pending' | 'met' | 'differs';

export interface ClaimCheck {
  state: ClaimState;
  /** The measured figure, rounded for display (pp, % or ×); null until measured. */
  value: number | null;
}

/** The quantities a claim reads. */
export function claimQuantities(claim: Claim): Quantity[] {
  return claim.b ? [claim.a, claim.b] : [claim.a];
}

/** The claim's figure from measured models, unrounded; null while one is missing. */
export function claimFigure(claim: Claim, measured: Measured): number | null {
  const a = measured[claim.a];
  const b = claim.b ? measured[claim.b] : undefined;
  if (!a || (claim.b && !b)) return null;
  if (claim.figure === 'sizeRatio') return b ? b.sizeBytes / a.sizeBytes : null;
  if (claim.figure === 'speedup') {
    const [va, vb] = claim.variants ?? [];
    const msA = va ? a.latencyMs?.[va] : undefined;
    const msB = vb ? b?.latencyMs?.[vb] : undefined;
    return msA !== undefined && msB !== undefined ? msB / msA : null;
  }
  return b ? (a.accuracy - b.accuracy) * 100 : a.accuracy * 100;
}

/** Checks a claim: pending until every quantity it reads is measured. */
export function checkClaim(claim: Claim, measured: Measured): ClaimCheck {
  const figure = claimFigure(claim, measured);
  if (figure === null) return { state: 'pending', value: null };
  // Compared as displayed (2 decimals), so the learner never sees "1.00 ≥ 1" marked as differing.
  const value = Math.round(figure * 100) / 100;
  const met = claim.op === '>=' ? value >= claim.value : value <= claim.value;
  return { state: met ? 'met' : 'differs', value };
}

/** The two timed sides of a `speedup` claim: which model and how it runs, at which batch. */
export function latencySides(claim: Claim): {
  a: 'compressed' | 'reference';
  b: 'compressed' | 'reference';
  variants: readonly [SpeedVariant, SpeedVariant];
  batch: number;
} {
  const timed = (q: Quantity | undefined) => {
    if (q !== 'compressed' && q !== 'reference')
      throw new Error(`a speedup claim times the compressed or the reference model, not ${q}`);
    return q;
  };
  if (claim.figure !== 'speedup' || !claim.variants || claim.batch === undefined)
    throw new Error('not a speedup claim with variants and a batch');
  return { a: timed(claim.a), b: timed(claim.b), variants: claim.variants, batch: claim.batch };
}

/** `measured` with the two sides' medians added (the measures are copied, never mutated). */
export function withLatency(measured: Measured, claim: Claim, msA: number, msB: number): Measured {
  const { a, b, variants } = latencySides(claim);
  const out: Measured = { ...measured };
  for (const [q, variant, ms] of [
    [a, variants[0], msA],
    [b, variants[1], msB],
  ] as const) {
    const m = out[q];
    if (m) out[q] = { ...m, latencyMs: { ...m.latencyMs, [variant]: ms } };
  }
  return out;
}

/** What a claim can read from the two students' summaries (the app's and the suite's alike). */
export function studentsMeasured(student: ModelSummary, scratch: ModelSummary): Measured {
  const measured: Measured = {
    student: { accuracy: student.accuracy, sizeBytes: student.sizeBytes },
    scratch: { accuracy: scratch.accuracy, sizeBytes: scratch.sizeBytes },
  };
  if (student.omitted) {
    measured.omitted = { accuracy: student.omitted.recall, sizeBytes: student.sizeBytes };
    measured.omittedShifted = {
      accuracy: student.omitted.shiftedRecall,
      sizeBytes: student.sizeBytes,
    };
  }
  if (scratch.omitted)
    measured.scratchOmittedShifted = {
      accuracy: scratch.omitted.shiftedRecall,
      sizeBytes: scratch.sizeBytes,
    };
  return measured;
}
