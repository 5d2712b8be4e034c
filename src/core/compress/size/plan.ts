import { ByteWriter } from './bits';
import type { EncodeOptions, LayerBreakdown, PositionEncoding } from './encode';
import type { CompressedLayer } from './model';
import { weightCount } from './model';
import { bitmaskBytes, keptPositions, relativeSymbols } from './positions';
import { chooseStream, packPlain, writeStream } from './streams';

/**
 * Every decision the encoder makes about a layer (position encoding, gap width, Huffman or
 * plain) and the byte count of every section, without building the bytes. `encodeLayer`
 * writes a plan; `countModelSize` only adds it up: one place decides, so a preview's size
 * and the file's length cannot drift apart.
 */

export const MAX_GAP_BITS = 16;
/** Huffman tables cost 2^bits bytes; above 8 bits they never pay. */
const MAX_HUFFMAN_GAP_BITS = 8;

/** A section as it will be written: its size, and how to write it (only the encoder calls). */
export interface SectionPlan {
  bytes: number;
  /** What plain packing would cost; the difference is the Huffman saving. */
  plainBytes: number;
  huffman: boolean;
  write: () => Uint8Array;
}

export interface PositionsPlan extends SectionPlan {
  encoding: 'bitmask' | 'relative';
  gapBits: number;
}

export interface LayerPlan {
  name: Uint8Array;
  n: number;
  keptCount: number;
  positions: PositionsPlan | null;
  values: SectionPlan;
  headers: number;
  scales: number;
  codebook: number;
  biases: number;
  /** Bytes Huffman saved on positions and values (against the choice made without it). */
  huffmanSaving: number;
  total: number;
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
function planRelative(positions: Int32Array, options: EncodeOptions): PositionsPlan {
  const candidates = options.gapBits
    ? [options.gapBits]
    : Array.from({ length: MAX_GAP_BITS }, (_, i) => i + 1);
  const { gaps, counts } = gapHistogram(positions);
  let best: {
    bytes: number;
    plainBytes: number;
    gapBits: number;
    lengths: Uint8Array | null;
  } | null = null;
  for (const b of candidates) {
    const escape = 2 ** b - 1;
    let symbols = 0;
    for (let i = 0; i < gaps.length; i++) symbols += counts[i] * (Math.floor(gaps[i] / escape) + 1);
    const freq = () => {
      const f = new Float64Array(2 ** b);
      for (let i = 0; i < gaps.length; i++) {
        const escapes = Math.floor(gaps[i] / escape);
        f[escape] += counts[i] * escapes;
        f[gaps[i] - escapes * escape] += counts[i];
      }
      return f;
    };
    const allowHuffman = !!options.huffman && b <= MAX_HUFFMAN_GAP_BITS;
    const choice = chooseStream(freq, symbols, b, allowHuffman);
    if (!best || choice.bytes < best.bytes) best = { ...choice, gapBits: b };
  }
  const { bytes, plainBytes, gapBits, lengths } = best!;
  return {
    encoding: 'relative',
    bytes,
    plainBytes,
    huffman: lengths !== null,
    gapBits,
    // Built only if written: at low sparsity the bitmask wins and the symbols never exist.
    write: () => writeStream(relativeSymbols(positions, gapBits), gapBits, lengths),
  };
}

/** Bitmask or relative indices, whichever is smaller (ties: bitmask, simpler to decode). */
function planPositions(
  mask: Uint8Array,
  positions: Int32Array,
  options: EncodeOptions,
): PositionsPlan {
  const rel = options.positions === 'bitmask' ? null : planRelative(positions, options);
  const bitmask = bitmaskBytes(mask.length);
  if (rel && (options.positions === 'relative' || rel.bytes < bitmask)) return rel;
  return {
    encoding: 'bitmask',
    bytes: bitmask,
    plainBytes: bitmask,
    huffman: false,
    gapBits: 0,
    write: () => packPlain(mask, 1),
  };
}

/**
 * The value codes the file stores, in order, and how many, counted without building them. PQ
 * stores one code per sub-vector that holds at least one kept weight; the others one code per
 * kept weight.
 */
function storedCodes(
  layer: CompressedLayer,
  n: number,
  kept: Int32Array | null,
): { count: number; each: (visit: (code: number) => void) => void; build: () => Uint8Array } {
  const v = layer.values;
  if (v.kind === 'float') throw new Error('storedCodes: float layer');
  const codes = v.codes;
  let count: number;
  let each: (visit: (code: number) => void) => void;
  if (v.kind === 'pq') {
    const block = v.block;
    const mask = layer.mask;
    const stored = (b: number) => {
      if (!mask) return true;
      for (let e = b * block; e < Math.min(n, (b + 1) * block); e++) if (mask[e]) return true;
      return false;
    };
    count = 0;
    for (let b = 0; b < codes.length; b++) if (stored(b)) count++;
    each = (visit) => {
      for (let b = 0; b < codes.length; b++) if (stored(b)) visit(codes[b]);
    };
  } else {
    count = kept ? kept.length : n;
    each = (visit) => {
      if (kept) for (let k = 0; k < kept.length; k++) visit(codes[kept[k]]);
      else for (let e = 0; e < n; e++) visit(codes[e]);
    };
  }
  return {
    count,
    each,
    build: () => {
      // Every code stored: the array itself, no copy.
      if (count === codes.length) return codes;
      const out = new Uint8Array(count);
      let i = 0;
      each((c) => (out[i++] = c));
      return out;
    },
  };
}

/** Values of the kept weights, in row-major order: float32, or codes plain or Huffman-coded. */
function planValues(
  layer: CompressedLayer,
  n: number,
  kept: Int32Array | null,
  options: EncodeOptions,
): SectionPlan {
  const v = layer.values;
  if (v.kind === 'float') {
    const bytes = (kept ? kept.length : n) * 4;
    return {
      bytes,
      plainBytes: bytes,
      huffman: false,
      write: () => {
        const vals = kept ? Float32Array.from(kept, (e) => v.values[e]) : v.values;
        const w = new ByteWriter();
        w.f32s(vals);
        return w.finish();
      },
    };
  }
  const stored = storedCodes(layer, n, kept);
  const freq = () => {
    const f = new Float64Array(2 ** v.bits);
    stored.each((c) => f[c]++);
    return f;
  };
  const choice = chooseStream(freq, stored.count, v.bits, !!options.huffman);
  return {
    bytes: choice.bytes,
    plainBytes: choice.plainBytes,
    huffman: choice.lengths !== null,
    write: () => writeStream(stored.build(), v.bits, choice.lengths),
  };
}

/** Everything `encodeLayer` will write for this layer, sized; throws where it would. */
export function planLayer(layer: CompressedLayer, options: EncodeOptions = {}): LayerPlan {
  const n = weightCount(layer.shape);
  validate(layer, n);
  const v = layer.values;
  const name = utf8.encode(layer.name);
  if (name.length > 255 || layer.shape.length > 255)
    throw new Error(`encode ${layer.name}: name or rank too long`);

  // Positions: 'dense' when nothing is pruned (a mask of all ones costs nothing to omit).
  const all = layer.mask ? keptPositions(layer.mask) : null;
  const kept = all !== null && all.length < n ? all : null;
  const positions = kept ? planPositions(layer.mask!, kept, options) : null;
  // Saving against what the encoder would have chosen without Huffman (which may be another
  // gap width or even the bitmask), so that total(off) − total(on) = huffmanSaving exactly.
  const positionSaving =
    positions && options.huffman
      ? planPositions(layer.mask!, kept!, { ...options, huffman: false }).bytes - positions.bytes
      : 0;
  const values = planValues(layer, n, kept, options);

  // name length, name, rank, dims; kind, bits, flags, positions, gap bits; kept count, bias length
  const headers = 1 + name.length + 1 + 4 * layer.shape.length + 5 + 4 + 4;
  const scales =
    v.kind === 'uniform'
      ? v.scales.length * 4 + (v.scheme === 'asymmetric' ? v.scales.length : 0)
      : 0;
  const codebook =
    v.kind === 'kmeans' ? v.codebook.length * 4 : v.kind === 'pq' ? 1 + v.codebook.length * 4 : 0;
  const biases = layer.bias.length * 4;
  return {
    name,
    n,
    keptCount: kept ? kept.length : n,
    positions,
    values,
    headers,
    scales,
    codebook,
    biases,
    huffmanSaving: positionSaving + values.plainBytes - values.bytes,
    total: headers + scales + codebook + (positions?.bytes ?? 0) + values.bytes + biases,
  };
}

/** The breakdown a plan stands for (the same whether the bytes are written or only counted). */
export function layerBreakdown(layer: CompressedLayer, plan: LayerPlan): LayerBreakdown {
  const positionEncoding: PositionEncoding = plan.positions ? plan.positions.encoding : 'dense';
  return {
    name: layer.name,
    headers: plan.headers,
    scales: plan.scales,
    codebook: plan.codebook,
    positions: plan.positions?.bytes ?? 0,
    values: plan.values.bytes,
    biases: plan.biases,
    huffmanSaving: plan.huffmanSaving,
    total: plan.total,
    denseFp32: (plan.n + layer.bias.length) * 4,
    positionEncoding,
    gapBits: plan.positions?.gapBits ?? 0,
    keptWeights: plan.keptCount,
  };
}
