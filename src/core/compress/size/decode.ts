import type { BitReader } from './bits';
import { ByteReader } from './bits';
import { FLAG, KIND, MAGIC, POSITIONS, VERSION } from './encode';
import { canonicalCode, readHuffman } from './huffman';
import type { CanonicalCode } from './huffman';
import type { CompressedLayer, WeightValues } from './model';
import { weightCount } from './model';
import { keptPositions, readBitmask, readRelative } from './positions';

const utf8 = new TextDecoder();

/** One symbol reader for a stream: Huffman (table read first) or plain b-bit. */
function symbolReader(
  bytes: ByteReader,
  bits: number,
  huffman: boolean,
): { r: BitReader; next: () => number } {
  let code: CanonicalCode | null = null;
  if (huffman) code = canonicalCode(bytes.bytes(2 ** bits));
  const r = bytes.bits();
  return { r, next: code ? () => readHuffman(r, code) : () => r.read(bits) };
}

function decodeLayer(bytes: ByteReader): CompressedLayer {
  const name = utf8.decode(bytes.bytes(bytes.u8()));
  const rank = bytes.u8();
  const shape = Array.from({ length: rank }, () => bytes.u32());
  const n = weightCount(shape);
  const kind = bytes.u8();
  const bits = bytes.u8();
  const flags = bytes.u8();
  const positionKind = bytes.u8();
  const gapBits = bytes.u8();
  const keptCount = bytes.u32();
  const biasLength = bytes.u32();

  let scales: Float32Array = new Float32Array(0);
  let zeroPoints: Int32Array = new Int32Array(0);
  const asymmetric = (flags & FLAG.asymmetric) !== 0;
  const perChannel = (flags & FLAG.perChannel) !== 0;
  if (kind === KIND.uniform) {
    const groups = perChannel ? shape[rank - 1] : 1;
    scales = bytes.f32s(groups);
    zeroPoints = asymmetric
      ? Int32Array.from(bytes.bytes(groups))
      : new Int32Array(groups).fill(bits === 1 ? 0 : 2 ** (bits - 1));
  }
  const block = kind === KIND.pq ? bytes.u8() : 0;
  if (kind === KIND.pq && block === 0) throw new Error(`decode ${name}: pq block 0`);
  const codebook =
    kind === KIND.kmeans
      ? bytes.f32s(2 ** bits)
      : kind === KIND.pq
        ? bytes.f32s(2 ** bits * block)
        : new Float32Array(0);

  let mask: Uint8Array | undefined;
  if (positionKind === POSITIONS.bitmask) {
    mask = readBitmask(bytes.bits(), n);
  } else if (positionKind === POSITIONS.relative) {
    const { r, next } = symbolReader(bytes, gapBits, (flags & FLAG.gapHuffman) !== 0);
    mask = readRelative(keptCount, gapBits, next, n);
    r.end();
  } else if (positionKind !== POSITIONS.dense) {
    throw new Error(`decode ${name}: unknown position encoding ${positionKind}`);
  }
  const kept = mask ? keptPositions(mask) : null;
  if ((kept ? kept.length : n) !== keptCount)
    throw new Error(`decode ${name}: kept count mismatch`);
  const at = (k: number) => (kept ? kept[k] : k);

  let values: WeightValues;
  if (kind === KIND.float) {
    const stored = bytes.f32s(keptCount);
    const full = new Float32Array(n);
    for (let k = 0; k < keptCount; k++) full[at(k)] = stored[k];
    values = { kind: 'float', values: full };
  } else if (kind === KIND.pq) {
    const codes = new Uint8Array(Math.ceil(n / block));
    const { r, next } = symbolReader(bytes, bits, (flags & FLAG.valueHuffman) !== 0);
    for (let b = 0; b < codes.length; b++) {
      let stored = !mask;
      for (let e = b * block; !stored && e < Math.min(n, (b + 1) * block); e++)
        stored = mask![e] === 1;
      if (stored) codes[b] = next();
    }
    r.end();
    values = { kind: 'pq', bits, block, codebook, codes };
  } else if (kind === KIND.uniform || kind === KIND.kmeans) {
    const codes = new Uint8Array(n);
    const { r, next } = symbolReader(bytes, bits, (flags & FLAG.valueHuffman) !== 0);
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

/** Reads a model written by encodeModel. */
export function decodeModel(data: Uint8Array): CompressedLayer[] {
  const bytes = new ByteReader(data);
  for (const m of MAGIC)
    if (bytes.u8() !== m) throw new Error('decode: not a Compression Lab model');
  const version = bytes.u16();
  if (version !== VERSION) throw new Error(`decode: format version ${version} is not supported`);
  const count = bytes.u16();
  const layers = Array.from({ length: count }, () => decodeLayer(bytes));
  if (bytes.pos !== data.length) throw new Error('decode: trailing bytes');
  return layers;
}
