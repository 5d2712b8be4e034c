import type { ExperimentConfig, ParamKey } from '../../config';
import { formatValue, getParam, PARAMS } from '../../config';
import type { Dataset, DataSplit } from '../../data/types';
import { Network } from '../../model/network';
import { buildSpec } from '../../model/spec';
import { createRng, deriveSeed } from '../../random';
import { evaluateAccuracy } from '../../train/evaluate';
import type { RunHooks } from '../trainModel';
import { denseSizeBytes } from '../trainModel';
import { previewSplit, studentTransferSet, teacherTrainSplit, validationSplit } from '../splits';
import { isStoredPartOf } from './lowRank';
import type { ModelWeights } from './modelWeights';
import { paramCountOf, readModel, toNetwork, weightShapeOf } from './modelWeights';
import type { PipelineResult, PipelineSource } from './pipeline';
import { isPruning } from './asks';
import { runPipeline } from './pipeline';
import { weightScores } from './saliency';
import { FACTORISERS, scoreMethodOf } from '../../compress/registry';
import { macsOf } from '../../speed/macs';
import type {
  CompressedPoint,
  CompressForm,
  CompressTarget,
  EvaluatedOn,
  LayerReport,
  Technique,
} from './types';

/** Keys that describe a compression (restoring a point sets exactly these). */
export const COMPRESSION_KEYS: readonly ParamKey[] = PARAMS.map((r) => r.key).filter(
  (k) => /^(prune|quant|lowrank|size)\./.test(k) || k === 'target',
);

/** How many factorised models / SynFlow score sets to keep (a slider revisits a few). */
const CACHE_LIMIT = 8;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, v);
  }
  return v;
}

export interface CompressionTarget {
  role: CompressTarget;
  network: Network;
  /** The config the target was trained with (seed, sizes, epochs, arch). */
  trainedWith: ExperimentConfig;
  data: Dataset;
}

export interface Compressed {
  point: CompressedPoint;
  result: PipelineResult;
}

/**
 * Everything about one trained model that compression requests share: its weights as arrays
 * (read once), its training split, cached scores, factorisations and dense accuracies. Holds
 * no tensors, so it needs no disposal and cannot leak.
 */
export class CompressionSession {
  private readonly scoreCache = new Map<string, Promise<Float32Array[]>>();
  private readonly factorCache = new Map<string, ModelWeights>();
  private readonly denseAccuracy = new Map<string, Promise<number>>();
  /** What the target was trained on (fine-tuning and data-driven scores use it). */
  readonly train: DataSplit;
  /** The validation split of the target's training run, and its preview subset. */
  readonly validation: DataSplit;
  readonly preview: DataSplit;

  private constructor(
    readonly role: CompressTarget,
    readonly dense: ModelWeights,
    readonly trainedWith: ExperimentConfig,
    readonly data: Dataset,
  ) {
    this.train =
      role === 'teacher'
        ? teacherTrainSplit(trainedWith, data)
        : studentTransferSet(trainedWith, data);
    this.validation = validationSplit(trainedWith, data);
    this.preview = previewSplit(trainedWith, data);
  }

  static async create(target: CompressionTarget): Promise<CompressionSession> {
    const dense = await readModel(target.network);
    return new CompressionSession(target.role, dense, target.trainedWith, target.data);
  }

  get denseBytes(): number {
    return denseSizeBytes(paramCountOf(this.dense));
  }

  /** Training settings of the target, with the compression keys of `config`. */
  merged(config: ExperimentConfig): ExperimentConfig {
    const { prune, quant, lowrank, size, train } = config;
    return { ...this.trainedWith, prune, quant, lowrank, size, train, target: this.role };
  }

  private source(): PipelineSource {
    const arch = this.dense.spec.arch;
    const initPurpose = this.role === 'teacher' ? 'teacher-init' : 'student-init';
    const fresh = async (purpose: string) => {
      const net = Network.create(
        buildSpec(arch, this.data.featureShape, this.data.numClasses),
        createRng(deriveSeed(this.trainedWith.seed, purpose)),
      );
      try {
        return await readModel(net);
      } finally {
        net.dispose();
      }
    };
    return {
      dense: this.dense,
      initial: () => fresh(initPurpose),
      reinit: () => fresh('compress-reinit'),
      targetEpochs:
        this.role === 'teacher' ? this.trainedWith.teacher.epochs : this.trainedWith.student.epochs,
      scores: (model, prune) => this.scores(model, prune),
      factorised: (fraction) =>
        remember(this.factorCache, String(fraction), () =>
          FACTORISERS[0].factorise(this.dense, fraction),
        ),
    };
  }

  /** Scores of the dense or factorised model are cached (a drag re-cuts the same scores);
   * scores of weights produced during a run (iterative rounds) are not. */
  private scores(model: ModelWeights, prune: ExperimentConfig['prune']): Promise<Float32Array[]> {
    const make = () =>
      weightScores(model, prune, {
        train: this.train,
        featureSize: this.data.featureSize,
        numClasses: this.data.numClasses,
        rng: () => createRng(deriveSeed(this.trainedWith.seed, 'prune-random')),
      });
    const rank =
      model === this.dense
        ? '1'
        : [...this.factorCache.entries()].find(([, m]) => m === model)?.[0];
    if (rank === undefined) return make();
    // Some scores depend on more than the weights (SynFlow prunes in rounds towards the target).
    const method = scoreMethodOf(prune);
    // Head scores are other numbers than weight scores of the same method.
    const unit = prune.granularity === 'head' ? 'head' : 'weight';
    const key = `${rank}|${method.name}|${unit}|${method.dependsOn?.(prune) ?? ''}`;
    const p = remember(this.scoreCache, key, make);
    p.catch(() => this.scoreCache.delete(key));
    return p;
  }

  /** The dense target's scores by this pruning method (cached). */
  scoresFor(prune: ExperimentConfig['prune']): Promise<Float32Array[]> {
    return this.scores(this.dense, prune);
  }

  /** The examples an evaluation `on` a split scores. */
  examplesOf(on: EvaluatedOn): DataSplit {
    return on === 'preview' ? this.preview : on === 'validation' ? this.validation : this.data.test;
  }

  /**
   * Accuracy of `model` on the preview subset of validation, the validation split (choices) or
   * the full test set (reports).
   */
  async accuracy(
    model: ModelWeights,
    on: EvaluatedOn,
    timing?: { uploadMs: number; evaluateMs: number },
  ): Promise<number> {
    const t0 = performance.now();
    const net = toNetwork(model);
    const t1 = performance.now();
    try {
      return await evaluateAccuracy(net, this.examplesOf(on), this.data.featureSize);
    } finally {
      net.dispose();
      if (timing) {
        timing.uploadMs = t1 - t0;
        timing.evaluateMs = performance.now() - t1;
      }
    }
  }

  denseAccuracyOn(on: EvaluatedOn): Promise<number> {
    let p = this.denseAccuracy.get(on);
    if (!p) {
      p = this.accuracy(this.dense, on);
      this.denseAccuracy.set(on, p);
    }
    return p;
  }

  /**
   * Compresses the target as `config` asks. Previews are scored on the validation preview
   * subset, other forms on the full test set, unless `on` says otherwise (a study that compares
   * settings asks for 'validation').
   */
  async compress(
    config: ExperimentConfig,
    form: CompressForm,
    hooks: RunHooks = {},
    on: EvaluatedOn = form === 'preview' ? 'preview' : 'test',
  ): Promise<Compressed> {
    const t0 = performance.now();
    const merged = this.merged(config);
    const result = await runPipeline(this.source(), merged, form, {
      config: merged,
      data: this.data,
      train: this.train,
      hooks,
      purpose: 'compress',
    });
    const timing = { uploadMs: 0, evaluateMs: 0 };
    const [accuracy, denseAccuracy] = await Promise.all([
      this.accuracy(result.model, on, timing),
      this.denseAccuracyOn(on),
    ]);
    const t1 = performance.now();
    const point = this.describe(merged, form, on, result, accuracy, denseAccuracy);
    const stageMs = {
      ...result.stageMs,
      upload: timing.uploadMs,
      evaluate: timing.evaluateMs,
      describe: performance.now() - t1,
    };
    return { point: { ...point, ms: performance.now() - t0, stageMs }, result };
  }

  private describe(
    config: ExperimentConfig,
    form: CompressForm,
    on: EvaluatedOn,
    result: PipelineResult,
    accuracy: number,
    denseAccuracy: number,
  ): CompressedPoint {
    const { breakdown, layers } = result;
    const denseBytes = this.denseBytes;
    const originalWeights = this.dense.layers.reduce((s, l) => s + l.weights.length, 0);
    const reports: LayerReport[] = this.dense.layers.map((dense) => {
      const stored = layers
        .map((l, i) => ({ l, b: breakdown.layers[i] }))
        .filter(({ l }) => isStoredPartOf(l.name, dense.spec.name));
      const weights = dense.weights.length;
      const kept = stored.reduce((s, { b }) => s + b.keptWeights, 0);
      const v = stored[0]?.l.values;
      return {
        name: dense.spec.name,
        shape: weightShapeOf(dense.spec),
        weights,
        kept,
        sparsity: Math.max(0, 1 - kept / weights),
        bits: v && v.kind !== 'float' ? v.bits : 32,
        bytes: stored.reduce((s, { b }) => s + b.total, 0),
      };
    });
    const kept = reports.reduce((s, r) => s + r.kept, 0);
    const biases = layers.reduce((s, l) => s + l.bias.length, 0);
    const { layers: _perLayer, ...totals } = breakdown;
    void _perLayer;
    const pruning = isPruning(config.prune);
    const quantizing = config.quant.bits < 32;
    const factorising = config.lowrank.rank < 1;
    const count = [pruning, quantizing, factorising].filter(Boolean).length;
    const technique: Technique =
      count === 0
        ? 'dense'
        : count > 1
          ? 'combined'
          : pruning
            ? 'prune'
            : quantizing
              ? 'quantize'
              : 'lowrank';
    return {
      target: this.role,
      form,
      technique,
      accuracy,
      denseAccuracy,
      evaluatedOn: on,
      examples: this.examplesOf(on).n,
      sizeBytes: breakdown.total,
      denseBytes,
      ratio: denseBytes / breakdown.total,
      sparsity: Math.max(0, 1 - kept / originalWeights),
      bits: config.quant.bits,
      rank: config.lowrank.rank,
      params: kept + biases,
      breakdown: { ...totals, denseFp32: denseBytes, ratio: denseBytes / breakdown.total },
      layers: reports,
      settings: Object.fromEntries(
        COMPRESSION_KEYS.map((k) => [k, formatValue(getParam(config, k))]),
      ),
      ms: 0,
      macs: macsOf(result.model).macs,
    };
  }
}
