/**
 * Uniform (linear) quantization to b bits with real integer codes:
 *   q = clamp(round(w / scale) + zero, 0, 2^b − 1),   ŵ = (q − zero) · scale.
 *
 * - symmetric, b ≥ 2: zero = 2^(b−1), scale = maxAbs / (2^(b−1) − 1). Levels are symmetric
 *   around 0 (code 0 is never used: the "restricted range" that keeps +max and −max equally
 *   representable). At 2 bits that leaves {−max, 0, +max}: most weights round to 0, which is
 *   why 2-bit max-abs PTQ collapses.
 * - symmetric, b = 1: there is no zero level. We binarise as BinaryConnect/XNOR-Net do:
 *   q = (w ≥ 0 ? 1 : 0), ŵ = (2q − 1) · scale with scale = mean |w| (the L2-optimal magnitude
 *   for sign(w)). zeroPoints are reported as 0; `dequantizeCode` knows the special case.
 * - asymmetric: the range [min(w, 0), max(w, 0)] is stretched over 2^b − 1 steps,
 *   scale = (hi − lo)/(2^b − 1), zero = clamp(round(−lo/scale), 0, 2^b − 1). Including 0 in
 *   the range makes 0 exactly representable (pruned weights stay exactly 0).
 *   At b = 1 the two levels are {0, ±range}: defined, if crude.
 * - An all-zero (or single-valued 0) channel would give scale 0 and 0/0 = NaN; scale falls back
 *   to 1, which maps every 0 to the zero code and back to exactly 0.
 * - With a `mask`, ranges, scales and codes come from the kept weights only: pruned zeros would
 *   otherwise pull the 1-bit scale mean|w| towards 0 (at 90 % sparsity, ~10× too small) and,
 *   at 1 bit, binarise to ±scale. Pruned entries get the zero code where one exists (0 at 1 bit)
 *   and dequantize to exactly 0; the encoder does not store them.
 *
 * Scales are stored as float32 and the dequantized values are computed from the *stored* float32
 * scale by `dequantizeCode`, so the decoder in size/ reproduces them bit for bit.
 */

export type QuantScheme = 'symmetric' | 'asymmetric';
export type QuantGranularity = 'tensor' | 'channel';

export interface UniformOptions {
  /** 1..8. */
  bits: number;
  scheme: QuantScheme;
  granularity: QuantGranularity;
  /** Number of output units; the channel of element e is e mod channels (last axis). Needed
   * for granularity 'channel'. */
  channels?: number;
  /** 1 = kept, 0 = pruned (excluded from every statistic, dequantized to exactly 0). */
  mask?: Uint8Array;
}

export interface UniformQuantized {
  /** One code per weight, 0..2^bits − 1. */
  codes: Uint8Array;
  /** One per channel (or one for the tensor). */
  scales: Float32Array;
  zeroPoints: Int32Array;
  /** (q − zero) · scale, as the model will use it. */
  dequantized: Float32Array;
}

export function checkBits(bits: number): void {
  if (!Number.isInteger(bits) || bits < 1 || bits > 8) {
    throw new Error(`bits must be an integer in 1..8, got ${bits}`);
  }
}

/** Number of scale groups and the group of element e. */
export function groupCount(
  length: number,
  granularity: QuantGranularity,
  channels: number | undefined,
): number {
  if (granularity === 'tensor') return 1;
  if (!channels || channels <= 0 || length % channels !== 0) {
    throw new Error(`per-channel quantization needs channels dividing ${length}, got ${channels}`);
  }
  return channels;
}

/** The one dequantization rule, shared by the quantizer and the decoder. */
export function dequantizeCode(
  q: number,
  scale: number,
  zero: number,
  bits: number,
  scheme: QuantScheme,
): number {
  if (bits === 1 && scheme === 'symmetric') return (2 * q - 1) * scale;
  return (q - zero) * scale;
}

/** Fills a Float32Array from codes, per-group scales and zero points. */
export function dequantizeAll(
  codes: Uint8Array,
  scales: Float32Array,
  zeroPoints: Int32Array,
  bits: number,
  scheme: QuantScheme,
): Float32Array {
  const groups = scales.length;
  const out = new Float32Array(codes.length);
  for (let e = 0; e < codes.length; e++) {
    const g = groups === 1 ? 0 : e % groups;
    out[e] = dequantizeCode(codes[e], scales[g], zeroPoints[g], bits, scheme);
  }
  return out;
}

interface GroupStats {
  min: Float64Array;
  max: Float64Array;
  sumAbs: Float64Array;
  count: Float64Array;
}

function groupStats(w: Float32Array, groups: number, mask?: Uint8Array): GroupStats {
  const s: GroupStats = {
    min: new Float64Array(groups).fill(Infinity),
    max: new Float64Array(groups).fill(-Infinity),
    sumAbs: new Float64Array(groups),
    count: new Float64Array(groups),
  };
  for (let e = 0; e < w.length; e++) {
    if (mask && !mask[e]) continue;
    const g = groups === 1 ? 0 : e % groups;
    const v = w[e];
    if (v < s.min[g]) s.min[g] = v;
    if (v > s.max[g]) s.max[g] = v;
    s.sumAbs[g] += Math.abs(v);
    s.count[g]++;
  }
  return s;
}

/** Post-training uniform quantization of one weight tensor. */
export function quantizeUniform(w: Float32Array, options: UniformOptions): UniformQuantized {
  const { bits, scheme, mask } = options;
  checkBits(bits);
  if (mask && mask.length !== w.length) throw new Error('quantizeUniform: mask length');
  const groups = groupCount(w.length, options.granularity, options.channels);
  const levels = 2 ** bits - 1;
  const st = groupStats(w, groups, mask);
  const scales = new Float32Array(groups);
  const zeroPoints = new Int32Array(groups);
  for (let g = 0; g < groups; g++) {
    const lo = Math.min(0, st.min[g]);
    const hi = Math.max(0, st.max[g]);
    if (scheme === 'symmetric' && bits === 1) {
      scales[g] = st.count[g] > 0 ? st.sumAbs[g] / st.count[g] : 0;
      zeroPoints[g] = 0;
      continue;
    }
    const raw =
      scheme === 'symmetric' ? Math.max(-lo, hi) / (2 ** (bits - 1) - 1) : (hi - lo) / levels;
    // Fallback for all-zero groups (and denormal underflow to 0 in float32): see header.
    scales[g] = raw > 0 && Math.fround(raw) > 0 ? raw : 1;
    zeroPoints[g] =
      scheme === 'symmetric'
        ? 2 ** (bits - 1)
        : Math.min(levels, Math.max(0, Math.round(-lo / scales[g])));
  }
  const codes = new Uint8Array(w.length);
  for (let e = 0; e < w.length; e++) {
    const g = groups === 1 ? 0 : e % groups;
    if (mask && !mask[e]) codes[e] = zeroPoints[g];
    else if (scheme === 'symmetric' && bits === 1) codes[e] = w[e] >= 0 ? 1 : 0;
    else codes[e] = Math.min(levels, Math.max(0, Math.round(w[e] / scales[g]) + zeroPoints[g]));
  }
  const dequantized = dequantizeAll(codes, scales, zeroPoints, bits, scheme);
  if (mask) for (let e = 0; e < w.length; e++) if (!mask[e]) dequantized[e] = 0;
  return { codes, scales, zeroPoints, dequantized };
}

/** Mean squared error between two arrays (for error comparisons and reports). */
export function meanSquaredError(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return a.length === 0 ? 0 : s / a.length;
}
