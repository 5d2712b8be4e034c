import type { ExperimentConfig } from '../../config';
import type { QuantOps, ScheduleOps } from '../../compress/methods/types';
import {
  checkCompression,
  quantizerOf,
  RefusedError,
  scheduleOf,
  scoreMethodOf,
} from '../../compress/registry';
import type { CompressedLayer } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import { decodeModel } from '../../compress/size/decode';
import { encodeModelWithBreakdown } from '../../compress/size/modelSize';
import type { SizeBreakdown } from '../../compress/size/modelSize';
import { countModelSize } from '../../compress/size/sizeCount';
import type { CompressForm } from './types';
import type { TrainContext } from './compressTraining';
import { finetuneCodebooks, trainCompressed } from './compressTraining';
import type { ModelWeights } from './modelWeights';
import { maskWeights, pruneModel } from './pruneModel';
import { isPruning } from './asks';
import { compressLayers } from './quantizeModel';

/** Where the pipeline gets what it cannot compute from the config alone. */
export interface PipelineSource {
  /** The trained target. */
  dense: ModelWeights;
  /** The target's weights before training (lottery-ticket rewind, pruning at init) and a
   * fresh random init (the re-init control). */
  initial: () => Promise<ModelWeights>;
  reinit: () => Promise<ModelWeights>;
  /** The target's own training length: the default retraining budget. */
  targetEpochs: number;
  /** Importance scores for a model by the config's method (the caller caches them). */
  scores: (model: ModelWeights, prune: ExperimentConfig['prune']) => Promise<Float32Array[]>;
  /** Factorised model for a rank fraction (the caller caches it, so score caches hit). */
  factorised: (fraction: number) => ModelWeights;
}

export interface PipelineResult {
  /** As stored in the file. */
  layers: CompressedLayer[];
  /** The file; null for a preview, which only counts its length (`breakdown.total`). */
  bytes: Uint8Array | null;
  /** `total` is the file's length, written (commit, full) or counted exactly (preview). */
  breakdown: SizeBreakdown;
  /** The weights the compressed model computes with (decoded from `bytes` unless preview). */
  model: ModelWeights;
  /** Per original layer, what pruning removed, in the original shape. */
  originalMasks: (Uint8Array | null)[];
  /** What the methods had to say about this combination (never a substitution: those are
   * refused with RefusedError before anything runs). */
  notes: string[];
  /** Wall time of each stage (ms), to see where a slider's round trip goes (the bench). */
  stageMs: Partial<Record<Stage['name'], number>>;
}

/**
 * The cheap form a slider drag can afford: one cut of the trained weights, no training, PTQ
 * for QAT, no centroid fine-tuning. Only `full` runs the config as written.
 */
export function cheapForm(config: ExperimentConfig): ExperimentConfig {
  return {
    ...config,
    prune: { ...config.prune, schedule: 'oneshot', finetuneEpochs: 0, init: 'keep', at: 'trained' },
    quant: {
      ...config.quant,
      mode: config.quant.mode === 'qat' ? 'ptq' : config.quant.mode,
      epochs: 0,
      noise: 1,
    },
  };
}

/** Scores that make a re-cut reproduce `masks` exactly: kept = 1, pruned = 0. */
const maskScores = (model: ModelWeights, masks: readonly (Uint8Array | null)[]): Float32Array[] =>
  model.layers.map((l, i) => {
    const m = masks[i];
    return m ? Float32Array.from(m) : new Float32Array(l.weights.length).fill(1);
  });

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

/** What flows from stage to stage. */
interface State {
  config: ExperimentConfig;
  model: ModelWeights;
  /** Per stored layer: 1 = kept; null = dense. */
  masks: (Uint8Array | null)[];
  originalMasks: (Uint8Array | null)[];
  factorised: boolean;
  layers?: CompressedLayer[];
  bytes?: Uint8Array | null;
  breakdown?: SizeBreakdown;
  computed?: ModelWeights;
}

interface Stage {
  /** A preview counts the bytes instead of encoding them and computes with the stored layers
   * instead of decoding them; its stages say so, so the bench's breakdown does not lie. */
  name: 'low-rank' | 'prune' | 'quantize' | 'count' | 'encode' | 'weights' | 'decode';
  run(state: State): Promise<State> | State;
}

/** The pipeline, in order. Each stage asks the registry for the method the config names. */
function stages(source: PipelineSource, form: CompressForm, ctx: TrainContext): Stage[] {
  return [
    {
      name: 'low-rank',
      run: (s) => {
        if (!s.factorised) return s;
        const model = source.factorised(s.config.lowrank.rank);
        return { ...s, model, masks: model.layers.map(() => null) };
      },
    },
    {
      name: 'prune',
      run: async (s) => {
        const p = s.config.prune;
        if (!isPruning(p)) return s;
        const start = p.at === 'init' ? await source.initial() : s.model;
        const pruned = await scheduleOf(p).run(start, p, scheduleOps(source, s.config, ctx));
        return {
          ...s,
          model: pruned.model,
          masks: pruned.masks,
          originalMasks: s.factorised ? source.dense.layers.map(() => null) : pruned.originalMasks,
        };
      },
    },
    {
      name: 'quantize',
      run: async (s) => {
        const q = s.config.quant;
        if (q.bits >= 32) return { ...s, layers: compressLayers(s.model, s.masks, q, null) };
        const { model, layers } = await quantizerOf(q).run(
          s.model,
          s.masks,
          q,
          quantOps(s.config, ctx),
        );
        return { ...s, model, layers };
      },
    },
    {
      // A drag needs the size, not the file: the exact count shares every decision with the
      // encoder (size/plan.ts), and the commit that follows the release writes the real bytes.
      name: form === 'preview' ? 'count' : 'encode',
      run: (s) => {
        const options = { huffman: s.config.size.coding === 'huffman' };
        if (form === 'preview')
          return { ...s, bytes: null, breakdown: countModelSize(s.layers!, options) };
        const { bytes, breakdown } = encodeModelWithBreakdown(s.layers!, options);
        return { ...s, bytes, breakdown };
      },
    },
    {
      // `commit` and `full` compute with the decoded bytes, so the accuracy reported is the
      // accuracy of the file; `preview` computes with the stored layers (the round trip is
      // bit-exact, tested), as it has no bytes to decode.
      name: form === 'preview' ? 'weights' : 'decode',
      run: (s) => ({
        ...s,
        computed: computedModel(s.model, s.bytes ? decodeModel(s.bytes) : s.layers!),
      }),
    },
  ];
}

function scheduleOps(
  source: PipelineSource,
  config: ExperimentConfig,
  ctx: TrainContext,
): ScheduleOps {
  const p = config.prune;
  const compare = scoreMethodOf(p).compare;
  const settings = { ...p, ...(compare ? { compare } : {}) };
  // Fresh or initial weights are made once per request, however many rounds restart from them.
  const restarts = new Map<string, Promise<ModelWeights>>();
  const purpose = 'compress-prune';
  return {
    scores: (model) => source.scores(model, p),
    cut: (model, sparsity, scores) => pruneModel(model, { ...settings, sparsity }, scores),
    recut: (model, masks) =>
      pruneModel(maskWeights(model, masks), settings, maskScores(model, masks)),
    mask: maskWeights,
    train: (model, { epochs, masks, updateMasks, round }) =>
      trainCompressed(
        model,
        { epochs, ...(masks ? { masks } : {}), ...(updateMasks ? { updateMasks } : {}) },
        round
          ? {
              ...ctx,
              purpose: `${purpose}-round${round[0]}`,
              span: [round[0] / round[1], (round[0] + 1) / round[1]],
            }
          : { ...ctx, purpose },
      ),
    restart: (init) => {
      let w = restarts.get(init);
      if (!w) {
        w = init === 'rewind' ? source.initial() : source.reinit();
        restarts.set(init, w);
      }
      return w;
    },
    retrainEpochs: p.retrainEpochs ?? source.targetEpochs,
  };
}

function quantOps(config: ExperimentConfig, ctx: TrainContext): QuantOps {
  return {
    store: (model, masks, values) => compressLayers(model, masks, config.quant, values),
    trainAware: (model, masks, quant) =>
      trainCompressed(
        model,
        { epochs: quant.epochs, masks, quant },
        { ...ctx, purpose: 'compress-qat' },
      ),
    finetuneCodebooks: (model, masks, layers, epochs, noise) =>
      finetuneCodebooks(
        model,
        masks,
        layers,
        epochs,
        { ...ctx, purpose: 'compress-kmeans' },
        noise,
      ),
  };
}

/**
 * Low-rank → prune → quantize → encode → decode (a preview counts instead of encoding), each stage run by the method the registry
 * names for the config; the caller evaluates the decoded model. A combination some method
 * refuses throws RefusedError before any work is done: nothing is silently replaced.
 */
export async function runPipeline(
  source: PipelineSource,
  requested: ExperimentConfig,
  form: CompressForm,
  ctx: TrainContext,
): Promise<PipelineResult> {
  const config = form === 'full' ? requested : cheapForm(requested);
  const { refusals, notes } = checkCompression(config);
  if (refusals.length > 0) throw new RefusedError(refusals);
  let state: State = {
    config,
    model: source.dense,
    masks: source.dense.layers.map(() => null),
    originalMasks: source.dense.layers.map(() => null),
    factorised: config.lowrank.rank < 1,
  };
  const stageMs: PipelineResult['stageMs'] = {};
  for (const stage of stages(source, form, ctx)) {
    const t0 = performance.now();
    state = await stage.run(state);
    stageMs[stage.name] = performance.now() - t0;
  }
  return {
    layers: state.layers!,
    bytes: state.bytes ?? null,
    breakdown: state.breakdown!,
    model: state.computed!,
    originalMasks: state.originalMasks,
    notes: notes.map((n) => n.text),
    stageMs,
  };
}
