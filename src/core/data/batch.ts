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

/**
 * The whole split in its own order, in batches of at most `batchSize` rows: the walk that
 * evaluation, prediction and caching a teacher's outputs all make. Fresh buffers per batch,
 * because each batch is uploaded as its own tensor.
 */
export function* batchesInOrder(
  split: DataSplit,
  featureSize: number,
  batchSize: number,
): Generator<{ start: number; size: number; x: Float32Array; y: Int32Array }> {
  const rows = new Int32Array(split.n);
  for (let i = 0; i < split.n; i++) rows[i] = i;
  for (let start = 0; start < split.n; start += batchSize) {
    const size = Math.min(batchSize, split.n - start);
    const x = new Float32Array(size * featureSize);
    const y = new Int32Array(size);
    fillBatch(split, rows, start, size, x, y);
    yield { start, size, x, y };
  }
}
