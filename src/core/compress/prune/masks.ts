/**
 * Pruning masks from scores. A mask is a Uint8Array with 1 = keep, 0 = pruned.
 *
 * The rules, fixed so that tests (and learners) can predict every mask exactly:
 * - Number pruned = Math.round(sparsity × n) (so 0.5 of 3 prunes 2; JS rounds halves up).
 * - The lowest scores go first. Among equal scores the lower index goes first (for global
 *   scope: the earlier layer, then the lower index). No randomness, no dependence on the sort
 *   algorithm's stability.
 */

export interface MaskOptions {
  /** Layers that keep every weight (e.g. the output layer: pruning its 1,000 weights barely
   * saves bytes but hurts accuracy). They get an all-ones mask and do not count towards the
   * global budget: `sparsity` is then the fraction of the *other* layers' weights. */
  exclude?: readonly number[];
}

/** Number of weights removed from n at this sparsity (the one rounding rule, shared). */
export function pruneCount(n: number, sparsity: number): number {
  if (!(sparsity >= 0 && sparsity <= 1)) throw new Error(`sparsity ${sparsity} is not in [0, 1]`);
  return Math.min(n, Math.round(sparsity * n));
}

/**
 * The k-th smallest value (0-based) of `values`, as `values.sort()[k]` would give it (NaN sorts
 * last), in linear expected time: SynFlow thresholds its scores a hundred times per request, where
 * a full sort dominated. Reorders `values` in place.
 */
export function kthSmallest(values: Float32Array, k: number): number {
  if (!(k >= 0 && k < values.length)) throw new RangeError(`k ${k} outside 0..${values.length}`);
  // NaNs to the end, as the typed-array sort puts them.
  let end = values.length;
  for (let i = 0; i < end; i++)
    if (Number.isNaN(values[i])) {
      end--;
      values[i] = values[end];
      values[end] = NaN;
      i--;
    }
  if (k >= end) return NaN;
  let lo = 0;
  let hi = end - 1;
  while (hi > lo) {
    // Hoare partition around the median of three: afterwards [lo..j] ≤ pivot ≤ [i..hi].
    const mid = (lo + hi) >>> 1;
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/** Indices 0..n−1 sorted by (score ascending, index ascending): the pruning order. */
export function pruneOrder(scores: Float32Array): Int32Array {
  const idx = new Int32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  // Typed-array sort with an explicit index tie-break, so the order never depends on stability.
  return idx.sort((a, b) => scores[a] - scores[b] || a - b);
}

/** Keep-mask that removes the `count` lowest-ranked entries of one score array. */
export function lowestMask(scores: Float32Array, count: number): Uint8Array {
  const mask = new Uint8Array(scores.length).fill(1);
  const order = pruneOrder(scores);
  for (let k = 0; k < count; k++) mask[order[k]] = 0;
  return mask;
}

/** Layer scope: the same fraction is removed from every (non-excluded) layer. */
export function layerMasks(
  scoresPerLayer: readonly Float32Array[],
  sparsity: number,
  options: MaskOptions = {},
): Uint8Array[] {
  const excluded = new Set(options.exclude ?? []);
  return scoresPerLayer.map((s, l) =>
    excluded.has(l)
      ? new Uint8Array(s.length).fill(1)
      : lowestMask(s, pruneCount(s.length, sparsity)),
  );
}

/**
 * Global scope: one threshold over all (non-excluded) layers, so layers end up with different
 * sparsities: wide layers full of small weights lose more. Scores must be comparable across
 * layers for this to mean anything (magnitudes are; that is why global magnitude pruning works).
 */
export function globalMasks(
  scoresPerLayer: readonly Float32Array[],
  sparsity: number,
  options: MaskOptions = {},
): Uint8Array[] {
  const excluded = new Set(options.exclude ?? []);
  const masks = scoresPerLayer.map((s) => new Uint8Array(s.length).fill(1));
  // Flatten the candidates as (layer, index) pairs in layer order, so the tie-break by
  // flattened position is "earlier layer first, then lower index".
  const layerOf: number[] = [];
  const offset: number[] = [];
  let total = 0;
  scoresPerLayer.forEach((s, l) => {
    if (excluded.has(l)) return;
    layerOf.push(l);
    offset.push(total);
    total += s.length;
  });
  const flat = new Float32Array(total);
  layerOf.forEach((l, k) => flat.set(scoresPerLayer[l], offset[k]));
  const order = pruneOrder(flat);
  const count = pruneCount(total, sparsity);
  for (let r = 0; r < count; r++) {
    const e = order[r];
    // Find the layer holding flat index e (few layers: a linear scan is fine).
    let k = layerOf.length - 1;
    while (offset[k] > e) k--;
    masks[layerOf[k]][e - offset[k]] = 0;
  }
  return masks;
}

/**
 * N:M structured sparsity: in every group of `m` consecutive weights along the input axis
 * (rows i = g·m … g·m + m − 1 of one output unit's column), keep the `n` highest scores. This
 * is the pattern sparse tensor cores accelerate (2:4). A last, shorter group of r < m rows
 * keeps min(n, r). For conv filters pass units = outC: the input axis is then the flattened
 * (k, k, inC) axis.
 */
export function nmMask(scores: Float32Array, units: number, n = 2, m = 4): Uint8Array {
  if (units <= 0 || scores.length % units !== 0) {
    throw new Error(`nmMask: ${scores.length} scores do not split into ${units} units`);
  }
  if (!(n >= 0 && n <= m && m >= 1)) throw new Error(`nmMask: invalid ${n}:${m}`);
  const inputs = scores.length / units;
  const mask = new Uint8Array(scores.length);
  const group: number[] = [];
  for (let j = 0; j < units; j++) {
    for (let start = 0; start < inputs; start += m) {
      group.length = 0;
      for (let i = start; i < Math.min(start + m, inputs); i++) group.push(i * units + j);
      // Highest score first; equal scores keep the lower index (mirror of the pruning order).
      group.sort((a, b) => scores[b] - scores[a] || a - b);
      for (let k = 0; k < Math.min(n, group.length); k++) mask[group[k]] = 1;
    }
  }
  return mask;
}
