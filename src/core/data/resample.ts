/**
 * Area-averaging resampling of one-channel images (values in any range, row-major). Each output
 * pixel is the coverage-weighted mean of the source pixels under it, which is the anti-aliasing
 * MNIST's 20×20 normalisation used and keeps thin strokes as grey instead of dropping them.
 */

/** A rectangle of the source in pixel units; x/y/width/height may be fractional. */
export interface SourceRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of source cell [i, i+1) lies inside [start, end). */
function overlap(i: number, start: number, end: number): number {
  return Math.max(0, Math.min(i + 1, end) - Math.max(i, start));
}

/**
 * Weights of the source cells for each of `outSize` output cells spanning [start, start+length)
 * of a source axis of `srcSize` cells: one sparse row per output cell.
 */
function axisWeights(
  srcSize: number,
  start: number,
  length: number,
  outSize: number,
): { first: number; weights: number[] }[] {
  const step = length / outSize;
  return Array.from({ length: outSize }, (_, o) => {
    const a = start + o * step;
    const b = a + step;
    const first = Math.max(0, Math.floor(a));
    const last = Math.min(srcSize - 1, Math.ceil(b) - 1);
    const weights: number[] = [];
    for (let i = first; i <= last; i++) weights.push(overlap(i, a, b) / step);
    return { first, weights };
  });
}

/**
 * `rect` of a `width`×`height` image resampled to `outWidth`×`outHeight` by area averaging.
 * Parts of `rect` outside the image count as 0.
 */
export function resampleArea(
  src: ArrayLike<number>,
  width: number,
  height: number,
  rect: SourceRect,
  outWidth: number,
  outHeight: number,
): Float32Array {
  const cols = axisWeights(width, rect.x, rect.width, outWidth);
  const rows = axisWeights(height, rect.y, rect.height, outHeight);
  // Separable: first along x for every source row, then along y.
  const tmp = new Float32Array(height * outWidth);
  for (let y = 0; y < height; y++) {
    for (let ox = 0; ox < outWidth; ox++) {
      const { first, weights } = cols[ox];
      let s = 0;
      for (let k = 0; k < weights.length; k++) s += weights[k] * src[y * width + first + k];
      tmp[y * outWidth + ox] = s;
    }
  }
  const out = new Float32Array(outWidth * outHeight);
  for (let oy = 0; oy < outHeight; oy++) {
    const { first, weights } = rows[oy];
    for (let ox = 0; ox < outWidth; ox++) {
      let s = 0;
      for (let k = 0; k < weights.length; k++) s += weights[k] * tmp[(first + k) * outWidth + ox];
      out[oy * outWidth + ox] = s;
    }
  }
  return out;
}
