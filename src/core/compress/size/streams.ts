import { BitWriter, bytesForBits } from './bits';
import {
  canonicalCode,
  huffmanBits,
  huffmanLengths,
  MAX_CODE_LENGTH,
  writeHuffman,
} from './huffman';

/** Plain packing of symbols of `bits` bits each. */
export function packPlain(symbols: ArrayLike<number>, bits: number): Uint8Array {
  const w = new BitWriter();
  for (let i = 0; i < symbols.length; i++) w.write(symbols[i], bits);
  return w.finish();
}

/** Size of the Huffman form (table of 2^bits length bytes + codes) from symbol counts, or
 * Infinity when a code would be too long. */
export function huffmanCostOf(
  freq: Float64Array,
  bits: number,
): { bytes: number; lengths: Uint8Array } {
  const lengths = huffmanLengths(freq);
  if (lengths.some((l) => l > MAX_CODE_LENGTH)) return { bytes: Infinity, lengths };
  return { bytes: 2 ** bits + bytesForBits(huffmanBits(freq, lengths)), lengths };
}

/** Which form a stream of `count` symbols with these frequencies takes, and its size: Huffman
 * only when allowed and strictly smaller than plain packing. `lengths` is null for plain. */
export function chooseStream(
  freq: () => Float64Array,
  count: number,
  bits: number,
  allowHuffman: boolean,
): { bytes: number; plainBytes: number; lengths: Uint8Array | null } {
  const plainBytes = bytesForBits(count * bits);
  if (allowHuffman && count > 0) {
    const h = huffmanCostOf(freq(), bits);
    if (h.bytes < plainBytes) return { bytes: h.bytes, plainBytes, lengths: h.lengths };
  }
  return { bytes: plainBytes, plainBytes, lengths: null };
}

/** Writes symbols as chosen: plain b-bit packing, or the Huffman table then the codes. */
export function writeStream(
  symbols: ArrayLike<number>,
  bits: number,
  lengths: Uint8Array | null,
): Uint8Array {
  if (!lengths) return packPlain(symbols, bits);
  const code = canonicalCode(lengths);
  const w = new BitWriter();
  for (let i = 0; i < symbols.length; i++) writeHuffman(w, code, symbols[i]);
  const stream = w.finish();
  const bytes = new Uint8Array(lengths.length + stream.length);
  bytes.set(lengths);
  bytes.set(stream, lengths.length);
  return bytes;
}
