/**
 * The contract every compression method fulfils: one file per method under methods/, one object
 * per file, listed once in ../registry.ts. Method files are tensor-free (the app's main thread
 * reads them to build pickers and refusals without loading tfjs): whatever needs tensors —
 * gradients, training, forward passes — comes in through the `ops` the pipeline hands over.
 */
import type { ExperimentConfig } from '../../config/params';
import type { ModelWeights } from '../../experiment/compress/modelWeights';
import type { PrunedModel } from '../../experiment/compress/pruneModel';
import type { Rng } from '../../random';
import { layerUnits } from '../../model/layers';
import type { CompressedLayer, WeightValues } from '../size/model';
import type { Reason, ReasonCode, ReasonParams } from '../reasons';
import { reason } from '../reasons';

export type MethodKind = 'score' | 'schedule' | 'quantizer' | 'factoriser';

/** A method accepts a config (maybe with something worth saying) or refuses it, with why (a
 * code the app translates; ../reasons.ts has the English). */
export type Support = { ok: true; notes?: Reason[] } | { ok: false; reason: Reason };

export const OK: Support = { ok: true };
export const refuse = (code: ReasonCode, params?: ReasonParams): Support => ({
  ok: false,
  reason: reason(code, params),
});

export interface MethodBase<N extends string, K extends MethodKind> {
  name: N;
  kind: K;
  /** One line for `compression-lab methods` and tooltips. */
  describe: string;
  /** The config keys the method reads. */
  keys: readonly string[];
  /** Runs as asked, or refuses with a reason (never falls back to something else). */
  supports(config: ExperimentConfig): Support;
}

/** The prune / quant groups of the config (interfaces, so that the registry that drives the
 * PARAMS enums can name them without a circular type). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- see above
export interface PruneConfig extends Readonly<ExperimentConfig['prune']> {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- see above
export interface QuantConfig extends Readonly<ExperimentConfig['quant']> {}

/** What scoring may ask of the engine: all of it backed by tensors in the worker or Node. */
export interface ScoreOps {
  /** dL/dW of the mean cross-entropy over a fixed batch of the training split. */
  lossGradients(model: ModelWeights): Promise<Float32Array[]>;
  /** Per layer, ‖X_j‖₂ of each input feature j over a calibration batch of the training split
   * (the input of layer l is the previous layer's output); for Wanda. */
  inputNorms(model: ModelWeights): Promise<Float64Array[]>;
  /** ∂R/∂W in float64 for R = Σ logits of the all-ones input through |W| and |b| (SynFlow). */
  flowGradients(model: ModelWeights): Promise<Float64Array[]>;
  /** Per block of a vision transformer, one importance per head on the training split:
   * 'gate' = mean |∂L/∂g_h| of a gate on the head's output (Michel et al.), 'norm' = mean
   * ‖head output‖₂. */
  headImportance(model: ModelWeights, by: 'gate' | 'norm'): Promise<Float32Array[]>;
  /** Per-layer score arrays carrying one score per head (q/k/v columns, o rows). */
  spreadHeads(model: ModelWeights, perBlock: readonly Float32Array[]): Float32Array[];
  /** A fresh seeded generator (random scores are reproducible). */
  rng(): Rng;
  /** Keep-masks removing the lowest scores at a sparsity, by the config's scope and exclusion
   * (SynFlow's rounds). */
  rank(scores: Float32Array[], sparsity: number): (Uint8Array | null)[];
}

export interface ScoreMethod<N extends string = string> extends MethodBase<N, 'score'> {
  /** Per layer, one score per weight; higher = keep. */
  score(model: ModelWeights, prune: PruneConfig, ops: ScoreOps): Promise<Float32Array[]>;
  /** The prune keys besides the method its scores depend on (cache key). */
  dependsOn?: (prune: PruneConfig) => string;
  /** 'unit': weights compete only within their output unit (Wanda), not across the layer. */
  compare?: 'unit';
}

/** What a schedule may ask of the pipeline. */
export interface ScheduleOps {
  /** Scores of a model by the config's score method. */
  scores(model: ModelWeights): Promise<Float32Array[]>;
  /** The cut at a sparsity: masks by scores, or whole units removed. */
  cut(model: ModelWeights, sparsity: number, scores: readonly Float32Array[]): PrunedModel;
  /** The same masks on other weights of the same shape. */
  recut(model: ModelWeights, originalMasks: readonly (Uint8Array | null)[]): PrunedModel;
  /** Masked weights set to 0. */
  mask(model: ModelWeights, masks: readonly (Uint8Array | null)[]): ModelWeights;
  /** Training with masks held at zero (and, for gradual, masks that move). */
  train(
    model: ModelWeights,
    options: {
      epochs: number;
      masks?: readonly (Uint8Array | null)[];
      updateMasks?: (
        step: number,
        total: number,
        current: () => Promise<ModelWeights>,
      ) => Promise<(Uint8Array | null)[] | null>;
      round?: [number, number];
    },
  ): Promise<ModelWeights>;
  /** The weights a retrain starts from: the target's initial ones (rewind) or fresh ones. */
  restart(init: 'rewind' | 'reinit'): Promise<ModelWeights>;
  /** Epochs of a rewind / re-init retrain (prune.retrainEpochs, else the target's own). */
  retrainEpochs: number;
}

export interface ScheduleMethod<N extends string = string> extends MethodBase<N, 'schedule'> {
  run(start: ModelWeights, prune: PruneConfig, ops: ScheduleOps): Promise<PrunedModel>;
}

/** What a quantizer may ask of the pipeline. */
export interface QuantOps {
  /** Stored layers: each weight tensor through `values`, masks and biases attached. */
  store(
    model: ModelWeights,
    masks: readonly (Uint8Array | null)[],
    values: LayerQuantizer,
  ): CompressedLayer[];
  /** Quantization-aware training with fake quantization (and Quant-Noise when noise < 1). */
  trainAware(
    model: ModelWeights,
    masks: readonly (Uint8Array | null)[],
    quant: QuantConfig,
  ): Promise<ModelWeights>;
  /** Centroid fine-tuning of codebook layers (k-means or PQ): codes fixed, centroids train;
   * with noise < 1 (Quant-Noise) each step quantizes only that fraction of the PQ blocks. */
  finetuneCodebooks(
    model: ModelWeights,
    masks: readonly (Uint8Array | null)[],
    layers: CompressedLayer[],
    epochs: number,
    noise?: number,
  ): Promise<{ model: ModelWeights; layers: CompressedLayer[] }>;
}

/** One layer's stored values. `units` = output channels (last axis). */
export type LayerQuantizer = (
  w: Float32Array,
  mask: Uint8Array | undefined,
  quant: QuantConfig,
  units: number,
) => WeightValues;

export interface QuantizerMethod<N extends string = string> extends MethodBase<N, 'quantizer'> {
  /** Is this quantizer the one the config asks for? */
  selected(quant: QuantConfig): boolean;
  run(
    model: ModelWeights,
    masks: readonly (Uint8Array | null)[],
    quant: QuantConfig,
    ops: QuantOps,
  ): Promise<{ model: ModelWeights; layers: CompressedLayer[] }>;
}

export interface FactoriserMethod<N extends string = string> extends MethodBase<N, 'factoriser'> {
  /** Replaces hidden layers by factor pairs at a rank fraction (1 = unchanged). */
  factorise(model: ModelWeights, fraction: number): ModelWeights;
}

export type AnyMethod = ScoreMethod | ScheduleMethod | QuantizerMethod | FactoriserMethod;

/** Output units of a layer (the last weight axis). */
export const unitsOfLayer = (spec: ModelWeights['layers'][number]['spec']): number =>
  layerUnits(spec);

/** Keeps literal names in the type, so the registry can drive the PARAMS enums. */
export const scoreMethod = <const N extends string>(m: ScoreMethod<N>): ScoreMethod<N> => m;
export const scheduleMethod = <const N extends string>(m: ScheduleMethod<N>): ScheduleMethod<N> =>
  m;
export const quantizerMethod = <const N extends string>(
  m: QuantizerMethod<N>,
): QuantizerMethod<N> => m;
export const factoriserMethod = <const N extends string>(
  m: FactoriserMethod<N>,
): FactoriserMethod<N> => m;
