import type { AttnSpec } from '../../model/layers';
import { vitIndex } from '../../model/vitSpec';
import type { ModelWeights } from './modelWeights';

/**
 * Whole-head structure of a vision transformer, on plain arrays: which weights belong to
 * which head, and cutting heads out. Head h of a block owns columns h·d_h … (h+1)·d_h − 1 of
 * q, k, v (and those biases) and the same rows of o (see model/layers.ts).
 */

/** Per block, its q/k/v/o layer indices in the model. */
export function attentionBlocks(
  model: ModelWeights,
): { q: number; k: number; v: number; o: number }[] {
  return vitIndex(model.layers.map((l) => l.spec)).blocks.map(({ q, k, v, o }) => ({ q, k, v, o }));
}

const attnSpec = (model: ModelWeights, layer: number): AttnSpec => {
  const s = model.layers[layer].spec;
  if (s.kind !== 'attn') throw new Error(`${s.name} is not an attention projection`);
  return s;
};

/** Heads per block. */
export const headCounts = (model: ModelWeights): number[] =>
  attentionBlocks(model).map((b) => attnSpec(model, b.q).heads);

/** Which head a weight of an attention layer belongs to (element e, row-major). */
function headOf(spec: AttnSpec, e: number): number {
  const inner = spec.heads * spec.headDim;
  return spec.role === 'o'
    ? Math.floor(Math.floor(e / spec.dim) / spec.headDim)
    : Math.floor((e % inner) / spec.headDim);
}

/**
 * Per-layer score arrays (the pipeline's currency) carrying one score per head: every weight of
 * head h in q, k, v and o gets that head's score; other layers get zeros (head pruning leaves
 * them alone).
 */
export function spreadHeadScores(
  model: ModelWeights,
  perBlock: readonly Float32Array[],
): Float32Array[] {
  const out = model.layers.map((l) => new Float32Array(l.weights.length));
  attentionBlocks(model).forEach((b, i) => {
    for (const layer of [b.q, b.k, b.v, b.o]) {
      const spec = attnSpec(model, layer);
      const s = out[layer];
      for (let e = 0; e < s.length; e++) s[e] = perBlock[i][headOf(spec, e)];
    }
  });
  return out;
}

/** The per-head scores back from spread arrays (read from q's first row). */
export function headScoresOf(model: ModelWeights, scores: readonly Float32Array[]): Float32Array[] {
  return attentionBlocks(model).map((b) => {
    const spec = attnSpec(model, b.q);
    return Float32Array.from({ length: spec.heads }, (_, h) => scores[b.q][h * spec.headDim]);
  });
}

/**
 * The model with the heads of one block where `keep` is 0 removed: q, k, v lose those columns
 * (and biases), o loses those rows. Nothing else changes, so the remaining heads compute
 * exactly what they did, and the output equals the full model with those heads' gates at 0.
 */
export function shrinkHeads(model: ModelWeights, block: number, keep: Uint8Array): ModelWeights {
  const b = attentionBlocks(model)[block];
  const heads = attnSpec(model, b.q).heads;
  if (keep.length !== heads)
    throw new Error(`shrinkHeads: ${keep.length} flags for ${heads} heads`);
  const kept = keep.reduce((s, k) => s + (k ? 1 : 0), 0);
  if (kept === 0) throw new Error('shrinkHeads: at least one head must stay');
  const layers = model.layers.slice();
  for (const index of [b.q, b.k, b.v, b.o]) {
    const layer = model.layers[index];
    const spec = attnSpec(model, index);
    const inner = spec.heads * spec.headDim;
    const weights = layer.weights.filter((_, e) => keep[headOf(spec, e)] === 1);
    const bias =
      spec.role === 'o'
        ? layer.bias
        : layer.bias.filter((_, j) => keep[Math.floor((j % inner) / spec.headDim)] === 1);
    layers[index] = { spec: { ...spec, heads: kept }, weights, bias };
  }
  return { spec: { ...model.spec, layers: layers.map((l) => l.spec) }, layers };
}

/** Keep-masks in the original shapes (0 on a removed head's weights), for the inspectors. */
export function headRemovalMasks(
  model: ModelWeights,
  keepPerBlock: readonly Uint8Array[],
): (Uint8Array | null)[] {
  const masks: (Uint8Array | null)[] = model.layers.map(() => null);
  attentionBlocks(model).forEach((b, i) => {
    const keep = keepPerBlock[i];
    if (keep.every((k) => k === 1)) return;
    for (const index of [b.q, b.k, b.v, b.o]) {
      const spec = attnSpec(model, index);
      masks[index] = Uint8Array.from(model.layers[index].weights, (_, e) => keep[headOf(spec, e)]);
    }
  });
  return masks;
}
