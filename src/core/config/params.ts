/**
 * The parameter table: one row per dotted config key. It is the single source of truth for the
 * experiment config — the TypeScript type, the zod schema, the defaults, the URL codec, slider
 * ranges and CLI flags are all derived from it, so adding a knob means adding one row here.
 */
import { QUANT_MODE_NAMES, SCHEDULE_NAMES, SCORE_NAMES } from '../compress/registry';
import type { DatasetRef } from '../data/types';
import { datasetRefError } from '../data/user/ref';
import { archError } from './arch';
import { int, nullableInt, num, oneOf, text } from './row';

export type { ParamKind, ParamRow } from './row';

/** Rows in the order of URLs, `--help` and the controls panel. */
export const PARAMS = [
  {
    ...text(
      'dataset',
      'mnist',
      datasetRefError,
      'Which data to learn: handwritten digits, clothing, a 2-D toy set, or user:<name>@<hash> for a dataset imported in this browser.',
    ),
    default: 'mnist' as DatasetRef,
  },
  int('trainSize', {
    min: 100,
    max: 60000,
    step: 100,
    default: 10000,
    describe: 'How many training examples to use; fewer trains faster.',
  }),
  // Null (empty in a form, absent from a link) means automatic: 10 % of the training examples
  // drawn, at most 5,000 (see validationSize in schema.ts). A fixed default could not follow
  // trainSize, and 0 would read as "no validation", which the lab does not offer.
  nullableInt('valSize', {
    min: 10,
    max: 5000,
    step: 10,
    default: null,
    describe:
      'Validation examples carved from the training split and never trained on; curves, scans and sweeps are scored on them. Empty means 10 % of trainSize, at most 5,000.',
  }),
  int('seed', {
    min: 0,
    max: 2 ** 31 - 1,
    step: 1,
    default: 1,
    describe: 'Master random seed: the same seed gives the same run.',
  }),
  oneOf(
    'backend',
    ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'],
    'auto',
    'Where the maths runs; auto times a few training steps on WebGPU, WebGL and WASM and picks the fastest.',
  ),
  text(
    'teacher.arch',
    'mlp:300-100',
    archError,
    'The big model: mlp:300-100 means two hidden layers of 300 and 100 units; vit:p7-d32-h4-l2 a vision transformer (7×7 patches, width 32, 4 heads, 2 blocks).',
  ),
  int('teacher.epochs', {
    min: 1,
    max: 200,
    step: 1,
    default: 5,
    describe: 'Passes over the training data for the teacher.',
  }),
  text('student.arch', 'mlp:30', archError, 'The small model that learns from the teacher.'),
  int('student.epochs', {
    min: 1,
    max: 200,
    step: 1,
    default: 10,
    describe: 'Passes over the transfer set for the student.',
  }),
  nullableInt('student.trainSize', {
    min: 100,
    max: 60000,
    step: 100,
    default: null,
    describe: 'Examples the student learns from; empty means the same as trainSize.',
  }),
  // Hinton et al.'s omitted digit: both students' transfer set leaves this class out, and each
  // student reports what it makes of the class before and after raising its output bias.
  nullableInt('student.omitClass', {
    min: 0,
    max: 99,
    step: 1,
    default: null,
    describe:
      "A class left out of the students' transfer set (Hinton's omitted digit); empty keeps every class.",
  }),
  num('train.lr', {
    min: 1e-5,
    max: 1,
    log: true,
    default: 0.001,
    describe: 'Learning rate of the Adam optimiser: the size of each step.',
  }),
  int('train.batchSize', {
    min: 8,
    max: 1024,
    step: 8,
    log: true,
    default: 128,
    describe: 'Examples per gradient step.',
  }),
  num('distill.temperature', {
    min: 1,
    max: 20,
    step: 0.5,
    default: 4,
    describe:
      "Softens the teacher's outputs so the student sees which wrong answers are nearly right.",
  }),
  num('distill.alpha', {
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.9,
    describe: "Weight of the teacher's soft targets; the rest goes to the true labels.",
  }),
  num('distill.hidden', {
    min: 0,
    max: 1,
    step: 0.05,
    default: 0,
    describe:
      "Weight of matching the teacher's last hidden layer (cosine, through a learned projection); 0 = off.",
  }),
  num('distill.attention', {
    min: 0,
    max: 10,
    step: 0.1,
    default: 0,
    describe:
      "Weight of matching the teacher's attention maps (TinyBERT-style, head-averaged; vit teacher and student with the same patches); 0 = off.",
  }),
  num('prune.sparsity', {
    min: 0,
    // 0.997 (0.3 % density) is where pruning at initialisation separates SynFlow from magnitude.
    max: 0.999,
    step: 0.01,
    default: 0,
    describe: 'Fraction of weights (or units) removed.',
  }),
  oneOf(
    'prune.method',
    SCORE_NAMES,
    'magnitude',
    'How weights are scored before the lowest are removed (see `compression-lab methods`).',
  ),
  oneOf(
    'prune.at',
    ['trained', 'init'],
    'trained',
    'Score the trained weights, or the initial ones and then train the masked network (pruning at initialisation).',
  ),
  oneOf(
    'prune.granularity',
    ['weight', 'neuron', '2:4', 'head'],
    'weight',
    'Remove single weights, whole units, 2 of every 4 weights, or whole attention heads (vit: only).',
  ),
  oneOf(
    'prune.scope',
    ['global', 'layer'],
    'layer',
    'Rank weights across the whole network or within each layer.',
  ),
  oneOf(
    'prune.schedule',
    SCHEDULE_NAMES,
    'oneshot',
    'Prune in one cut, in several rounds, or little by little while training.',
  ),
  oneOf(
    'prune.exclude',
    ['output', 'none'],
    'output',
    'Leave the output layer dense (its few weights matter most), or prune it too.',
  ),
  int('prune.rounds', {
    min: 1,
    max: 10,
    step: 1,
    default: 3,
    describe: 'Rounds of prune + fine-tune for the iterative schedule.',
  }),
  int('prune.finetuneEpochs', {
    min: 0,
    max: 100,
    step: 1,
    default: 0,
    describe: 'Epochs of recovery training after pruning (init=keep).',
  }),
  nullableInt('prune.retrainEpochs', {
    min: 1,
    max: 200,
    step: 1,
    default: null,
    describe:
      "Epochs of retraining after a rewind, re-init or prune-at-init (per round); empty means the target's own training epochs.",
  }),
  oneOf(
    'prune.init',
    ['keep', 'rewind', 'reinit'],
    'keep',
    'Fine-tune from the trained weights, rewind to the initial ones (lottery ticket), or start fresh.',
  ),
  int('quant.bits', {
    min: 1,
    max: 32,
    step: 1,
    values: [1, 2, 3, 4, 5, 6, 7, 8, 32],
    default: 32,
    describe: 'Bits per weight; 32 means no quantization.',
  }),
  oneOf(
    'quant.scheme',
    ['symmetric', 'asymmetric'],
    'symmetric',
    'Symmetric around zero, or with a zero point to fit lopsided ranges.',
  ),
  oneOf(
    'quant.granularity',
    ['tensor', 'channel'],
    'channel',
    'One scale for a whole layer, or one per output unit.',
  ),
  oneOf(
    'quant.mode',
    QUANT_MODE_NAMES,
    'ptq',
    'Quantize after training, train with quantization in the loop, share weights by k-means, or product-quantize sub-vectors.',
  ),
  int('quant.pqBlock', {
    min: 4,
    max: 16,
    step: 4,
    values: [4, 8, 16],
    default: 8,
    describe: 'Product quantization: weights per sub-vector; quant.bits is then the index width.',
  }),
  int('quant.epochs', {
    min: 0,
    max: 50,
    step: 1,
    default: 2,
    describe:
      'Epochs of quantization-aware training (qat) or of centroid fine-tuning (kmeans, pq).',
  }),
  num('quant.noise', {
    min: 0.05,
    max: 1,
    step: 0.05,
    default: 1,
    describe:
      'Quant-Noise: fraction of weight blocks quantized per QAT or PQ fine-tuning step; 1 = none.',
  }),
  num('lowrank.rank', {
    min: 0.01,
    max: 1,
    step: 0.01,
    default: 1,
    describe: 'Fraction of full rank kept by factorising each layer; 1 means off.',
  }),
  oneOf(
    'size.coding',
    ['fixed', 'huffman'],
    'fixed',
    'Store codes and index gaps at a fixed width, or Huffman-code them (Deep Compression).',
  ),
  oneOf('target', ['teacher', 'student'], 'teacher', 'Which model the compression sliders act on.'),
] as const;

export type AnyParamRow = (typeof PARAMS)[number];
/** Every dotted key, e.g. 'prune.sparsity'. */
export type ParamKey = AnyParamRow['key'];
/** The value type of one key, e.g. ParamValue<'prune.method'> = 'magnitude' | 'random' | ... */
export type ParamValue<K extends ParamKey> = Extract<AnyParamRow, { key: K }>['default'];

type TopKey = Exclude<ParamKey, `${string}.${string}`>;
type GroupName = ParamKey extends infer K ? (K extends `${infer G}.${string}` ? G : never) : never;

/** The nested config, computed from the table: `{ dataset, ..., prune: { sparsity, ... }, ... }`. */
export type ExperimentConfig = {
  [N in TopKey | GroupName]: N extends TopKey
    ? ParamValue<N>
    : { [K in ParamKey as K extends `${N}.${infer F}` ? F : never]: ParamValue<K> };
};

const ROWS_BY_KEY: ReadonlyMap<string, AnyParamRow> = new Map(PARAMS.map((row) => [row.key, row]));

/** The row for a key, or undefined for a key the lab does not know. */
export function findParam(key: string): AnyParamRow | undefined {
  return ROWS_BY_KEY.get(key);
}

/** Group names ('teacher', 'prune', ...), derived from the dotted keys. */
export const GROUP_NAMES: readonly string[] = [
  ...new Set(PARAMS.flatMap((row) => (row.key.includes('.') ? [row.key.split('.')[0]] : []))),
];
