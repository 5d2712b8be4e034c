/**
 * Rows are true classes, columns predicted ones: cell [t][p] counts examples of class t that
 * were predicted as p. Labels outside 0..numClasses-1 are skipped rather than trusted.
 */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  numClasses: number,
): number[][] {
  const m = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  const n = Math.min(labels.length, predicted.length);
  for (let i = 0; i < n; i++) {
    const t = labels[i];
    const p = predicted[i];
    if (t < numClasses && p < numClasses) m[t][p]++;
  }
  return m;
}

/** Fraction of examples where the prediction equals the label. */
export function accuracyOf(labels: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const n = Math.min(labels.length, predicted.length);
  if (n === 0) return 0;
  let right = 0;
  for (let i = 0; i < n; i++) if (labels[i] === predicted[i]) right++;
  return right / n;
}

/**
 * Test indices the dense model got right and the compressed one gets wrong: what compression
 * broke. The first `limit`, in test-set order, plus how many there are in all.
 */
export function newlyWrong(
  labels: ArrayLike<number>,
  dense: ArrayLike<number>,
  compressed: ArrayLike<number>,
  limit: number,
): { indices: number[]; count: number } {
  const indices: number[] = [];
  let count = 0;
  const n = Math.min(labels.length, dense.length, compressed.length);
  for (let i = 0; i < n; i++) {
    if (dense[i] === labels[i] && compressed[i] !== labels[i]) {
      count++;
      if (indices.length < limit) indices.push(i);
    }
  }
  return { indices, count };
}
