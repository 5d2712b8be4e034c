/**
 * Checks the decoder makes before it trusts a number from a file (FORMAT.md). A model file can
 * come from anywhere (a download re-loaded, a file crafted to hang the worker), so every
 * declared count is checked against the bytes actually present, every loop is shown to make
 * progress, and every allocation proportional to a declared count goes through one budget.
 * Helpers, so a new layer kind (product quantization, …) guards its own fields the same way.
 */
import type { ByteReader } from './bits';
import { MAX_GAP_BITS } from './encode';

export interface DecodeLimits {
  /** Most bytes the decoder may allocate for one file, whatever its size (per device). */
  maxBytes: number;
  /**
   * Most bytes it may allocate per byte of file. A sparse layer legitimately expands: its mask
   * and dense values take 2–5 bytes per weight while relative indices store a 99 %-sparse
   * layer in ~1 byte per kept weight (~100× for the lab's sparsest models, measured in the
   * tests). Random or crafted files stay far below this; what they declare beyond it is refused.
   */
  maxExpansion: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxBytes: 256 * 2 ** 20,
  maxExpansion: 256,
};

/** Tracks what one decode allocates; throws before an allocation that would pass the limit. */
export class DecodeBudget {
  readonly limitBytes: number;
  usedBytes = 0;

  constructor(fileBytes: number, limits: DecodeLimits = DEFAULT_DECODE_LIMITS) {
    this.limitBytes = Math.min(limits.maxBytes, limits.maxExpansion * Math.max(1, fileBytes));
  }

  reserve(bytes: number, what: string): void {
    if (!Number.isSafeInteger(bytes) || bytes < 0 || this.usedBytes + bytes > this.limitBytes) {
      throw new Error(
        `decode ${what}: the file declares more data than it can hold (${bytes} bytes needed, ${this.limitBytes - this.usedBytes} allowed)`,
      );
    }
    this.usedBytes += bytes;
  }

  f32(count: number, what: string): Float32Array {
    this.reserve(count * 4, what);
    return new Float32Array(count);
  }

  i32(count: number, what: string): Int32Array {
    this.reserve(count * 4, what);
    return new Int32Array(count);
  }

  u8(count: number, what: string): Uint8Array {
    this.reserve(count, what);
    return new Uint8Array(count);
  }
}

/** Throws unless `bytes` more bytes are present (before anything of that size is built). */
export function needBytes(reader: ByteReader, bytes: number, what: string): void {
  if (!Number.isSafeInteger(bytes) || bytes > reader.remaining) {
    throw new Error(
      `decode ${what}: declares ${bytes} bytes but only ${reader.remaining} remain in the file`,
    );
  }
}

/** Throws unless a stream of `symbols` symbols of at least `minBits` bits each can fit. */
export function needBits(reader: ByteReader, symbols: number, minBits: number, what: string) {
  needBytes(reader, Math.ceil((symbols * minBits) / 8), what);
}

/** The largest rank the lab writes (conv kernels are 4-D). */
export const MAX_RANK = 4;

/** Rank 1..4, every dim ≥ 1, and a weight count that is a safe integer. */
export function checkShape(shape: readonly number[], what: string): number {
  if (shape.length < 1 || shape.length > MAX_RANK)
    throw new Error(`decode ${what}: rank ${shape.length} (expected 1..${MAX_RANK})`);
  let n = 1;
  for (const d of shape) {
    if (d < 1) throw new Error(`decode ${what}: a dimension is 0`);
    n *= d;
  }
  if (!Number.isSafeInteger(n)) throw new Error(`decode ${what}: too many weights`);
  return n;
}

/** Value codes are 1..8 bits (they are stored in bytes), float32 is 32. */
export function checkValueBits(bits: number, float: boolean, what: string): void {
  const ok = float ? bits === 32 : bits >= 1 && bits <= 8;
  if (!ok)
    throw new Error(`decode ${what}: ${bits} bits per value (expected ${float ? 32 : '1..8'})`);
}

/** The encoder's gap widths: 1..16. Zero would make the escape 0 and a loop without progress. */
export function checkGapBits(bits: number, what: string): void {
  if (bits < 1 || bits > MAX_GAP_BITS)
    throw new Error(`decode ${what}: ${bits} gap bits (expected 1..${MAX_GAP_BITS})`);
}

/**
 * A Huffman table must describe a complete prefix code: Kraft sum exactly 1 (more is
 * oversubscribed: two symbols share a code; less leaves codes that decode to nothing), or the
 * single-symbol case the encoder writes (one code of length 1).
 */
export function checkHuffmanLengths(lengths: Uint8Array, maxLength: number, what: string): void {
  let used = 0;
  let kraft = 0;
  for (const l of lengths) {
    if (l === 0) continue;
    if (l > maxLength) throw new Error(`decode ${what}: Huffman code of ${l} bits`);
    used++;
    kraft += 2 ** (maxLength - l);
  }
  const complete = kraft === 2 ** maxLength;
  if (used === 0) throw new Error(`decode ${what}: empty Huffman table`);
  if (used === 1 ? kraft !== 2 ** (maxLength - 1) : !complete)
    throw new Error(
      `decode ${what}: Huffman table is ${kraft > 2 ** maxLength ? 'oversubscribed' : 'incomplete'}`,
    );
}
