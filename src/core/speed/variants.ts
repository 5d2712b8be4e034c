import type { MacCount } from './macs';
import type { Timing } from './timing';

/**
 * The ways the lab runs one compressed model, and what a timing of one says. Kept free of
 * tfjs so the main thread (chart, saved runs) can read them.
 *
 * - `tfjs-dense`: tfjs on the original architecture with the decoded float weights (quantized
 *   values turned back to floats, low-rank factors multiplied back, pruned zeros kept): what a
 *   converter gives you;
 * - `structured`: tfjs on the physically smaller model (units with no weights removed, low-rank
 *   factors as two smaller products; see structured.ts);
 * - `own-dense`: our dense kernel on the same weights as `tfjs-dense`;
 * - `own-sparse`: our CSR kernel on the stored layers, multiplying only nonzeros.
 */
export const SPEED_VARIANTS = ['tfjs-dense', 'structured', 'own-dense', 'own-sparse'] as const;
export type SpeedVariant = (typeof SPEED_VARIANTS)[number];

export interface LatencyRow {
  variant: SpeedVariant;
  batch: number;
  /** Median milliseconds per forward pass (logits read back). */
  p50Ms: number;
  p10Ms: number;
  p90Ms: number;
  /** Timed samples after warm-up. */
  runs: number;
  /** Forward passes per timed sample. */
  repeat: number;
}

/** The latency study (speed/study.ts): each variant's p50 at each sparsity and batch. */
export interface LatencyStudy {
  backend: string;
  ownKernels: 'js' | 'wgsl';
  refused: { variant: SpeedVariant; reason: string }[];
  points: { sparsity: number; variant: SpeedVariant; batch: number; p50Ms: number; runs: number }[];
  /** Per batch: the sparsity from which own-sparse stays faster than own-dense / tfjs-dense
   * (null: never, on the sparsities measured). */
  crossovers: { batch: number; ownDense: number | null; tfjsDense: number | null }[];
}

export interface LatencyReport {
  backend: string;
  /** What our own kernels ran on: JavaScript typed arrays, or WGSL on the WebGPU device. */
  ownKernels: 'js' | 'wgsl';
  rows: LatencyRow[];
  /** Variants that could not run on this model, and why. */
  refused: { variant: SpeedVariant; reason: string }[];
  /** Largest |difference| of any variant's logits from tfjs-dense's, relative to the largest
   * |logit|: every side computes the same function (checked before timing). */
  maxRelativeDifference: number;
  macs: MacCount;
}

/** A few (model, variant) sides timed in the same rounds at one batch (compareLatency.ts). */
export interface LatencyComparison<K extends string> {
  batch: number;
  backend: string;
  timings: Record<K, Timing>;
  /** Largest relative difference of a side's logits from tfjs-dense's on the same model
   * (every side checked before timing). */
  maxRelativeDifference: number;
}
