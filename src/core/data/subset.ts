import { permutation } from '../random';
import type { Rng } from '../random';
import type { DataSplit } from './types';

function featureSizeOf(split: DataSplit): number {
  return split.n === 0 ? 0 : split.x.length / split.n;
}

/**
 * A seeded random subset of min(n, split.n) examples, copied (the result shares no memory
 * with `split`). A uniform random draw keeps classes about as balanced as the full split;
 * the examples keep their original relative order.
 */
export function takeSubset(split: DataSplit, n: number, rng: Rng): DataSplit {
  const m = Math.max(0, Math.min(Math.floor(n), split.n));
  return selectRows(split, permutation(split.n, rng).subarray(0, m).sort());
}

/**
 * A seeded partition of rows 0..n-1: `carved` holds min(count, n) of them (ascending), `rest`
 * all the others (in a seeded random order). Disjoint by construction, so what is carved here
 * (a validation split) can never be drawn from `rest` (what is trained on).
 */
export function carveRows(
  n: number,
  count: number,
  rng: Rng,
): { carved: Int32Array; rest: Int32Array } {
  const m = Math.max(0, Math.min(Math.floor(count), n));
  const order = permutation(n, rng);
  return { carved: order.slice(0, m).sort(), rest: order.slice(m) };
}

/** A seeded random choice of min(count, rows.length) of `rows`, ascending. */
export function pickRows(rows: Int32Array, count: number, rng: Rng): Int32Array {
  const m = Math.max(0, Math.min(Math.floor(count), rows.length));
  const order = permutation(rows.length, rng).subarray(0, m);
  return Int32Array.from(order, (i) => rows[i]).sort();
}

/** The listed rows of a split, in the order given (a copy). */
export function selectRows(split: DataSplit, rows: ArrayLike<number>): DataSplit {
  const m = rows.length;
  const f = featureSizeOf(split);
  const x = split.x instanceof Uint8Array ? new Uint8Array(m * f) : new Float32Array(m * f);
  const y = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const r = rows[i];
    x.set(split.x.subarray(r * f, (r + 1) * f), i * f);
    y[i] = split.y[r];
  }
  return { x, scale: split.scale, y, n: m };
}

/**
 * Indices of `count` examples for a sample grid: an equal share of every class where the split
 * has enough (e.g. count 20 on 10 classes → two of each), topped up with other random examples
 * otherwise, and ordered by class so a grid reads row by row.
 */
export function sampleIndices(split: DataSplit, count: number, rng: Rng): Int32Array {
  const total = Math.max(0, Math.min(Math.floor(count), split.n));
  let numClasses = 0;
  for (let i = 0; i < split.n; i++) numClasses = Math.max(numClasses, split.y[i] + 1);
  const perClass = Math.ceil(total / Math.max(1, numClasses));
  const order = permutation(split.n, rng);
  const taken = new Int32Array(numClasses);
  const chosen = new Uint8Array(split.n);
  const picked: number[] = [];
  for (let i = 0; i < split.n && picked.length < total; i++) {
    const r = order[i];
    if (taken[split.y[r]] < perClass) {
      taken[split.y[r]]++;
      chosen[r] = 1;
      picked.push(r);
    }
  }
  for (let i = 0; i < split.n && picked.length < total; i++) {
    if (!chosen[order[i]]) picked.push(order[i]);
  }
  // Stable sort: within a class the random draw order is kept.
  picked.sort((a, b) => split.y[a] - split.y[b]);
  return Int32Array.from(picked);
}
