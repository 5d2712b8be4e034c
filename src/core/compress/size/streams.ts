import { BitWriter, bytesForBits } from './bits';
import {
  canonicalCode,
  frequencies,
  huffmanBits,
  huffmanLengths,
  MAX_CODE_LENGTH,
  writeHuffman,
} from './huffman';

/** A symbol stream ready to write: either plain b-bit packing or a Huffman table + codes. */
export interface PackedStream {
  /** Bytes as written (Huffman: the length table first, then the codes). */
  bytes: Uint8Array;
  huffman: boolean;
  /** What plain packing would have cost; the difference is the Huffman saving. */
  plainBytes: number;
}

/** Plain packing of symbols of `bits` bits each. */
export function packPlain(symbols: ArrayLike<number>, bits: number): Uint8Array {
  const w = new BitWriter();
  for (let i = 0; i < symbols.length; i++) w.write(symbols[i], bits);
  return w.finish();
}

/** Size of the Huffman form (table of 2^bits length bytes + codes), or Infinity when a code
 * would be too long. */
export function huffmanCost(
  symbols: ArrayLike<number>,
  bits: number,
): { bytes: number; lengths: Uint8Array } {
  return huffmanCostOf(frequencies(symbols, 2 ** bits), bits);
}

/** The same from symbol counts (when the symbols themselves are never built). */
export function huffmanCostOf(
  freq: Float64Array,
  bits: number,
): { bytes: number; lengths: Uint8Array } {
  const lengths = huffmanLengths(freq);
  if (lengths.some((l) => l > MAX_CODE_LENGTH)) return { bytes: Infinity, lengths };
  return { bytes: 2 ** bits + bytesForBits(huffmanBits(freq, lengths)), lengths };
}

/** Packs a stream, using Huffman only when allowed and strictly smaller. */
export function packStream(
  symbols: ArrayLike<number>,
  bits: number,
  allowHuffman: boolean,
): PackedStream {
  const plainBytes = bytesForBits(symbols.length * bits);
  if (allowHuffman && symbols.length > 0) {
    const h = huffmanCost(symbols, bits);
    if (h.bytes < plainBytes) {
      const code = canonicalCode(h.lengths);
      const w = new BitWriter();
      for (let i = 0; i < symbols.length; i++) writeHuffman(w, code, symbols[i]);
      const stream = w.finish();
      const bytes = new Uint8Array(h.lengths.length + stream.length);
      bytes.set(h.lengths);
      bytes.set(stream, h.lengths.length);
      return { bytes, huffman: true, plainBytes };
    }
  }
  return { bytes: packPlain(symbols, bits), huffman: false, plainBytes };
}
