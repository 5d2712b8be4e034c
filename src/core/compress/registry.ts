/**
 * Every compression method the engine offers, one line each: the app's method pickers and the
 * CLI's help read this list, so adding a method is one new file plus one line here.
 */

export type MethodKind = 'prune' | 'quantize' | 'lowrank';

export interface MethodInfo {
  name: string;
  kind: MethodKind;
  /** Where it lives, relative to compress/. */
  module: string;
  description: string;
}

export const COMPRESSION_METHODS: readonly MethodInfo[] = [
  {
    name: 'magnitude',
    kind: 'prune',
    module: 'prune/scores',
    description: 'Score each weight by |w|; the classic pruning criterion.',
  },
  {
    name: 'random',
    kind: 'prune',
    module: 'prune/scores',
    description: 'Random scores: the baseline every criterion must beat.',
  },
  {
    name: 'taylor',
    kind: 'prune',
    module: 'prune/scores',
    description: 'First-order Taylor saliency |w·∂L/∂w|: predicted loss change if w is removed.',
  },
  {
    name: 'unit-norm',
    kind: 'prune',
    module: 'prune/scores',
    description: 'L1 or L2 norm of a whole neuron or filter, for structured pruning.',
  },
  {
    name: 'layer',
    kind: 'prune',
    module: 'prune/masks',
    description: 'Remove the same fraction of weights from every layer.',
  },
  {
    name: 'global',
    kind: 'prune',
    module: 'prune/masks',
    description: 'One threshold over the whole network; layers end up with different sparsities.',
  },
  {
    name: '2:4',
    kind: 'prune',
    module: 'prune/masks',
    description: 'Keep the N largest of every M consecutive weights (N:M sparsity).',
  },
  {
    name: 'neuron',
    kind: 'prune',
    module: 'prune/structured',
    description:
      'Remove whole units and the next layer’s matching inputs: the layer really shrinks.',
  },
  {
    name: 'gradual',
    kind: 'prune',
    module: 'prune/schedule',
    description: 'Zhu & Gupta cubic schedule: sparsity rises during training.',
  },
  {
    name: 'iterative',
    kind: 'prune',
    module: 'prune/schedule',
    description: 'k rounds of prune and fine-tune, the same fraction of survivors each round.',
  },
  {
    name: 'ptq',
    kind: 'quantize',
    module: 'quantize/uniform',
    description: 'Post-training uniform quantization to 1–8 bits with integer codes and scales.',
  },
  {
    name: 'qat',
    kind: 'quantize',
    module: 'quantize/ste',
    description: 'Fake quantization in training with a straight-through estimator and clipping.',
  },
  {
    name: 'quant-noise',
    kind: 'quantize',
    module: 'quantize/noise',
    description: 'Quantize only a random fraction p of weight blocks per training step.',
  },
  {
    name: 'kmeans',
    kind: 'quantize',
    module: 'quantize/kmeans',
    description: 'Share weights: 2^bits k-means centroids per layer, linear initialisation.',
  },
  {
    name: 'svd',
    kind: 'lowrank',
    module: 'lowrank/svd',
    description: 'Replace W (m×n) by two factors of rank r: r(m + n) parameters.',
  },
];

export function methodsOfKind(kind: MethodKind): MethodInfo[] {
  return COMPRESSION_METHODS.filter((m) => m.kind === kind);
}
