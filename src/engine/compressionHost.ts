import type { ExperimentConfig } from '../core/config';
import type { Dataset } from '../core/data/types';
import { inspectCompression } from '../core/experiment/compress/inspect';
import type { Compressed } from '../core/experiment/compress/session';
import { COMPRESSION_KEYS, CompressionSession } from '../core/experiment/compress/session';
import { sensitivityScan, sparseVsDense } from '../core/experiment/compress/studies';
import type { CompressForm, CompressTarget } from '../core/experiment/compress/types';
import type { RunHooks } from '../core/experiment/trainModel';
import { getParam } from '../core/config';
import type { Network } from '../core/model/network';
import { modelFromFile } from '../core/experiment/compress/modelFile';
import type { ModelWeights } from '../core/experiment/compress/modelWeights';
import { readModel, toNetwork } from '../core/experiment/compress/modelWeights';
import { evaluateAccuracy } from '../core/train/evaluate';
import { measureLatency } from '../core/speed/latency';
import { latencyStudy } from '../core/speed/study';
import { compareLatency } from '../core/speed/compareLatency';
import type { SpeedVariant } from '../core/speed/variants';
import { ownKernelsForBackend } from '../core/speed/wgsl';

/** A latency measurement short enough to follow every commit (batch 1 only). */
const QUICK_TIMING = { warmupRounds: 2, minRuns: 7, maxRuns: 21, budgetMs: 250 };
import { classProbabilities, topClass } from '../core/experiment/probe';
import { MNIST_SIDE } from '../core/draw/mnistStyle';
import type { DrawProbe, ProbeAnswer } from './api';

const settingsKey = (config: ExperimentConfig): string =>
  JSON.stringify(COMPRESSION_KEYS.map((k) => getParam(config, k)));

/**
 * The worker's side of compression: one session per trained target (teacher, distilled
 * student), built from the weights as soon as the target is trained, and the last `full`
 * result so the inspectors show what the user actually ran.
 */
export class CompressionHost {
  private sessions = new Map<CompressTarget, Promise<CompressionSession>>();
  private lastFull: { key: string; compressed: Compressed } | null = null;
  /** The last `commit` (slider release): the drawing probe asks the model the user sees. */
  private lastCommit: { key: string; compressed: Compressed } | null = null;
  private scratch: { dense: ModelWeights; data: Dataset } | null = null;

  /** Reads the trained weights now: the caller may dispose `network` afterwards. */
  async targetTrained(
    role: CompressTarget,
    network: Network,
    trainedWith: ExperimentConfig,
    data: Dataset,
  ): Promise<void> {
    const session = CompressionSession.create({ role, network, trainedWith, data });
    this.sessions.set(role, session);
    if (this.lastFull?.key.startsWith(`${role}|`)) this.lastFull = null;
    if (this.lastCommit?.key.startsWith(`${role}|`)) this.lastCommit = null;
    await session;
  }

  /** The scratch student is no compression target, but the drawing probe shows its answer. */
  async scratchTrained(network: Network, data: Dataset): Promise<void> {
    this.scratch = { dense: await readModel(network), data };
  }

  /** Forget every target (a lost device, a new dataset). */
  forget(): void {
    this.sessions.clear();
    this.scratch = null;
    this.lastFull = null;
    this.lastCommit = null;
  }

  private session(config: ExperimentConfig): Promise<CompressionSession> {
    const s = this.sessions.get(config.target);
    if (!s) {
      const what = config.target === 'teacher' ? 'the teacher' : 'the student';
      return Promise.reject(
        new Error(`Train ${what} first: there is no trained model to compress.`),
      );
    }
    return s;
  }

  async compress(config: ExperimentConfig, form: CompressForm, hooks: RunHooks) {
    const session = await this.session(config);
    const compressed = await session.compress(config, form, hooks);
    const key = `${config.target}|${settingsKey(config)}`;
    if (form === 'full') this.lastFull = { key, compressed };
    if (form === 'commit') this.lastCommit = { key, compressed };
    return compressed.point;
  }

  /** The last `full` result when it matches `config`, else the cheap form measured now. */
  private async current(config: ExperimentConfig) {
    const session = await this.session(config);
    const key = `${config.target}|${settingsKey(config)}`;
    let compressed: Compressed;
    if (this.lastFull?.key === key) compressed = this.lastFull.compressed;
    else if (this.lastCommit?.key === key) compressed = this.lastCommit.compressed;
    else {
      compressed = await session.compress(config, 'commit');
      this.lastCommit = { key, compressed };
    }
    return { session, compressed };
  }

  async inspect(config: ExperimentConfig) {
    const { session, compressed } = await this.current(config);
    return inspectCompression(session, compressed);
  }

  /** The encoded file of what `inspect` would show, and the accuracy measured on it. */
  async modelFile(config: ExperimentConfig) {
    const { compressed } = await this.current(config);
    const { bytes } = compressed.result;
    // `current` keeps only commits and full runs, which write their bytes (previews only count).
    if (!bytes) throw new Error('modelFile: no encoded file for this setting');
    return { bytes, point: compressed.point };
  }

  /**
   * Class probabilities of one drawn 28×28 image under the dense teacher, the distilled and the
   * scratch student and the model `config` compresses to (what `inspect` shows). Only for 28×28 grayscale data.
   */
  async probe(config: ExperimentConfig, image: Float32Array): Promise<DrawProbe> {
    const teacher = this.sessions.get('teacher');
    const none = { image, classNames: [], answers: [], compressedTarget: null };
    if (!teacher) return { ...none, unavailable: 'no-teacher' };
    const data = (await teacher).data;
    const [h, w, c] = data.featureShape;
    if (h !== MNIST_SIDE || w !== MNIST_SIDE || c !== 1) {
      return { ...none, classNames: data.classNames, unavailable: 'not-digit-images' };
    }
    const answers: ProbeAnswer[] = [];
    const ask = async (
      model: ProbeAnswer['model'],
      weights: Parameters<typeof classProbabilities>[0],
    ) => {
      const probs = await classProbabilities(weights, image);
      answers.push({ model, probs, top: topClass(probs) });
    };
    await ask('teacher', (await teacher).dense);
    const student = this.sessions.get('student');
    // A student trained on other data (before the teacher was retrained) cannot read this image.
    if (student && (await student).data === data) await ask('student', (await student).dense);
    if (this.scratch?.data === data) await ask('scratch', this.scratch.dense);
    let compressedTarget: CompressTarget | null = null;
    if (this.sessions.has(config.target)) {
      const { compressed } = await this.current(config);
      await ask('compressed', compressed.result.model);
      compressedTarget = config.target;
    }
    return { image, classNames: data.classNames, answers, compressedTarget, unavailable: null };
  }

  /** Decodes a downloaded file and scores it on the dataset's test set. */
  async evaluateFile(bytes: Uint8Array, data: Dataset) {
    const { model, layers } = modelFromFile(bytes, data.featureShape, data.numClasses);
    const net = toNetwork(model);
    try {
      const accuracy = await evaluateAccuracy(net, data.test, data.featureSize);
      return { accuracy, sizeBytes: bytes.length, layers: layers.map((l) => l.name) };
    } finally {
      net.dispose();
    }
  }

  /** The trained weights of a target, if any (the teacher can be rebuilt from them after a
   * lost GPU device took its tensors). */
  async weightsOf(role: CompressTarget) {
    const s = this.sessions.get(role);
    return s ? (await s).dense : null;
  }

  async sensitivity(config: ExperimentConfig, sparsities: number[], hooks: RunHooks) {
    return sensitivityScan(await this.session(config), config, sparsities, hooks);
  }

  /** Every way to run the model `inspect` would show, timed at each batch size. */
  async latency(config: ExperimentConfig, batches: number[], quick: boolean, hooks: RunHooks) {
    const { compressed } = await this.current(config);
    const check = () => {
      if (hooks.signal?.aborted) throw new Error('cancelled by the user');
    };
    return measureLatency(compressed.result.model, {
      batches,
      timing: quick ? { ...QUICK_TIMING, check } : { check },
      kernels: ownKernelsForBackend(),
    });
  }

  /** Each side's compressed model (cut as its config asks) timed against the other's. */
  async compareLatency(
    sides: Record<'a' | 'b', { config: ExperimentConfig; variant: SpeedVariant }>,
    batch: number,
    hooks: RunHooks,
  ) {
    const check = () => {
      if (hooks.signal?.aborted) throw new Error('cancelled by the user');
    };
    // The models the sides' settings give, without replacing the one `inspect` and the probe
    // show (a lesson's reference model is not what the learner is looking at).
    const modelFor = async (config: ExperimentConfig) => {
      const key = `${config.target}|${settingsKey(config)}`;
      for (const kept of [this.lastFull, this.lastCommit])
        if (kept?.key === key) return kept.compressed.result.model;
      return (await (await this.session(config)).compress(config, 'commit', hooks)).result.model;
    };
    const a = await modelFor(sides.a.config);
    const b = await modelFor(sides.b.config);
    return compareLatency(
      { a: { model: a, variant: sides.a.variant }, b: { model: b, variant: sides.b.variant } },
      batch,
      { timing: { check }, kernels: ownKernelsForBackend() },
    );
  }

  async latencyStudy(config: ExperimentConfig, hooks: RunHooks) {
    return latencyStudy(
      await this.session(config),
      config,
      { kernels: ownKernelsForBackend() },
      hooks,
    );
  }

  async sparseVsDense(config: ExperimentConfig, hooks: RunHooks) {
    return sparseVsDense(await this.session(config), config, hooks);
  }
}
