/**
 * softmax(z / T) over plain numbers, for drawing the teacher's probabilities at any T without
 * tensors (the temperature slider redraws on every drag). Max-subtracted, so large logits
 * do not overflow.
 */
export function softenedProbabilities(
  logits: ArrayLike<number>,
  temperature: number,
): Float64Array {
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  const n = logits.length;
  const p = new Float64Array(n);
  if (n === 0) return p;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i]);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    p[i] = Math.exp((logits[i] - max) / temperature);
    sum += p[i];
  }
  for (let i = 0; i < n; i++) p[i] /= sum;
  return p;
}

/** Shannon entropy in nats, −Σ p log p (0 · log 0 = 0). Uniform over k classes gives log k. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log(p[i]);
  return h;
}
