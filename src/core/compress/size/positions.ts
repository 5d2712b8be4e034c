import type { BitReader } from './bits';

/**
 * Where the kept weights of a sparse layer are. Two encodings; the encoder stores the smaller:
 * - bitmask: 1 bit per weight, ceil(n / 8) bytes whatever the sparsity;
 * - relative indices (Deep Compression): per kept weight, the number of pruned weights skipped
 *   since the previous kept one, in b bits. Gaps that do not fit use an escape ("filler"):
 *   symbol E = 2^b − 1 means "skip E positions, no weight here". Symbols 0..E−1 mean "skip
 *   that many, then a kept weight". Unlike Deep Compression's filler zeros, an escape carries no
 *   value, so it costs b bits rather than b bits plus a code. Cheap when the layer is very sparse.
 */

/** Positions of the 1s in a mask, ascending. */
export function keptPositions(mask: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[k++] = i;
  return out;
}

/** Gap symbols (0..2^b − 1) for these positions. */
export function relativeSymbols(positions: Int32Array, gapBits: number): number[] {
  const escape = 2 ** gapBits - 1;
  const out: number[] = [];
  let cursor = 0;
  for (let k = 0; k < positions.length; k++) {
    let gap = positions[k] - cursor;
    while (gap >= escape) {
      out.push(escape);
      gap -= escape;
    }
    out.push(gap);
    cursor = positions[k] + 1;
  }
  return out;
}

/**
 * Reads `kept` positions from a relative stream into `mask` (all zeros, length n); `next`
 * returns one symbol. Every symbol read consumes at least one bit of the file (gap bits ≥ 1,
 * checked by the caller), so a stream that never reaches `kept` runs out of bytes and throws.
 */
export function readRelative(
  kept: number,
  gapBits: number,
  next: () => number,
  mask: Uint8Array,
): Uint8Array {
  const escape = 2 ** gapBits - 1;
  if (escape < 1) throw new Error('decode: relative positions need at least 1 gap bit');
  const n = mask.length;
  let cursor = 0;
  for (let k = 0; k < kept;) {
    const s = next();
    if (s === escape) {
      cursor += escape;
      continue;
    }
    const p = cursor + s;
    if (p >= n) throw new Error('decode: relative index past the end of the layer');
    mask[p] = 1;
    cursor = p + 1;
    k++;
  }
  return mask;
}

export const bitmaskBytes = (n: number): number => Math.ceil(n / 8);

/** Fills `mask` (length n) from n bits. */
export function readBitmask(r: BitReader, mask: Uint8Array): Uint8Array {
  for (let i = 0; i < mask.length; i++) mask[i] = r.read1();
  r.end();
  return mask;
}
