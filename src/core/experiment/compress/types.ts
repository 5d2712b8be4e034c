import type { ExperimentConfig } from '../../config';
import type { SizeBreakdown } from '../../compress/size/modelSize';
import type { LatencyRow } from '../../speed/variants';

/**
 * What compressing a trained model reports. Plain data (no tensors), so it crosses the worker
 * boundary, goes into saved runs and links, and is what the CLI prints.
 */

export type CompressTarget = ExperimentConfig['target'];

/**
 * How much work a compression request may do:
 * - `preview`: the cheap form of the config (one-shot cut, no fine-tuning, PTQ instead of QAT),
 *   scored on the fixed preview subset of the validation split — what a slider drag asks for
 *   (a setting chosen while dragging is chosen on validation, not on test).
 * - `commit`: the same cheap form, scored on the full test set — what a slider release asks for.
 * - `full`: the config as written (schedules, fine-tuning, QAT, k-means fine-tuning), with
 *   progress events, scored on the full test set.
 */
export type CompressForm = 'preview' | 'commit' | 'full';

/**
 * Which examples an accuracy is measured on: `preview` = a fixed subset (≤ 1,000) of the
 * validation split, `validation` = all of it, `test` = the full test set (reported figures).
 */
export type EvaluatedOn = 'preview' | 'validation' | 'test';

/** Which technique a point mainly shows, for colouring chart points. */
export type Technique = 'dense' | 'prune' | 'quantize' | 'lowrank' | 'combined';

export interface LayerReport {
  name: string;
  /** Weight shape in the original (uncompressed) model. */
  shape: number[];
  /** Weights of the original layer. */
  weights: number;
  /** Weights still stored and non-zero (after unit removal, masks and factorisation). */
  kept: number;
  /** 1 − kept / weights (a factorised layer can be "sparse" without any zero). */
  sparsity: number;
  /** Bits per stored value; 32 when float. */
  bits: number;
  /** Bytes of this layer in the encoding (weights, positions, scales, bias, header). */
  bytes: number;
}

export interface CompressedPoint {
  target: CompressTarget;
  form: CompressForm;
  technique: Technique;
  /** Fraction of `examples` classified correctly. */
  accuracy: number;
  /** The dense target's accuracy on the same examples, for the difference. */
  denseAccuracy: number;
  evaluatedOn: EvaluatedOn;
  examples: number;
  /** Length in bytes of the real encoding (see compress/size/FORMAT.md). */
  sizeBytes: number;
  /** The target's dense float32 size (weights + biases). */
  denseBytes: number;
  /** denseBytes / sizeBytes. */
  ratio: number;
  /** Fraction of the target's weights that are zero or gone. */
  sparsity: number;
  /** Bits per weight value, 32 = not quantized. */
  bits: number;
  /** lowrank.rank (1 = not factorised). */
  rank: number;
  /** Non-zero stored parameters (weights and biases). */
  params: number;
  breakdown: Omit<SizeBreakdown, 'layers'>;
  layers: LayerReport[];
  /**
   * The compression keys that produced the point, as query-string pairs (e.g.
   * `prune.sparsity` → "0.9"): applying them restores the sliders.
   */
  settings: Record<string, string>;
  /** Wall time of the request in the worker. */
  ms: number;
  /** Where that time went, per stage (low-rank, prune, quantize, then count + weights for a
   * preview or encode + decode otherwise, upload, evaluate, describe), in ms. Absent on points
   * saved before it was measured. */
  stageMs?: Record<string, number>;
  /** Multiply–accumulates per example the stored model must compute (speed/macs.ts). Absent
   * on points saved before it was counted. */
  macs?: number;
  /** Measured batch-1 latency of each way to run it (speed/latency.ts), attached after the
   * commit; absent until measured (and on old saved points). */
  latency?: PointLatency;
}

/** A committed point's measured latency: the backend it ran on and one row per variant. */
export interface PointLatency {
  backend: string;
  ownKernels: 'js' | 'wgsl';
  rows: LatencyRow[];
  /** Largest difference of any variant's logits from tfjs-dense's, relative (checked before
   * timing: every variant computes the same function). */
  maxRelativeDifference: number;
}

/** One layer of the target before and after, in the original shape, for the inspectors. */
export interface LayerInspection {
  name: string;
  /** [inputs, units] for dense, [k, k, in, filters] for conv. */
  shape: number[];
  dense: Float32Array;
  /** Exactly the weights the compressed model computes with (zeros where pruned or removed;
   * P·Q for a factorised layer). */
  compressed: Float32Array;
  /** 1 = kept, 0 = pruned or removed; null when nothing was pruned. */
  mask: Uint8Array | null;
  /** The distinct values a quantized layer can take (codebook or de-quantized codes), sorted;
   * null when not quantized. */
  levels: number[] | null;
}

export interface CompressionInspection {
  target: CompressTarget;
  layers: LayerInspection[];
  /** [height, width] of an input image (the first dense layer's rows are pixels), or null. */
  inputImage: [number, number] | null;
  /** Predicted classes over the whole test set, and the true labels. */
  predictions: { labels: Uint8Array; dense: Uint8Array; compressed: Uint8Array };
  numClasses: number;
  /** Images of the first test examples the dense model got right and the compressed one gets
   * wrong (indices into the test set, height × width × channels bytes each, `shape`); null for
   * data that is not images. */
  newlyWrongImages: {
    indices: number[];
    pixels: Uint8Array;
    shape: [number, number, number];
  } | null;
  /** For 2-D datasets: predicted class on a size×size grid over `extent`, row-major from the
   * top-left (y decreasing down the rows). */
  boundary: {
    size: number;
    extent: { xMin: number; xMax: number; yMin: number; yMax: number };
    dense: Uint8Array;
    compressed: Uint8Array;
  } | null;
}

/** Accuracy of the target when only one layer is pruned, for each layer and sparsity. */
export interface SensitivityCurve {
  layer: string;
  points: { sparsity: number; accuracy: number }[];
}

/** Same number of non-zero weights, two ways: prune a large model, or train a small one. */
export interface SparseVsDense {
  /** Both accuracies are on the validation split (the study chooses between two designs). */
  evaluatedOn: 'validation';
  examples: number;
  nonzeroWeights: number;
  largeSparse: { arch: string; accuracy: number; sizeBytes: number; sparsity: number };
  smallDense: { arch: string; accuracy: number; sizeBytes: number; params: number };
}

/** A point the user committed (slider release or a finished full run): what the Pareto chart
 * draws, what the runs store saves, and what a click restores (`point.settings`). */
export interface CommittedPoint {
  id: string;
  /** Date.now() when committed. */
  createdAt: number;
  point: CompressedPoint;
}
