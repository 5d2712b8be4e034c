import type { Rng } from '../../random';

/**
 * Importance scores: higher = more worth keeping. Masks (masks.ts) remove the lowest scores, so
 * every scoring rule here only has to agree on that one convention.
 *
 * Weight layout (the tfjs convention the model uses): dense weights are [inputs, units]
 * row-major, element (i, j) at i·units + j; conv filters are [k, k, inC, outC], whose last axis
 * is again the output unit. So "the output unit of element e" is always e mod units.
 */

/** |w|: the classic rule (Han et al. 2015). */
export function magnitudeScores(w: Float32Array): Float32Array {
  const s = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) s[i] = Math.abs(w[i]);
  return s;
}

/** Uniform noise: the baseline every real criterion must beat. Seeded, so the control is
 * reproducible. */
export function randomScores(n: number, rng: Rng): Float32Array {
  const s = new Float32Array(n);
  for (let i = 0; i < n; i++) s[i] = rng.next();
  return s;
}

/**
 * First-order Taylor saliency |w · ∂L/∂w|: the loss change predicted by removing w (set to 0),
 * to first order. Close to Optimal Brain Damage, which uses the second-order term instead.
 * `grad` is usually the gradient accumulated (summed or averaged) over a few batches.
 */
export function taylorScores(w: Float32Array, grad: Float32Array): Float32Array {
  if (w.length !== grad.length) {
    throw new Error(`taylorScores: ${w.length} weights but ${grad.length} gradients`);
  }
  const s = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) s[i] = Math.abs(w[i] * grad[i]);
  return s;
}

export type UnitNorm = 'l1' | 'l2';

/**
 * Structured scores: one per output unit (dense column / conv filter), the L1 or L2 norm of all
 * weights feeding that unit. A unit with a small norm contributes little to the next layer, so
 * removing it whole is the cheapest structured cut. Sums run in Float64 so a 784-long column
 * does not lose precision.
 */
export function unitScores(w: Float32Array, units: number, norm: UnitNorm = 'l1'): Float32Array {
  if (units <= 0 || w.length % units !== 0) {
    throw new Error(`unitScores: ${w.length} weights do not split into ${units} units`);
  }
  const acc = new Float64Array(units);
  for (let e = 0; e < w.length; e++) {
    const v = w[e];
    acc[e % units] += norm === 'l1' ? Math.abs(v) : v * v;
  }
  const s = new Float32Array(units);
  for (let j = 0; j < units; j++) s[j] = norm === 'l1' ? acc[j] : Math.sqrt(acc[j]);
  return s;
}
