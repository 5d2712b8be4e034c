import type { SpeedVariant } from '../core/speed/variants';
import type { Claim, Quantity } from './claims';
import type { Lesson } from './lessons';

/** "a, run as `va`, is at least / at most `value`× as fast as b, run as `vb`, at `batch`". */
const speedup = (
  a: [Quantity, SpeedVariant],
  b: [Quantity, SpeedVariant],
  batch: number,
  op: Claim['op'],
  value: number,
  reference?: string,
): Claim => ({
  figure: 'speedup',
  a: a[0],
  b: b[0],
  variants: [a[1], b[1]],
  batch,
  op,
  value,
  ...(reference ? { reference } : {}),
});

/**
 * Lesson 8, "Smaller is not always faster": the same LeNet-300-100 pruned three ways and timed
 * on the learner's own machine. Each claim is a ratio of two sides timed in the same rounds
 * (speed/compareLatency.ts), with a margin: the numbers move with the machine and its load,
 * the ordering does not. Timing needs no accuracy, so the teacher trains one short epoch on 1,000 examples.
 * Checked by `npm run lessons:full` (timings on a shared CI machine are no unit test).
 */
export const lessonSpeed: Lesson = {
  id: 8,
  slug: 'smallerFaster',
  slow: true,
  base: 'trainSize=1000&teacher.arch=mlp:300-100&teacher.epochs=1&prune.method=magnitude&prune.scope=layer&prune.schedule=oneshot&prune.finetuneEpochs=0&target=teacher',
  formula:
    '\\begin{gathered} \\text{MACs}_{\\text{dense}} = B \\sum_\\ell m_\\ell\\, n_\\ell, \\qquad \\text{MACs}_{\\text{CSR}} = B\\,(1-s) \\sum_\\ell m_\\ell\\, n_\\ell \\\\ t \\approx c \\cdot \\text{MACs}: \\quad \\text{CSR pays when } (1-s)\\, c_{\\text{CSR}} < c_{\\text{dense}} \\end{gathered}',
  seconds: 15,
  steps: [
    {
      // Half the weights are zero, but tfjs multiplies the same dense matrices: the naive 2×
      // never comes (the two sides run the same product; the margin is the machine's noise).
      set: 'prune.granularity=weight&prune.sparsity=0.5',
      run: 'latency',
      expect: speedup(
        ['compressed', 'tfjs-dense'],
        ['reference', 'tfjs-dense'],
        256,
        '<=',
        1.5,
        'prune.sparsity=0',
      ),
    },
    {
      set: 'prune.granularity=weight&prune.sparsity=0.9',
      run: 'latency',
      expect: speedup(['compressed', 'own-sparse'], ['compressed', 'own-dense'], 1, '>=', 3),
    },
    {
      set: 'prune.granularity=weight&prune.sparsity=0.8',
      run: 'latency',
      expect: speedup(['compressed', 'tfjs-dense'], ['compressed', 'own-sparse'], 256, '>=', 1.5),
    },
    {
      set: 'prune.granularity=neuron&prune.sparsity=0.5',
      run: 'latency',
      expect: speedup(
        ['compressed', 'tfjs-dense'],
        ['reference', 'tfjs-dense'],
        256,
        '>=',
        1.4,
        'prune.granularity=weight',
      ),
    },
  ],
};
