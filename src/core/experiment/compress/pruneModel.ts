import type { ExperimentConfig } from '../../config';
import { nmMask, pruneCount, pruneOrder } from '../../compress/prune/masks';
import type { ModelWeights } from './modelWeights';
import { unitsOf } from './modelWeights';
import { shrinkUnits, unitRemovalMasks } from './structure';
import { headRemovalMasks, headScoresOf, shrinkHeads } from './heads';

export type PruneSettings = Pick<
  ExperimentConfig['prune'],
  'sparsity' | 'granularity' | 'scope' | 'exclude'
> & {
  /** 'unit': weights compete within their output unit only (Wanda's comparison group). */
  compare?: 'unit';
};

export interface PrunedModel {
  /** The model as it will be stored: smaller layers after neuron pruning, zeros where masked. */
  model: ModelWeights;
  /** Per stored layer: 1 = kept; null = dense. (Neuron pruning needs no masks: it shrinks.) */
  masks: (Uint8Array | null)[];
  /** Per original layer, what was removed, in the original shape (for the inspectors). */
  originalMasks: (Uint8Array | null)[];
}

/** Layers that keep every weight: the output layer unless `exclude` is 'none'. */
export function excludedLayers(model: ModelWeights, exclude: PruneSettings['exclude']): number[] {
  return exclude === 'output' ? [model.layers.length - 1] : [];
}

/**
 * Rankings are the slow part of a cut (a sort of every weight); a slider drag re-cuts the same
 * scores at many sparsities, so the order is computed once per score array and reused. The
 * masks are exactly those of layerMasks / globalMasks (same order, same rounding).
 */
const orderCache = new WeakMap<Float32Array, Int32Array>();

function cachedOrder(scores: Float32Array): Int32Array {
  let order = orderCache.get(scores);
  if (!order) {
    order = pruneOrder(scores);
    orderCache.set(scores, order);
  }
  return order;
}

const flatCache = new WeakMap<readonly Float32Array[], Map<string, Float32Array>>();

/** All non-excluded scores in one array, cached per (score list, exclusion). */
function flatScores(scores: readonly Float32Array[], excluded: ReadonlySet<number>): Float32Array {
  const key = [...excluded].join(',');
  let byKey = flatCache.get(scores);
  if (!byKey) {
    byKey = new Map();
    flatCache.set(scores, byKey);
  }
  let flat = byKey.get(key);
  if (!flat) {
    const parts = scores.filter((_, l) => !excluded.has(l));
    flat = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      flat.set(p, offset);
      offset += p.length;
    }
    byKey.set(key, flat);
  }
  return flat;
}

/** Keep-masks removing the lowest-scored weights: per layer, or with one global threshold. */
export function rankedMasks(
  scores: readonly Float32Array[],
  sparsity: number,
  scope: PruneSettings['scope'],
  exclude: readonly number[],
): (Uint8Array | null)[] {
  const excluded = new Set(exclude);
  if (scope === 'layer') {
    return scores.map((s, l) => {
      if (excluded.has(l)) return null;
      const mask = new Uint8Array(s.length).fill(1);
      const order = cachedOrder(s);
      const count = pruneCount(s.length, sparsity);
      for (let k = 0; k < count; k++) mask[order[k]] = 0;
      return mask;
    });
  }
  const flat = flatScores(scores, excluded);
  const order = cachedOrder(flat);
  const count = pruneCount(flat.length, sparsity);
  // Flat index → (layer, index): prefix offsets of the non-excluded layers.
  const layerOf: number[] = [];
  const offsets: number[] = [];
  let total = 0;
  scores.forEach((s, l) => {
    if (excluded.has(l)) return;
    layerOf.push(l);
    offsets.push(total);
    total += s.length;
  });
  const masks = scores.map((s, l) => (excluded.has(l) ? null : new Uint8Array(s.length).fill(1)));
  for (let r = 0; r < count; r++) {
    const e = order[r];
    let k = layerOf.length - 1;
    while (offsets[k] > e) k--;
    masks[layerOf[k]]![e - offsets[k]] = 0;
  }
  return masks;
}

/** Keep-masks removing the lowest-scored `sparsity` of each output unit's weights, so every
 * unit keeps the same number of inputs (Wanda's per-output comparison). */
export function unitwiseMasks(
  scores: readonly Float32Array[],
  unitsPerLayer: readonly number[],
  sparsity: number,
  exclude: readonly number[],
): (Uint8Array | null)[] {
  const excluded = new Set(exclude);
  return scores.map((s, l) => {
    if (excluded.has(l)) return null;
    const units = unitsPerLayer[l];
    const fanIn = s.length / units;
    const count = pruneCount(fanIn, sparsity);
    const mask = new Uint8Array(s.length).fill(1);
    const column = new Float32Array(fanIn);
    for (let j = 0; j < units; j++) {
      for (let i = 0; i < fanIn; i++) column[i] = s[i * units + j];
      const order = pruneOrder(column);
      for (let k = 0; k < count; k++) mask[order[k] * units + j] = 0;
    }
    return mask;
  });
}

/** Mean score of each unit's weights: comparable across layers of different fan-in. */
export function unitMeanScores(scores: Float32Array, units: number): Float32Array {
  const sums = new Float64Array(units);
  for (let e = 0; e < scores.length; e++) sums[e % units] += scores[e];
  const perUnit = scores.length / units;
  return Float32Array.from(sums, (s) => s / perUnit);
}

/** `model` with the masked weights set to 0 (layers without a mask are shared, not copied). */
export function maskWeights(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
): ModelWeights {
  return {
    spec: model.spec,
    layers: model.layers.map((layer, l) => {
      const mask = masks[l];
      if (!mask) return layer;
      return { ...layer, weights: layer.weights.map((w, e) => (mask[e] ? w : 0)) };
    }),
  };
}

/**
 * Cuts a model by its scores (higher = more important). Weight granularity masks single
 * weights; '2:4' keeps the 2 best of every 4 inputs of each unit (sparsity is then 50 % by
 * construction); 'neuron' removes whole units (never the output layer's: they are the classes),
 * always keeping at least one unit per layer; 'head' removes whole attention heads of a vision
 * transformer (the `sparsity` fraction of heads), keeping at least one per block.
 */
export function pruneModel(
  model: ModelWeights,
  settings: PruneSettings,
  scores: readonly Float32Array[],
): PrunedModel {
  const { granularity, sparsity, scope } = settings;
  if (granularity === 'weight' || granularity === '2:4') {
    const excluded = new Set(excludedLayers(model, settings.exclude));
    // Wanda's weight × activation has no activation for a norm's gains or a token table.
    if (settings.compare === 'unit')
      model.layers.forEach((l, i) => {
        if (l.spec.kind === 'norm' || l.spec.kind === 'tokens') excluded.add(i);
      });
    const masks =
      granularity === 'weight'
        ? sparsity > 0
          ? settings.compare === 'unit'
            ? unitwiseMasks(
                scores,
                model.layers.map((l) => unitsOf(l.spec)),
                sparsity,
                [...excluded],
              )
            : rankedMasks(scores, sparsity, scope, [...excluded])
          : model.layers.map(() => null)
        : model.layers.map((layer, l) =>
            excluded.has(l) ? null : nmMask(scores[l], unitsOf(layer.spec), 2, 4),
          );
    return { model: maskWeights(model, masks), masks, originalMasks: masks };
  }

  if (granularity === 'head') return pruneHeads(model, sparsity, scope, scores);

  const hidden = model.layers.length - 1;
  const unitScores = model.layers
    .slice(0, hidden)
    .map((layer, l) => unitMeanScores(scores[l], unitsOf(layer.spec)));
  const removal = rankedMasks(unitScores, sparsity, scope, []);
  const keep = removal.map((mask, l) => {
    const k = mask ?? new Uint8Array(unitScores[l].length).fill(1);
    // A layer with no units cuts the network in two: keep its best unit.
    if (!k.includes(1)) k[cachedOrder(unitScores[l])[k.length - 1]] = 1;
    return k;
  });
  let shrunk = model;
  keep.forEach((k, l) => {
    if (k.includes(0)) shrunk = shrinkUnits(shrunk, l, k);
  });
  return {
    model: shrunk,
    masks: shrunk.layers.map(() => null),
    originalMasks: unitRemovalMasks(model, [...keep, null]),
  };
}

/**
 * Global head ranking: removes the pruneCount(all heads, sparsity) lowest-scored heads (ties by
 * block, then head), skipping a block's last head for the next-lowest elsewhere, so exactly
 * that many go (at most all but one per block). Restoring a block's last head after the cut
 * instead would keep more heads than asked.
 */
export function globalHeadKeep(perBlock: readonly Float32Array[], sparsity: number): Uint8Array[] {
  const keep = perBlock.map((s) => new Uint8Array(s.length).fill(1));
  const left = perBlock.map((s) => s.length);
  const all = perBlock.flatMap((s, b) => Array.from(s, (score, h) => ({ score, b, h })));
  all.sort((x, y) => x.score - y.score || x.b - y.b || x.h - y.h);
  let count = pruneCount(all.length, sparsity);
  for (const { b, h } of all) {
    if (count === 0) break;
    if (left[b] === 1) continue;
    keep[b][h] = 0;
    left[b]--;
    count--;
  }
  return keep;
}

/** Removes the lowest-scored fraction of heads: per block (scope 'layer') or over all blocks. */
function pruneHeads(
  model: ModelWeights,
  sparsity: number,
  scope: PruneSettings['scope'],
  scores: readonly Float32Array[],
): PrunedModel {
  const perBlock = headScoresOf(model, scores);
  const keep =
    scope === 'global'
      ? globalHeadKeep(perBlock, sparsity)
      : rankedMasks(perBlock, sparsity, scope, []).map((mask, b) => {
          const k = mask ?? new Uint8Array(perBlock[b].length).fill(1);
          // A block without heads would still pass its input on, but the lab never removes them all.
          if (!k.includes(1)) k[cachedOrder(perBlock[b])[k.length - 1]] = 1;
          return k;
        });
  let shrunk = model;
  keep.forEach((k, b) => {
    if (k.includes(0)) shrunk = shrinkHeads(shrunk, b, k);
  });
  return {
    model: shrunk,
    masks: shrunk.layers.map(() => null),
    originalMasks: headRemovalMasks(model, keep),
  };
}
