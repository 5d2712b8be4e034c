import type { LatencyRow, SpeedVariant } from './variants';

export interface SpeedVerdict {
  batch: number;
  fastest: SpeedVariant;
  fastestMs: number;
  /** The runner-up, and how many times slower it is than the fastest. */
  next: SpeedVariant | null;
  times: number;
}

/** Which variant is fastest at each batch size, and by how much over the next one. */
export function speedVerdicts(rows: readonly LatencyRow[]): SpeedVerdict[] {
  const batches = [...new Set(rows.map((r) => r.batch))].sort((a, b) => a - b);
  return batches.map((batch) => {
    const sorted = rows.filter((r) => r.batch === batch).sort((a, b) => a.p50Ms - b.p50Ms);
    const [first, second] = sorted;
    return {
      batch,
      fastest: first.variant,
      fastestMs: first.p50Ms,
      next: second?.variant ?? null,
      times: second ? second.p50Ms / first.p50Ms : 1,
    };
  });
}

export interface StudyPoint {
  sparsity: number;
  variant: SpeedVariant;
  batch: number;
  p50Ms: number;
}

/**
 * The sparsity from which the sparse kernel beats `against` at this batch and keeps beating it
 * at every higher sparsity measured; null when it never does. A win that is lost
 * again at a higher sparsity, as a noisy machine can produce: the last unbroken run of wins counts).
 */
export function crossoverSparsity(
  points: readonly StudyPoint[],
  batch: number,
  against: SpeedVariant = 'own-dense',
): number | null {
  const at = (s: number, v: SpeedVariant) =>
    points.find((p) => p.sparsity === s && p.variant === v && p.batch === batch)?.p50Ms;
  const sparsities = [...new Set(points.map((p) => p.sparsity))].sort((a, b) => a - b);
  let crossover: number | null = null;
  for (const s of sparsities) {
    const sparse = at(s, 'own-sparse');
    const other = at(s, against);
    if (sparse === undefined || other === undefined) continue;
    if (sparse < other) crossover ??= s;
    else crossover = null;
  }
  return crossover;
}
