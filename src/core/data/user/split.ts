import { permutation, type Rng } from '../../random';

/**
 * A stratified split: of each class, a shuffled `testFraction` (at least one) goes to test, the
 * rest to train, so small classes are in both. Returns row indices, each list in input order.
 * Validation, where a run wants one, is carved from train (as for the built-in sets).
 */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  numClasses: number,
  testFraction: number,
  rng: Rng,
): { train: Int32Array; test: Int32Array } {
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < labels.length; i++) byClass[labels[i]].push(i);
  const train: number[] = [];
  const test: number[] = [];
  for (const rows of byClass) {
    if (rows.length === 0) continue;
    const order = permutation(rows.length, rng);
    const nTest = Math.min(rows.length - 1, Math.max(1, Math.round(rows.length * testFraction)));
    order.forEach((k, j) => (j < nTest ? test : train).push(rows[k]));
  }
  const sorted = (a: number[]) => Int32Array.from(a).sort();
  return { train: sorted(train), test: sorted(test) };
}
