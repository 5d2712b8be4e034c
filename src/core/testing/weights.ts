/**
 * Whole-array checks for tests over tens of thousands of weights: one `expect` on the result
 * instead of one per weight (an `expect` call costs microseconds; per weight it dominated the
 * compression tests' time).
 */

/** The first index where a and b differ (Object.is: 0 and −0 differ, NaN equals NaN), or −1;
 * a length mismatch differs at the shorter length. */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : n;
}

/** Indices whose mask entry is 0 but whose weight is not exactly zero (±0 both count as zero). */
export function maskedNonZero(weights: ArrayLike<number>, mask: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let e = 0; e < mask.length; e++) if (mask[e] === 0 && weights[e] !== 0) out.push(e);
  return out;
}
