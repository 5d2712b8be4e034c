/**
 * Weight matrices as pictures. Diverging colours (blue for negative, white for zero, vermillion
 * for positive: an Okabe–Ito pair that colour-blind viewers can tell apart), and pruned weights
 * in dark grey so the mask's pattern stands out from weights that are merely small.
 */

const NEGATIVE = [0, 114, 178] as const;
const POSITIVE = [213, 94, 0] as const;
export const PRUNED_RGB = [64, 64, 64] as const;

/** RGBA bytes for `values`, scaled so |v| = scale is full colour; mask 0 → pruned grey. */
export function divergingRgba(
  values: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  scale: number,
  out = new Uint8ClampedArray(values.length * 4),
): Uint8ClampedArray {
  const s = scale > 0 ? scale : 1;
  for (let i = 0; i < values.length; i++) {
    const o = i * 4;
    out[o + 3] = 255;
    if (mask && mask[i] === 0) {
      out[o] = PRUNED_RGB[0];
      out[o + 1] = PRUNED_RGB[1];
      out[o + 2] = PRUNED_RGB[2];
      continue;
    }
    const t = Math.min(1, Math.abs(values[i]) / s);
    const c = values[i] < 0 ? NEGATIVE : POSITIVE;
    // Blend from white to the end colour.
    out[o] = Math.round(255 + (c[0] - 255) * t);
    out[o + 1] = Math.round(255 + (c[1] - 255) * t);
    out[o + 2] = Math.round(255 + (c[2] - 255) * t);
  }
  return out;
}

/** The largest |value|, a shared colour scale for every unit of a layer (0 when empty). */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}

/** A patch of a matrix, row-major, with its mask. */
export interface Patch {
  values: Float32Array;
  mask: Uint8Array | null;
  width: number;
  height: number;
}

/**
 * Column `unit` of a row-major [inputs, units] matrix: one unit's incoming weights, which for a
 * first layer on images are a picture (its receptive field).
 */
export function unitColumn(
  matrix: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  inputs: number,
  units: number,
  unit: number,
): { values: Float32Array; mask: Uint8Array | null } {
  const values = new Float32Array(inputs);
  const m = mask ? new Uint8Array(inputs) : null;
  for (let i = 0; i < inputs; i++) {
    values[i] = matrix[i * units + unit];
    if (m && mask) m[i] = mask[i * units + unit];
  }
  return { values, mask: m };
}

/**
 * The top-left corner of the transposed matrix (units down, inputs across), at most
 * maxHeight units × maxWidth inputs: one row per unit, so a removed unit is a grey line and a
 * 2:4 pattern along the inputs shows as a regular stipple.
 */
export function transposedPatch(
  matrix: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  inputs: number,
  units: number,
  maxHeight: number,
  maxWidth: number,
): Patch {
  const height = Math.min(units, maxHeight);
  const width = Math.min(inputs, maxWidth);
  const values = new Float32Array(width * height);
  const m = mask ? new Uint8Array(width * height) : null;
  for (let u = 0; u < height; u++) {
    for (let i = 0; i < width; i++) {
      values[u * width + i] = matrix[i * units + u];
      if (m && mask) m[u * width + i] = mask[i * units + u];
    }
  }
  return { values, mask: m, width, height };
}

/** [inputs, units] of a weight shape: dense [in, out]; conv [k, k, in, filters] flattened. */
export function matrixShape(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [0, 0];
  const units = shape[shape.length - 1];
  const inputs = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  return [inputs, units];
}
