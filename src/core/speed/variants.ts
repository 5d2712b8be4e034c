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
