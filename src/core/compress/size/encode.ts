import { ByteWriter, bytesForBits } from './bits';
import type { CompressedLayer } from './model';
import { weightCount } from './model';
import { bitmaskBytes, keptPositions, relativeSymbols } from './positions';
import { huffmanCostOf, packPlain, packStream } from './streams';
import type { PackedStream } from './streams';

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
export const MAX_GAP_BITS = 16;
/** Huffman tables cost 2^bits bytes; above 8 bits they never pay. */
const MAX_HUFFMAN_GAP_BITS = 8;

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

const utf8 = new TextEncoder();

function validate(layer: CompressedLayer, n: number): void {
  const v = layer.values;
  const len =
    v.kind === 'float'
      ? v.values.length
      : v.kind === 'pq'
        ? v.codes.length * v.block
        : v.codes.length;
  if (v.kind === 'pq' ? len < n || len - n >= v.block : len !== n)
    throw new Error(`encode ${layer.name}: ${len} values for shape [${layer.shape.join(', ')}]`);
  if (layer.mask && layer.mask.length !== n) throw new Error(`encode ${layer.name}: mask length`);
  if (v.kind === 'float') return;
  if (!Number.isInteger(v.bits) || v.bits < 1 || v.bits > 8)
    throw new Error(`encode ${layer.name}: bits ${v.bits}`);
  const limit = 2 ** v.bits;
  if (v.kind === 'pq') {
    if (!Number.isInteger(v.block) || v.block < 1 || v.block > 255)
      throw new Error(`encode ${layer.name}: pq block ${v.block}`);
    if (v.codebook.length !== limit * v.block)
      throw new Error(`encode ${layer.name}: codebook must have ${limit} × ${v.block} entries`);
    if (v.codes.some((c) => c >= limit))
      throw new Error(`encode ${layer.name}: a code does not fit in ${v.bits} bits`);
    return;
  }
  for (let e = 0; e < n; e++) {
    if (v.codes[e] >= limit && (!layer.mask || layer.mask[e])) {
      throw new Error(`encode ${layer.name}: code ${v.codes[e]} does not fit in ${v.bits} bits`);
    }
  }
  if (v.kind === 'kmeans') {
    if (v.codebook.length !== limit)
      throw new Error(`encode ${layer.name}: codebook must have ${limit} entries`);
    return;
  }
  const groups = v.granularity === 'channel' ? layer.shape[layer.shape.length - 1] : 1;
  if (v.scales.length !== groups || v.zeroPoints.length !== groups) {
    throw new Error(`encode ${layer.name}: expected ${groups} scales and zero points`);
  }
  const implied = v.bits === 1 ? 0 : 2 ** (v.bits - 1);
  for (let g = 0; g < groups; g++) {
    const z = v.zeroPoints[g];
    if (v.scheme === 'symmetric' ? z !== implied : !(z >= 0 && z < limit)) {
      throw new Error(
        `encode ${layer.name}: zero point ${z} invalid for ${v.scheme} ${v.bits}-bit`,
      );
    }
  }
}

/** How often each gap (pruned weights skipped before a kept one) occurs. */
function gapHistogram(positions: Int32Array): { gaps: Int32Array; counts: Int32Array } {
  let max = 0;
  let cursor = 0;
  for (let k = 0; k < positions.length; k++) {
    max = Math.max(max, positions[k] - cursor);
    cursor = positions[k] + 1;
  }
  const byGap = new Int32Array(max + 1);
  cursor = 0;
  for (let k = 0; k < positions.length; k++) {
    byGap[positions[k] - cursor]++;
    cursor = positions[k] + 1;
  }
  const gaps: number[] = [];
  const counts: number[] = [];
  byGap.forEach((c, d) => {
    if (c > 0) {
      gaps.push(d);
      counts.push(c);
    }
  });
  return { gaps: Int32Array.from(gaps), counts: Int32Array.from(counts) };
}

/**
 * The cheapest relative-index stream, over the allowed gap widths. Costs come from the gap
 * histogram (a gap d is ⌊d/E⌋ escapes then the symbol d mod E), so trying 16 widths costs 16
 * passes over the distinct gaps, not over the weights: this runs on every slider move.
 */
function bestRelative(
  positions: Int32Array,
  options: EncodeOptions,
): { cost: number; gapBits: number; pack: () => PackedStream } {
  const candidates = options.gapBits
    ? [options.gapBits]
    : Array.from({ length: MAX_GAP_BITS }, (_, i) => i + 1);
  const { gaps, counts } = gapHistogram(positions);
  let best: { cost: number; gapBits: number } | null = null;
  for (const b of candidates) {
    const escape = 2 ** b - 1;
    const huffman = options.huffman && b <= MAX_HUFFMAN_GAP_BITS;
    const freq = huffman ? new Float64Array(2 ** b) : null;
    let symbols = 0;
    for (let i = 0; i < gaps.length; i++) {
      const escapes = Math.floor(gaps[i] / escape);
      symbols += counts[i] * (escapes + 1);
      if (freq) {
        freq[escape] += counts[i] * escapes;
        freq[gaps[i] - escapes * escape] += counts[i];
      }
    }
    let cost = bytesForBits(symbols * b);
    if (freq) cost = Math.min(cost, huffmanCostOf(freq, b).bytes);
    if (!best || cost < best.cost) best = { cost, gapBits: b };
  }
  const b = best!.gapBits;
  const allowHuffman = !!options.huffman && b <= MAX_HUFFMAN_GAP_BITS;
  // Packed only if chosen: at low sparsity the bitmask wins and the symbols are never built.
  return {
    cost: best!.cost,
    gapBits: b,
    pack: () => packStream(relativeSymbols(positions, b), b, allowHuffman),
  };
}

interface ChosenPositions {
  encoding: 'bitmask' | 'relative';
  bytes: Uint8Array;
  gapBits: number;
  huffman: boolean;
}

/** Bitmask or relative indices, whichever is smaller (ties: bitmask, simpler to decode). */
function choosePositions(
  mask: Uint8Array,
  positions: Int32Array,
  options: EncodeOptions,
): ChosenPositions {
  const rel = options.positions === 'bitmask' ? null : bestRelative(positions, options);
  if (rel && (options.positions === 'relative' || rel.cost < bitmaskBytes(mask.length))) {
    const stream = rel.pack();
    return {
      encoding: 'relative',
      bytes: stream.bytes,
      gapBits: rel.gapBits,
      huffman: stream.huffman,
    };
  }
  return { encoding: 'bitmask', bytes: packPlain(mask, 1), gapBits: 0, huffman: false };
}

/** PQ stores one code per sub-vector that holds at least one kept weight, in order. */
export function storedBlockCodes(
  codes: Uint8Array,
  block: number,
  n: number,
  mask: Uint8Array | undefined,
): Uint8Array {
  if (!mask) return codes;
  const out: number[] = [];
  for (let b = 0; b < codes.length; b++) {
    for (let e = b * block; e < Math.min(n, (b + 1) * block); e++)
      if (mask[e]) {
        out.push(codes[b]);
        break;
      }
  }
  return Uint8Array.from(out);
}

export function encodeLayer(
  layer: CompressedLayer,
  options: EncodeOptions = {},
): { bytes: Uint8Array; breakdown: LayerBreakdown } {
  const n = weightCount(layer.shape);
  validate(layer, n);
  const v = layer.values;
  const name = utf8.encode(layer.name);
  if (name.length > 255 || layer.shape.length > 255)
    throw new Error(`encode ${layer.name}: name or rank too long`);

  // Positions: 'dense' when nothing is pruned (a mask of all ones costs nothing to omit).
  const positions = layer.mask ? keptPositions(layer.mask) : null;
  const sparse = positions !== null && positions.length < n;
  const pos = sparse ? choosePositions(layer.mask!, positions, options) : null;
  const positionEncoding: PositionEncoding = pos ? pos.encoding : 'dense';
  const positionBytes = pos ? pos.bytes : new Uint8Array(0);
  const gapBits = pos ? pos.gapBits : 0;
  const gapHuffman = pos ? pos.huffman : false;
  // Saving against what the encoder would have chosen without Huffman (which may be another
  // gap width or even the bitmask), so that total(off) − total(on) = huffmanSaving exactly.
  const positionSaving =
    pos && options.huffman
      ? choosePositions(layer.mask!, positions!, { ...options, huffman: false }).bytes.length -
        positionBytes.length
      : 0;
  const kept = sparse ? positions : null;
  const keptCount = kept ? kept.length : n;

  // Values of the kept weights, in row-major order.
  let valueBytes: Uint8Array;
  let valueHuffman = false;
  let valueSaving = 0;
  if (v.kind === 'float') {
    const vals = kept ? Float32Array.from(kept, (e) => v.values[e]) : v.values;
    const w = new ByteWriter();
    w.f32s(vals);
    valueBytes = w.finish();
  } else {
    const codes =
      v.kind === 'pq'
        ? storedBlockCodes(v.codes, v.block, n, layer.mask)
        : kept
          ? Uint8Array.from(kept, (e) => v.codes[e])
          : v.codes;
    const stream = packStream(codes, v.bits, !!options.huffman);
    valueBytes = stream.bytes;
    valueHuffman = stream.huffman;
    valueSaving = stream.plainBytes - stream.bytes.length;
  }

  const out = new ByteWriter();
  out.u8(name.length);
  out.bytes(name);
  out.u8(layer.shape.length);
  for (const d of layer.shape) out.u32(d);
  out.u8(KIND[v.kind]);
  out.u8(v.kind === 'float' ? 32 : v.bits);
  let flags = 0;
  if (v.kind === 'uniform' && v.scheme === 'asymmetric') flags |= FLAG.asymmetric;
  if (v.kind === 'uniform' && v.granularity === 'channel') flags |= FLAG.perChannel;
  if (valueHuffman) flags |= FLAG.valueHuffman;
  if (gapHuffman) flags |= FLAG.gapHuffman;
  out.u8(flags);
  out.u8(POSITIONS[positionEncoding]);
  out.u8(gapBits);
  out.u32(keptCount);
  out.u32(layer.bias.length);
  const headers = out.length;

  if (v.kind === 'uniform') {
    out.f32s(v.scales);
    if (v.scheme === 'asymmetric') out.bytes(Uint8Array.from(v.zeroPoints));
  }
  const scales = out.length - headers;
  if (v.kind === 'kmeans') out.f32s(v.codebook);
  if (v.kind === 'pq') {
    out.u8(v.block);
    out.f32s(v.codebook);
  }
  const codebook = out.length - headers - scales;
  out.bytes(positionBytes);
  out.bytes(valueBytes);
  out.f32s(layer.bias);
  const bytes = out.finish();

  return {
    bytes,
    breakdown: {
      name: layer.name,
      headers,
      scales,
      codebook,
      positions: positionBytes.length,
      values: valueBytes.length,
      biases: layer.bias.length * 4,
      huffmanSaving: positionSaving + valueSaving,
      total: bytes.length,
      denseFp32: (n + layer.bias.length) * 4,
      positionEncoding,
      gapBits,
      keptWeights: keptCount,
    },
  };
}
