import type { QuantGranularity, QuantScheme } from '../quantize/uniform';
import { pqValue } from '../quantize/pq';
import { dequantizeCode } from '../quantize/uniform';

/**
 * The compressed model the encoder writes and the decoder returns: plain data, one entry per
 * weight tensor. Value arrays are full length (one entry per weight, row-major, last axis =
 * output channel); where `mask` is 0 the entry is ignored and the weight is exactly 0.
 * A low-rank layer is written as two entries (e.g. `fc1.p` with an empty bias, then `fc1.q`).
 */
export type WeightValues =
  | { kind: 'float'; values: Float32Array }
  | {
      kind: 'uniform';
      bits: number;
      scheme: QuantScheme;
      granularity: QuantGranularity;
      codes: Uint8Array;
      /** One per channel (last axis) or one for the tensor. */
      scales: Float32Array;
      zeroPoints: Int32Array;
    }
  | { kind: 'kmeans'; bits: number; codebook: Float32Array; codes: Uint8Array }
  /** Product quantization: `codes` has one entry per sub-vector of `block` consecutive weights
   * (⌈n / block⌉), `codebook` 2^bits × block values. */
  | { kind: 'pq'; bits: number; block: number; codebook: Float32Array; codes: Uint8Array };

export interface CompressedLayer {
  name: string;
  /** Weight shape, e.g. [784, 300] or [3, 3, 1, 8]. */
  shape: number[];
  values: WeightValues;
  /** 1 = kept. Absent = dense. */
  mask?: Uint8Array;
  bias: Float32Array;
}

export const weightCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The weights this layer stands for, exactly as the model computes with them. */
export function layerWeights(layer: CompressedLayer): Float32Array {
  const n = weightCount(layer.shape);
  const out = new Float32Array(n);
  const { values: v, mask } = layer;
  const groups = v.kind === 'uniform' ? v.scales.length : 1;
  for (let e = 0; e < n; e++) {
    if (mask && !mask[e]) continue;
    if (v.kind === 'float') out[e] = v.values[e];
    else if (v.kind === 'kmeans') out[e] = v.codebook[v.codes[e]];
    else if (v.kind === 'pq') out[e] = pqValue(v.codebook, v.codes, v.block, e);
    else {
      const g = groups === 1 ? 0 : e % groups;
      out[e] = dequantizeCode(v.codes[e], v.scales[g], v.zeroPoints[g], v.bits, v.scheme);
    }
  }
  return out;
}
