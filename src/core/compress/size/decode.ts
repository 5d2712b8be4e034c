import type { BitReader } from './bits';
import { ByteReader } from './bits';
import { FLAG, KIND, MAGIC, POSITIONS, VERSION } from './encode';
import type { DecodeLimits } from './decodeGuards';
import {
  checkGapBits,
  checkHuffmanLengths,
  checkShape,
  checkValueBits,
  DecodeBudget,
  needBits,
} from './decodeGuards';
import { canonicalCode, MAX_CODE_LENGTH, readHuffman } from './huffman';
import type { CanonicalCode } from './huffman';
import type { CompressedLayer, WeightValues } from './model';
import { readBitmask, readRelative } from './positions';

const utf8 = new TextDecoder();

/**
 * One symbol reader for a stream of `count` symbols: Huffman (table read and checked first) or
 * plain b-bit; throws first when the bytes left cannot hold that many symbols.
 */
function symbolReader(
  bytes: ByteReader,
  bits: number,
  huffman: boolean,
  count: number,
  what: string,
): { r: BitReader; next: () => number } {
  let code: CanonicalCode | null = null;
  if (huffman) {
    const lengths = bytes.bytes(2 ** bits);
    checkHuffmanLengths(lengths, MAX_CODE_LENGTH, what);
    code = canonicalCode(lengths);
  }
  // A Huffman symbol takes at least one bit, a plain one `bits`.
  needBits(bytes, count, code ? 1 : bits, what);
  const r = bytes.bits();
  return { r, next: code ? () => readHuffman(r, code) : () => r.read(bits) };
}

function decodeLayer(bytes: ByteReader, budget: DecodeBudget): CompressedLayer {
  const name = utf8.decode(bytes.bytes(bytes.u8()));
  const rank = bytes.u8();
  const shape = Array.from({ length: rank }, () => bytes.u32());
  const n = checkShape(shape, name);
  const kind = bytes.u8();
  const bits = bytes.u8();
  const flags = bytes.u8();
  const positionKind = bytes.u8();
  const gapBits = bytes.u8();
  const keptCount = bytes.u32();
  const biasLength = bytes.u32();
  if (kind !== KIND.float && kind !== KIND.uniform && kind !== KIND.kmeans && kind !== KIND.pq)
    throw new Error(`decode ${name}: unknown value kind ${kind}`);
  checkValueBits(bits, kind === KIND.float, name);
  if (keptCount > n) throw new Error(`decode ${name}: kept count mismatch`);
  // Every read below allocates at most what is present (ByteReader checks first); only the
  // arrays of n weights are larger than their bytes, and those go through the budget.

  let scales: Float32Array = new Float32Array(0);
  let zeroPoints: Int32Array = new Int32Array(0);
  const asymmetric = (flags & FLAG.asymmetric) !== 0;
  const perChannel = (flags & FLAG.perChannel) !== 0;
  if (kind === KIND.uniform) {
    const groups = perChannel ? shape[rank - 1] : 1;
    scales = bytes.f32s(groups);
    zeroPoints = asymmetric
      ? Int32Array.from(bytes.bytes(groups))
      : budget.i32(groups, name).fill(bits === 1 ? 0 : 2 ** (bits - 1));
  }
  const block = kind === KIND.pq ? bytes.u8() : 0;
  // The encoder writes blocks of 4, 8 or 16; anything else (0 among them) is not ours.
  if (kind === KIND.pq && block !== 4 && block !== 8 && block !== 16)
    throw new Error(`decode ${name}: pq block ${block}`);
  const codebook =
    kind === KIND.kmeans
      ? bytes.f32s(2 ** bits)
      : kind === KIND.pq
        ? bytes.f32s(2 ** bits * block)
        : new Float32Array(0);

  let mask: Uint8Array | undefined;
  if (positionKind === POSITIONS.bitmask) {
    needBits(bytes, n, 1, name);
    mask = readBitmask(bytes.bits(), budget.u8(n, name));
  } else if (positionKind === POSITIONS.relative) {
    checkGapBits(gapBits, name);
    const huffman = (flags & FLAG.gapHuffman) !== 0;
    const { r, next } = symbolReader(bytes, gapBits, huffman, keptCount, name);
    mask = readRelative(keptCount, gapBits, next, budget.u8(n, name));
    r.end();
  } else if (positionKind !== POSITIONS.dense) {
    throw new Error(`decode ${name}: unknown position encoding ${positionKind}`);
  }
  const kept = mask ? positionsOf(mask, keptCount, budget, name) : null;
  if (!kept && n !== keptCount) throw new Error(`decode ${name}: kept count mismatch`);
  const at = (k: number) => (kept ? kept[k] : k);

  let values: WeightValues;
  if (kind === KIND.float) {
    const stored = bytes.f32s(keptCount);
    const full = budget.f32(n, name);
    for (let k = 0; k < keptCount; k++) full[at(k)] = stored[k];
    values = { kind: 'float', values: full };
  } else if (kind === KIND.pq) {
    const codes = budget.u8(Math.ceil(n / block), name);
    // A block is stored when any of its entries is kept (all of them without a mask).
    const stored = codes.map((_, b) => {
      if (!mask) return 1;
      for (let e = b * block; e < Math.min(n, (b + 1) * block); e++) if (mask[e] === 1) return 1;
      return 0;
    });
    const storedCount = stored.reduce((sum, v) => sum + v, 0);
    const huffman = (flags & FLAG.valueHuffman) !== 0;
    const { r, next } = symbolReader(bytes, bits, huffman, storedCount, name);
    for (let b = 0; b < codes.length; b++) if (stored[b] === 1) codes[b] = next();
    r.end();
    values = { kind: 'pq', bits, block, codebook, codes };
  } else if (kind === KIND.uniform || kind === KIND.kmeans) {
    const huffman = (flags & FLAG.valueHuffman) !== 0;
    const { r, next } = symbolReader(bytes, bits, huffman, keptCount, name);
    const codes = budget.u8(n, name);
    for (let k = 0; k < keptCount; k++) codes[at(k)] = next();
    r.end();
    values =
      kind === KIND.kmeans
        ? { kind: 'kmeans', bits, codebook, codes }
        : {
            kind: 'uniform',
            bits,
            scheme: asymmetric ? 'asymmetric' : 'symmetric',
            granularity: perChannel ? 'channel' : 'tensor',
            codes,
            scales,
            zeroPoints,
          };
  } else {
    throw new Error(`decode ${name}: unknown value kind ${kind}`);
  }
  const bias = bytes.f32s(biasLength);
  return mask ? { name, shape, values, mask, bias } : { name, shape, values, bias };
}

/** Positions of the 1s in a mask, checked against the declared count before allocating. */
function positionsOf(
  mask: Uint8Array,
  keptCount: number,
  budget: DecodeBudget,
  name: string,
): Int32Array {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  if (count !== keptCount) throw new Error(`decode ${name}: kept count mismatch`);
  const out = budget.i32(count, name);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[k++] = i;
  return out;
}

/**
 * Reads a model written by encodeModel. The work and memory are bounded by the file's length
 * and `limits` (decodeGuards.ts): a crafted file is refused with a message, never a hang.
 */
export function decodeModel(
  data: Uint8Array,
  limits?: DecodeLimits,
  budget: DecodeBudget = new DecodeBudget(data.length, limits),
): CompressedLayer[] {
  const bytes = new ByteReader(data);
  for (const m of MAGIC)
    if (bytes.u8() !== m) throw new Error('decode: not a Compression Lab model');
  const version = bytes.u16();
  if (version !== VERSION) throw new Error(`decode: format version ${version} is not supported`);
  const count = bytes.u16();
  const layers = Array.from({ length: count }, () => decodeLayer(bytes, budget));
  if (bytes.pos !== data.length) throw new Error('decode: trailing bytes');
  return layers;
}
