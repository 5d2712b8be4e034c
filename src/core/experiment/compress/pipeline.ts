import type { ExperimentConfig } from '../../config';
import { iterativeSparsities, gradualSparsity } from '../../compress/prune/schedule';
import { magnitudeScores } from '../../compress/prune/scores';
import type { CompressedLayer } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import { decodeModel } from '../../compress/size/decode';
import { encodeModelWithBreakdown } from '../../compress/size/modelSize';
import type { SizeBreakdown } from '../../compress/size/modelSize';
import type { CompressForm } from './types';
import type { TrainContext } from './compressTraining';
import { finetuneCodebooks, trainCompressed } from './compressTraining';
import type { ModelWeights } from './modelWeights';
import type { PrunedModel } from './pruneModel';
import { maskWeights, pruneModel } from './pruneModel';
import { isPruning } from './asks';
import type { Codebooks } from './quantizeModel';
import { compressLayers } from './quantizeModel';

/** Where the pipeline gets what it cannot compute from the config alone. */
export interface PipelineSource {
  /** The trained target. */
  dense: ModelWeights;
  /** The target's weights before training (lottery-ticket rewind) and a fresh random init. */
  initial: () => Promise<ModelWeights>;
  reinit: () => Promise<ModelWeights>;
  /** The target's own training length, used when rewound weights need retraining. */
  targetEpochs: number;
  /** Importance scores for a model by the config's method (the caller caches them). */
  scores: (model: ModelWeights, prune: ExperimentConfig['prune']) => Promise<Float32Array[]>;
  /** Factorised model for a rank fraction (the caller caches it, so score caches hit). */
  factorised: (fraction: number) => ModelWeights;
}

export interface PipelineResult {
  /** As stored in the file. */
  layers: CompressedLayer[];
  bytes: Uint8Array;
  breakdown: SizeBreakdown;
  /** The weights the compressed model computes with (decoded from `bytes` unless preview). */
  model: ModelWeights;
  /** Per original layer, what pruning removed, in the original shape. */
  originalMasks: (Uint8Array | null)[];
}

/** The cheap form a slider drag can afford: one cut, no training, PTQ for QAT. */
export function cheapForm(config: ExperimentConfig): ExperimentConfig {
  return {
    ...config,
    prune: { ...config.prune, schedule: 'oneshot', finetuneEpochs: 0, init: 'keep' },
    quant: {
      ...config.quant,
      mode: config.quant.mode === 'qat' ? 'ptq' : config.quant.mode,
      epochs: 0,
    },
  };
}

/** Scores that make a re-cut reproduce `masks` exactly: kept = 1, pruned = 0. */
const maskScores = (model: ModelWeights, masks: readonly (Uint8Array | null)[]): Float32Array[] =>
  model.layers.map((l, i) => {
    const m = masks[i];
    return m ? Float32Array.from(m) : new Float32Array(l.weights.length).fill(1);
  });

/** The same cut, applied to other weights of the same shape (rewind / re-init). */
function recut(
  model: ModelWeights,
  originalMasks: readonly (Uint8Array | null)[],
  prune: ExperimentConfig['prune'],
): PrunedModel {
  return pruneModel(maskWeights(model, originalMasks), prune, maskScores(model, originalMasks));
}

/**
 * Where training after a cut starts: the weights at hand (keep), or the target's initial /
 * fresh random weights, made once per request however many rounds rewind to them. Factor
 * layers have no "initial value" of their own: rewind applies to plain layers only.
 */
function restartFrom(
  source: PipelineSource,
  init: ExperimentConfig['prune']['init'],
  factorised: boolean,
): (current: ModelWeights) => Promise<ModelWeights> {
  if (init === 'keep' || factorised) return (current) => Promise.resolve(current);
  let fresh: Promise<ModelWeights> | null = null;
  return () => (fresh ??= init === 'rewind' ? source.initial() : source.reinit());
}

/** Pruning as the config's schedule asks; returns the cut (and trained) model. */
async function prune(
  source: PipelineSource,
  start: ModelWeights,
  config: ExperimentConfig,
  ctx: TrainContext,
  factorised: boolean,
): Promise<PrunedModel> {
  const p = config.prune;
  const restart = restartFrom(source, p.init, factorised);
  if (p.schedule === 'iterative' && p.granularity !== '2:4') {
    let current = start;
    let masks: (Uint8Array | null)[] = start.layers.map(() => null);
    const steps = iterativeSparsities(p.sparsity, p.rounds);
    const epochs = Math.max(1, p.finetuneEpochs);
    for (const [r, sparsity] of steps.entries()) {
      const raw = await source.scores(current, p);
      // Weights already pruned stay pruned whatever their new score.
      const scores = raw.map((s, i) => {
        const m = masks[i];
        return m ? s.map((v, e) => (m[e] ? v : -Infinity)) : s;
      });
      masks = pruneModel(current, { ...p, sparsity }, scores).originalMasks;
      current = await trainCompressed(
        maskWeights(await restart(current), masks),
        { epochs, masks },
        {
          ...ctx,
          purpose: `${ctx.purpose}-round${r}`,
          span: [r / steps.length, (r + 1) / steps.length],
        },
      );
    }
    return recut(current, masks, p);
  }
  if (p.schedule === 'gradual' && p.granularity !== '2:4') {
    const epochs = Math.max(1, p.finetuneEpochs);
    const events = 10;
    const trained = await trainCompressed(
      start,
      {
        epochs,
        updateMasks: async (step, total, current) => {
          // Prune during the first three quarters, then let the survivors recover.
          const dt = Math.max(1, Math.floor((0.75 * total) / events));
          if (step % dt !== 0 || step > events * dt) return null;
          const sparsity = gradualSparsity(step, { si: 0, sf: p.sparsity, t0: 0, n: events, dt });
          const now = await current();
          const scores = now.layers.map((l) => magnitudeScores(l.weights));
          return pruneModel(now, { ...p, sparsity }, scores).originalMasks;
        },
      },
      ctx,
    );
    return pruneModel(
      trained,
      p,
      trained.layers.map((l) => magnitudeScores(l.weights)),
    );
  }
  const cut = pruneModel(start, p, await source.scores(start, p));
  const retrain = p.init !== 'keep' && !factorised;
  const epochs = p.finetuneEpochs > 0 ? p.finetuneEpochs : retrain ? source.targetEpochs : 0;
  if (epochs === 0) return cut;
  const base = retrain ? recut(await restart(start), cut.originalMasks, p) : cut;
  const trained = await trainCompressed(base.model, { epochs, masks: base.masks }, ctx);
  return { ...base, model: trained };
}

/** Weights as the model computes with them, from stored layers (factor layers get a 0 bias). */
function computedModel(template: ModelWeights, layers: readonly CompressedLayer[]): ModelWeights {
  return {
    spec: template.spec,
    layers: template.layers.map((l, i) => ({
      spec: l.spec,
      weights: layerWeights(layers[i]),
      bias: layers[i].bias.length > 0 ? layers[i].bias : new Float32Array(l.bias.length),
    })),
  };
}

/**
 * Low-rank → prune → quantize → encode, in that order, then the weights the model will really
 * compute with. `commit` and `full` decode the bytes they measured, so the accuracy reported is
 * the accuracy of the file; `preview` skips the decode (the round trip is bit-exact, tested).
 */
export async function runPipeline(
  source: PipelineSource,
  requested: ExperimentConfig,
  form: CompressForm,
  ctx: TrainContext,
): Promise<PipelineResult> {
  const config = form === 'full' ? requested : cheapForm(requested);
  const factorised = config.lowrank.rank < 1;
  const start = factorised ? source.factorised(config.lowrank.rank) : source.dense;
  const pruned: PrunedModel = isPruning(config.prune)
    ? await prune(source, start, config, { ...ctx, purpose: 'compress-prune' }, factorised)
    : {
        model: start,
        masks: start.layers.map(() => null),
        originalMasks: start.layers.map(() => null),
      };

  const q = config.quant;
  let model = pruned.model;
  let codebooks: Codebooks | undefined;
  if (q.bits < 32 && q.mode === 'qat' && q.epochs > 0) {
    model = await trainCompressed(
      model,
      { epochs: q.epochs, masks: pruned.masks, quant: { ...q } },
      { ...ctx, purpose: 'compress-qat' },
    );
  }
  let layers = compressLayers(model, pruned.masks, q);
  if (q.bits < 32 && q.mode === 'kmeans' && q.epochs > 0) {
    const shared = layers.map((l) =>
      l.values.kind === 'kmeans' ? { codebook: l.values.codebook, codes: l.values.codes } : null,
    );
    if (shared.every((s) => s !== null)) {
      const tuned = await finetuneCodebooks(model, pruned.masks, shared as Codebooks, q.epochs, {
        ...ctx,
        purpose: 'compress-kmeans',
      });
      codebooks = tuned.codebooks;
      model = tuned.model;
      layers = compressLayers(model, pruned.masks, q, codebooks);
    }
  }
  const { bytes, breakdown } = encodeModelWithBreakdown(layers, {
    huffman: config.size.coding === 'huffman',
  });
  const stored = form === 'preview' ? layers : decodeModel(bytes);
  return {
    layers,
    bytes,
    breakdown,
    model: computedModel(model, stored),
    originalMasks: factorised ? source.dense.layers.map(() => null) : pruned.originalMasks,
  };
}
