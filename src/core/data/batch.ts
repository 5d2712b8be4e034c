import type { DataSplit } from './types';

/**
 * Copies examples indices[start .. start+batchSize) into `out` (batchSize × featureSize,
 * multiplied by split.scale) and their labels into `outLabels`. The training hot path: no
 * allocation, bounds checked once up front.
 */
export function fillBatch(
  split: DataSplit,
  indices: Int32Array,
  start: number,
  batchSize: number,
  out: Float32Array,
  outLabels: Int32Array,
): void {
  const f = split.n === 0 ? 0 : split.x.length / split.n;
  if (start < 0 || start + batchSize > indices.length) {
    throw new RangeError(`fillBatch: rows ${start}..${start + batchSize} outside 0..${indices.length}`);
  }
  if (out.length < batchSize * f || outLabels.length < batchSize) {
    throw new RangeError(`fillBatch: output buffers too small for ${batchSize} × ${f}`);
  }
  const { x, y, scale, n } = split;
  for (let b = 0; b < batchSize; b++) {
    const r = indices[start + b];
    if (r < 0 || r >= n) throw new RangeError(`fillBatch: index ${r} outside 0..${n}`);
    const src = r * f;
    const dst = b * f;
    for (let j = 0; j < f; j++) out[dst + j] = x[src + j] * scale;
    outLabels[b] = y[r];
  }
}
