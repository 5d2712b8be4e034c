import { ByteWriter } from './bits';
import type { CompressedLayer } from './model';
import { layerBreakdown, planLayer } from './plan';

/**
 * The honest encoder (DESIGN §3): a model's size is the length of these bytes. The format is
 * described in FORMAT.md; decode.ts reads it back.
 */

export const MAGIC = [0x43, 0x4c, 0x5a, 0x31]; // "CLZ1"
export const VERSION = 1;
export const FILE_HEADER_BYTES = 8;
export const KIND = { float: 0, uniform: 1, kmeans: 2, pq: 3 } as const;
export const POSITIONS = { dense: 0, bitmask: 1, relative: 2 } as const;
export const FLAG = { asymmetric: 1, perChannel: 2, valueHuffman: 4, gapHuffman: 8 } as const;
export { MAX_GAP_BITS } from './plan';

export type PositionEncoding = 'dense' | 'bitmask' | 'relative';

export interface EncodeOptions {
  /** Entropy-code the value codes and gap symbols where that is smaller. Default false. */
  huffman?: boolean;
  /** Force a position encoding for sparse layers (for teaching); default 'auto' = smaller. */
  positions?: 'auto' | 'bitmask' | 'relative';
  /** Fix the gap width b of relative indices (Deep Compression: 5 for fc layers); default: the
   * b in 1..16 that gives the fewest bytes. */
  gapBits?: number;
}

export interface LayerBreakdown {
  name: string;
  headers: number;
  /** Quantization scales and zero points. */
  scales: number;
  /** k-means codebook. */
  codebook: number;
  /** Bitmask or relative-index stream (with its Huffman table, if used). */
  positions: number;
  /** Weight values: fp32, packed codes, or Huffman table + codes. */
  values: number;
  biases: number;
  /** Bytes Huffman saved: this layer's size without Huffman minus its size with it. */
  huffmanSaving: number;
  total: number;
  /** Same tensor as dense float32 weights + biases. */
  denseFp32: number;
  positionEncoding: PositionEncoding;
  /** b of the relative indices; 0 otherwise. */
  gapBits: number;
  keptWeights: number;
}

/** Writes the layer as `planLayer` decided; its length is the plan's total (checked). */
export function encodeLayer(
  layer: CompressedLayer,
  options: EncodeOptions = {},
): { bytes: Uint8Array; breakdown: LayerBreakdown } {
  const plan = planLayer(layer, options);
  const v = layer.values;
  const pos = plan.positions;
  const positionEncoding: PositionEncoding = pos ? pos.encoding : 'dense';

  const out = new ByteWriter();
  out.u8(plan.name.length);
  out.bytes(plan.name);
  out.u8(layer.shape.length);
  for (const d of layer.shape) out.u32(d);
  out.u8(KIND[v.kind]);
  out.u8(v.kind === 'float' ? 32 : v.bits);
  let flags = 0;
  if (v.kind === 'uniform' && v.scheme === 'asymmetric') flags |= FLAG.asymmetric;
  if (v.kind === 'uniform' && v.granularity === 'channel') flags |= FLAG.perChannel;
  if (plan.values.huffman) flags |= FLAG.valueHuffman;
  if (pos?.huffman) flags |= FLAG.gapHuffman;
  out.u8(flags);
  out.u8(POSITIONS[positionEncoding]);
  out.u8(pos ? pos.gapBits : 0);
  out.u32(plan.keptCount);
  out.u32(layer.bias.length);

  if (v.kind === 'uniform') {
    out.f32s(v.scales);
    if (v.scheme === 'asymmetric') out.bytes(Uint8Array.from(v.zeroPoints));
  }
  if (v.kind === 'kmeans') out.f32s(v.codebook);
  if (v.kind === 'pq') {
    out.u8(v.block);
    out.f32s(v.codebook);
  }
  if (pos) out.bytes(pos.write());
  out.bytes(plan.values.write());
  out.f32s(layer.bias);
  const bytes = out.finish();
  // The count a preview shows is this plan's total: a mismatch would be a size that lies.
  if (bytes.length !== plan.total)
    throw new Error(`encode ${layer.name}: wrote ${bytes.length} bytes, planned ${plan.total}`);
  return { bytes, breakdown: layerBreakdown(layer, plan) };
}
