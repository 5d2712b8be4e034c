import type { BitReader, BitWriter } from './bits';

/**
 * Canonical Huffman coding (as Deep Compression applies to weight codes and index gaps).
 * Only the code *lengths* are stored (one byte per symbol of the alphabet, 0 = unused); both
 * sides rebuild the same codes from them: symbols sorted by (length, symbol) take consecutive
 * code values. Code lengths come from the classic merge of the two lightest nodes, ties broken
 * by creation order, so the encoder is deterministic.
 */

/** Longest code we write; beyond it the stream is left uncompressed (never happens at our
 * sizes: a 31-bit code needs a symbol ~Fibonacci(33) ≈ 3.5 M times rarer than the most common). */
export const MAX_CODE_LENGTH = 30;

/** Code length per symbol for these frequencies (0 for symbols that never occur). */
export function huffmanLengths(freq: ArrayLike<number>): Uint8Array {
  const k = freq.length;
  const lengths = new Uint8Array(k);
  type Node = { weight: number; id: number; symbols: number[] };
  let nodes: Node[] = [];
  for (let s = 0; s < k; s++) if (freq[s] > 0) nodes.push({ weight: freq[s], id: s, symbols: [s] });
  if (nodes.length === 1) {
    lengths[nodes[0].id] = 1; // one symbol still needs one bit per occurrence
    return lengths;
  }
  let nextId = k;
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.weight - b.weight || a.id - b.id);
    const [a, b] = nodes;
    // Every symbol under the merged node moves one level deeper.
    for (const s of a.symbols) lengths[s]++;
    for (const s of b.symbols) lengths[s]++;
    nodes = [
      { weight: a.weight + b.weight, id: nextId++, symbols: a.symbols.concat(b.symbols) },
      ...nodes.slice(2),
    ];
  }
  return lengths;
}

export interface CanonicalCode {
  /** Code value per symbol (valid where lengths[s] > 0). */
  codes: Int32Array;
  lengths: Uint8Array;
  /** For decoding: symbols in canonical order and the count of codes of each length. */
  sorted: number[];
  countPerLength: number[];
  maxLength: number;
}

export function canonicalCode(lengths: Uint8Array): CanonicalCode {
  const sorted: number[] = [];
  for (let s = 0; s < lengths.length; s++) if (lengths[s] > 0) sorted.push(s);
  sorted.sort((a, b) => lengths[a] - lengths[b] || a - b);
  const maxLength = sorted.length ? lengths[sorted[sorted.length - 1]] : 0;
  const countPerLength = new Array<number>(maxLength + 1).fill(0);
  const codes = new Int32Array(lengths.length);
  let code = 0;
  let prevLen = 0;
  for (const s of sorted) {
    code <<= lengths[s] - prevLen;
    prevLen = lengths[s];
    codes[s] = code++;
    countPerLength[lengths[s]]++;
  }
  return { codes, lengths, sorted, countPerLength, maxLength };
}

/** Total bits of the symbols under these code lengths. */
export function huffmanBits(freq: ArrayLike<number>, lengths: Uint8Array): number {
  let bits = 0;
  for (let s = 0; s < lengths.length; s++) bits += freq[s] * lengths[s];
  return bits;
}

export function writeHuffman(w: BitWriter, code: CanonicalCode, symbol: number): void {
  w.write(code.codes[symbol], code.lengths[symbol]);
}

/** Reads one symbol: the canonical decoding loop (as in zlib's puff.c). */
export function readHuffman(r: BitReader, code: CanonicalCode): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len <= code.maxLength; len++) {
    value |= r.read1();
    const count = code.countPerLength[len];
    if (value - first < count) return code.sorted[index + value - first];
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new Error('decode: invalid Huffman code');
}

/** Symbol frequencies over an alphabet of size k. */
export function frequencies(symbols: ArrayLike<number>, k: number): Float64Array {
  const f = new Float64Array(k);
  for (let i = 0; i < symbols.length; i++) f[symbols[i]]++;
  return f;
}
