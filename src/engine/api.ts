import type { ExperimentConfig } from '../core/config';
import type { ModelSummary, TrainEvent } from '../core/experiment/events';
import type { SweepResult } from '../core/experiment/temperatureSweep';
import type { TeacherExample } from '../core/distill/examples';
import type { AttentionMaps } from '../core/model/attentionMaps';
import type { HeadSensitivity } from '../core/experiment/headSensitivity';
import type { BackendInfo } from '../core/backend';
import type { BackendRace } from '../core/backendRace';
import type {
  LatencyComparison,
  LatencyReport,
  LatencyStudy,
  SpeedVariant,
} from '../core/speed/variants';
import type { DatasetRef } from '../core/data/types';
import type { ImportOptions } from '../core/data/user/importFiles';
import type { ImportProblem } from '../core/data/user/problems';
import type { DatasetSummary } from './userDatasetsDb';
import type {
  CompressedPoint,
  CompressForm,
  CompressionInspection,
  SensitivityCurve,
  SparseVsDense,
} from '../core/experiment/compress/types';

/** A few test images (or 2-D points) for the dataset picker's sample grid. */
export interface SampleGrid {
  dataset: DatasetRef;
  /** [height, width] of one image, or [0, 0] for 2-D point sets. */
  imageSize: [number, number];
  /** count × height × width bytes (0–255) for images; count × 2 floats for points. */
  pixels: Uint8Array | Float32Array;
  labels: Uint8Array;
  classNames: string[];
}

/** One model's answer to a drawn digit. */
export interface ProbeAnswer {
  /** `scratch`: the student's architecture trained on hard labels only (the distillation control). */
  model: 'teacher' | 'student' | 'scratch' | 'compressed';
  probs: number[];
  top: number;
}

/** The drawing probe's reply: the 28×28 image the models saw and their answers. */
export interface DrawProbe {
  /** 784 values in [0, 1], MNIST-style (see core/draw/mnistStyle.ts). */
  image: Float32Array;
  classNames: string[];
  answers: ProbeAnswer[];
  /** Which trained model the compression settings act on, when it is trained. */
  compressedTarget: 'teacher' | 'student' | null;
  /** Why no model answered: no teacher trained yet, or data that is not 28×28 grayscale. */
  unavailable: 'no-teacher' | 'not-digit-images' | null;
}

export type ImportReply =
  { ok: true; summary: DatasetSummary } | { ok: false; problems: ImportProblem[] };

export interface MemoryInfo {
  numTensors: number;
  numBytes: number;
}

/**
 * What the worker offers the app (through Comlink). Every long call takes a runId; `cancel(runId)`
 * stops it at the next step and the call rejects with a message starting "cancelled".
 * Events arrive through the `onEvent` callback (wrapped with Comlink.proxy by the caller).
 */
export interface EngineApi {
  /**
   * Picks and initialises the backend. 'auto' with a config races webgpu, webgl and wasm on a
   * few training steps of its teacher (or reuses `remembered`, the last race on this device;
   * `fresh` races again); without one it tries webgpu → webgl → wasm → cpu.
   */
  initBackend(
    requested: ExperimentConfig['backend'],
    options?: { config?: ExperimentConfig; remembered?: BackendRace | null; fresh?: boolean },
  ): Promise<BackendInfo>;
  samples(dataset: DatasetRef, count: number): Promise<SampleGrid>;
  trainTeacher(
    runId: string,
    config: ExperimentConfig,
    onEvent: (event: TrainEvent) => void,
  ): Promise<ModelSummary & { backend: BackendInfo }>;
  /**
   * Trains the distilled student and its scratch control (same arch, seed and budget, hard
   * labels only) from the teacher trained last. Rejects if no teacher was trained on
   * `config.dataset` yet. Events carry model 'student' and 'scratchStudent'.
   */
  trainStudents(
    runId: string,
    config: ExperimentConfig,
    onEvent: (event: TrainEvent) => void,
  ): Promise<{ student: ModelSummary; scratchStudent: ModelSummary; backend: BackendInfo }>;
  /**
   * Accuracy vs temperature: a scratch student, then a distilled student per temperature, from
   * the teacher trained last; `onPoint` gets the results so far after each one.
   */
  temperatureSweep(
    runId: string,
    config: ExperimentConfig,
    temperatures: number[],
    onEvent: (event: TrainEvent) => void,
    onPoint: (result: SweepResult) => void,
  ): Promise<SweepResult>;
  /** Test examples with the teacher's logits (confident, ambiguous, misclassified), so the
   * temperature chart can redraw softmax(z/T) on the main thread with no round trip. */
  teacherExamples(perKind: number): Promise<TeacherExample[]>;
  /** The last trained teacher's attention (class token → patches, per block and head) on test
   * image `index`; null when no teacher is trained or it is not a vision transformer. */
  attentionMaps(index: number): Promise<AttentionMaps | null>;
  /** The last trained teacher's validation accuracy with each single head removed (per block
   * and head); null when no teacher is trained or it is not a vision transformer. */
  headSensitivity(): Promise<HeadSensitivity | null>;
  /**
   * Compresses the trained target (`config.target`: the teacher, or the distilled student) with
   * the config's prune / quant / lowrank / size keys and measures it. Rejects when the target
   * has not been trained. `preview` and `commit` are fast (slider drag / release); `full` may
   * train (fine-tuning, QAT, k-means) and reports progress events with model 'compressed'.
   * The worker keeps the last `full` result so `inspectCompressed` can show it.
   */
  compress(
    runId: string,
    config: ExperimentConfig,
    form: CompressForm,
    onEvent?: (event: TrainEvent) => void,
  ): Promise<CompressedPoint>;
  /** Weights before/after, predictions and (2-D data) decision boundaries of the model that
   * `compress(config)` would give (the cheap form unless the last `full` run matches). */
  inspectCompressed(config: ExperimentConfig): Promise<CompressionInspection>;
  /** The compressed model as a file (compress/size/FORMAT.md) with the point measured on
   * exactly these bytes: what the user downloads. */
  compressedModelFile(
    config: ExperimentConfig,
  ): Promise<{ bytes: Uint8Array; point: CompressedPoint }>;
  /** Decodes a model file and scores it on `config.dataset`'s full test set. */
  evaluateModelFile(
    bytes: Uint8Array,
    config: ExperimentConfig,
  ): Promise<{ accuracy: number; sizeBytes: number; layers: string[] }>;
  /** Per-layer sensitivity: each layer alone pruned at each sparsity (others dense), preview
   * subset. */
  sensitivityScan(
    runId: string,
    config: ExperimentConfig,
    sparsities: number[],
    onEvent?: (event: TrainEvent) => void,
  ): Promise<SensitivityCurve[]>;
  /** Prunes the target to `config.prune.sparsity` and trains a dense model with the same number
   * of non-zero weights (same depth, narrower), same budget: which is better? */
  sparseVsDense(
    runId: string,
    config: ExperimentConfig,
    onEvent?: (event: TrainEvent) => void,
  ): Promise<SparseVsDense>;
  /** The model `inspectCompressed(config)` shows, run every way (tfjs dense, structured, our
   * dense and sparse kernels) and timed at each batch size, variants interleaved. `quick`: a
   * short measurement (after each commit); otherwise warm-up, ≥ 7 runs and up to 1.5 s. */
  measureLatency(
    runId: string,
    config: ExperimentConfig,
    batches: number[],
    quick: boolean,
  ): Promise<LatencyReport>;
  /** Two compressed models (or one, two ways), each run one way, timed against each other in
   * the same interleaved rounds at one batch size: a lesson's speed claim. */
  compareLatency(
    runId: string,
    sides: Record<'a' | 'b', { config: ExperimentConfig; variant: SpeedVariant }>,
    batch: number,
  ): Promise<LatencyComparison<'a' | 'b'>>;
  /** Every variant timed at sparsities 0–99 %, batch 1 and 256, with the crossovers. */
  latencyStudy(
    runId: string,
    config: ExperimentConfig,
    onEvent?: (event: TrainEvent) => void,
  ): Promise<LatencyStudy>;
  /**
   * A drawing (one channel, ink bright, 0–255) made MNIST-style and classified by the teacher,
   * the distilled student and the model `config`'s compression settings give (the last slider
   * release's result when it matches).
   */
  probeDrawing(
    gray: Uint8Array,
    width: number,
    height: number,
    config: ExperimentConfig,
  ): Promise<DrawProbe>;
  /**
   * Reads, checks and splits the chosen files into a dataset and stores it in this browser's
   * IndexedDB (file and summary together), or returns every problem and stores nothing.
   */
  importDataset(
    files: { path: string; file: Blob }[],
    options: ImportOptions,
  ): Promise<ImportReply>;
  cancel(runId: string): void;
  memory(): Promise<MemoryInfo>;
  /** Every numeric field of tf.memory() (on WebGPU also the buffer pool's bytes), for the
   * soak benchmark. */
  memoryDetail(): Promise<Record<string, number>>;
  /** Answers at once: the app's heartbeat (a worker that stops answering has crashed). Carries
   * the reason of a GPU device lost while no run was in flight, once; else null. */
  ping(): string | null;
  /** Test hook (only with ?testHooks=1): destroys the WebGPU device as a driver reset would.
   * Returns false when the backend in use is not WebGPU. */
  simulateDeviceLoss(): boolean;
}
