/**
 * Timing several ways of doing the same work so a reviewer can trust the comparison:
 * - every side runs in the same rounds, in an order that rotates each round, so background load
 *   (the machine is shared) hits every side alike instead of whichever ran during a spike;
 * - warm-up rounds are discarded (JIT compilation, kernel compilation, buffer pools);
 * - one sample repeats the call enough times to last ≥ `minSampleMs`, because browsers round
 *   `performance.now()` (to 5–100 µs) and a batch-1 product can take less than that;
 * - the median of the samples is reported, with the 10th/90th percentiles as the spread.
 */

export interface Timing {
  /** Median milliseconds per call. */
  p50Ms: number;
  p10Ms: number;
  p90Ms: number;
  /** Timed samples (after warm-up). */
  runs: number;
  /** Calls per sample. */
  repeat: number;
}

export interface TimingOptions {
  /** Rounds run and thrown away first. */
  warmupRounds: number;
  /** Samples per side at least… */
  minRuns: number;
  /** …and at most. */
  maxRuns: number;
  /** Stop adding rounds once this much time has passed (after minRuns). */
  budgetMs: number;
  /** Shortest sample, in ms. */
  minSampleMs: number;
  /** Checked between rounds; throwing stops the measurement (cancellation). */
  check?: () => void;
}

export const DEFAULT_TIMING: TimingOptions = {
  warmupRounds: 3,
  minRuns: 7,
  maxRuns: 41,
  budgetMs: 1500,
  minSampleMs: 2,
};

type Work = () => unknown;

/** The q-quantile (0..1) of sorted values, interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Runs `work` `repeat` times and returns the elapsed ms per call (awaiting async work). */
async function sample(work: Work, repeat: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) {
    const r = work();
    if (r instanceof Promise) await r;
  }
  return (performance.now() - t0) / repeat;
}

/** Times every side in interleaved rounds; keys of the answer are the keys of `sides`. */
export async function timeInterleaved<K extends string>(
  sides: Record<K, Work>,
  options: Partial<TimingOptions> = {},
): Promise<Record<K, Timing>> {
  const o = { ...DEFAULT_TIMING, ...options };
  const keys = Object.keys(sides) as K[];
  const repeat = {} as Record<K, number>;
  const samples = {} as Record<K, number[]>;
  for (const k of keys) {
    samples[k] = [];
    repeat[k] = 1;
  }
  // Warm-up, which also sizes each side's sample to last ≥ minSampleMs.
  for (let round = 0; round < o.warmupRounds; round++) {
    for (const k of keys) {
      const ms = await sample(sides[k], repeat[k]);
      repeat[k] = Math.max(
        repeat[k],
        Math.min(10_000, Math.ceil(o.minSampleMs / Math.max(ms, 1e-4))),
      );
    }
    o.check?.();
  }
  const start = performance.now();
  for (let round = 0; round < o.maxRuns; round++) {
    if (round >= o.minRuns && performance.now() - start > o.budgetMs) break;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(i + round) % keys.length];
      samples[k].push(await sample(sides[k], repeat[k]));
    }
    o.check?.();
  }
  const out = {} as Record<K, Timing>;
  for (const k of keys) {
    const s = [...samples[k]].sort((a, b) => a - b);
    out[k] = {
      p50Ms: quantile(s, 0.5),
      p10Ms: quantile(s, 0.1),
      p90Ms: quantile(s, 0.9),
      runs: s.length,
      repeat: repeat[k],
    };
  }
  return out;
}
