import { parseArch } from '../../core/config/arch';
import type { ExperimentConfig } from '../../core/config';
import { targetArch } from '../../core/compress/vitRules';

/** The heads of the compression target: all of them, and the fewest pruning keeps (one per
 * block). Null when the target is not a vision transformer (or its arch does not parse). */
export function targetHeads(config: ExperimentConfig): { total: number; min: number } | null {
  let vit;
  try {
    vit = parseArch(targetArch(config)).vit;
  } catch {
    return null;
  }
  return vit ? { total: vit.heads * vit.layers, min: vit.layers } : null;
}

/** Heads the config keeps: all unless it prunes whole heads, then what pruning leaves (the
 * same rounding as pruneCount, at least one per block). */
export function headsKept(config: ExperimentConfig, total: number, min: number): number {
  const { granularity, sparsity } = config.prune;
  if (granularity !== 'head') return total;
  return Math.max(min, total - Math.min(total, Math.round(sparsity * total)));
}

/** prune.sparsity for `kept` of `total` heads, on the key's 0.01 grid. Exact after pruneCount's
 * rounding while total < 50 (the grid's error, ≤ 0.005·total, stays under half a head). */
export function sparsityForKept(kept: number, total: number): number {
  return Math.round((1 - kept / total) * 100) / 100;
}
