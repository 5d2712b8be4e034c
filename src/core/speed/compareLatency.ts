import * as tf from '@tensorflow/tfjs';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import { toNetwork } from '../experiment/compress/modelWeights';
import { createRng, deriveSeed } from '../random';
import type { OwnKernels } from './latency';
import { expandFactors, featureMajor, jsKernels, relativeDifference } from './latency';
import { OwnNetwork } from './ownForward';
import { shrinkModel } from './structured';
import type { TimingOptions } from './timing';
import { timeInterleaved } from './timing';
import type { LatencyComparison, SpeedVariant } from './variants';

/** One side of a comparison: a stored model, run one of the four ways. */
export interface LatencySide {
  model: ModelWeights;
  variant: SpeedVariant;
}

/** Longer than one timing of the speed card: a claim checked on a loaded machine needs its
 * medians to settle (≥ 15 samples per side, up to 3 s), and samples of ≥ 20 ms each span
 * several scheduler time slices, so a side is not judged by whether a slice ended inside it. */
export const COMPARE_TIMING: Partial<TimingOptions> = {
  warmupRounds: 3,
  minRuns: 15,
  maxRuns: 61,
  budgetMs: 3000,
  minSampleMs: 20,
};

/**
 * Times a few (model, variant) sides against each other at one batch size, all in the same
 * interleaved rounds: a lesson's claim such as "the 50 %-pruned model under tfjs is no faster
 * than the unpruned one" compares two models, and timing them one after the other would let a
 * change in background load decide the answer. Same seeded input for every side.
 */
export async function compareLatency<K extends string>(
  sides: Record<K, LatencySide>,
  batch: number,
  options: {
    timing?: Partial<TimingOptions>;
    kernels?: (model: ModelWeights) => Promise<OwnKernels> | OwnKernels;
  } = {},
): Promise<LatencyComparison<K>> {
  const keys = Object.keys(sides) as K[];
  const makeKernels = options.kernels ?? jsKernels;
  const disposers: (() => void)[] = [];
  const first = sides[keys[0]].model;
  const features = first.spec.inputShape.reduce((a, b) => a * b, 1);
  const rng = createRng(deriveSeed(0, 'latency-input'));
  const input = Float32Array.from({ length: batch * features }, () => rng.next());
  const xT = featureMajor(input, batch, features);
  const x = tf.tensor2d(input, [batch, features]);
  disposers.push(() => x.dispose());
  const tfjsRun = (model: ModelWeights) => {
    const net = toNetwork(model);
    disposers.push(() => net.dispose());
    return async () => {
      const y = net.forward(x);
      try {
        return (await y.data()) as Float32Array;
      } finally {
        y.dispose();
      }
    };
  };
  try {
    const work = {} as Record<K, () => Promise<Float32Array>>;
    let maxRelativeDifference = 0;
    for (const k of keys) {
      const { model, variant } = sides[k];
      const dense = expandFactors(model);
      if (variant === 'tfjs-dense') work[k] = tfjsRun(dense);
      else if (variant === 'structured') work[k] = tfjsRun(shrinkModel(model));
      else {
        const reason = OwnNetwork.supports(model);
        if (reason) throw new Error(reason);
        const kernels = await makeKernels(variant === 'own-dense' ? dense : model);
        disposers.push(() => kernels.dispose());
        const kernel = variant === 'own-dense' ? 'dense' : 'sparse';
        work[k] = () => kernels.forward(xT, batch, kernel);
      }
      // The same function on every side: logits compared with tfjs on the same weights.
      const reference = await tfjsRun(dense)();
      const out = await work[k]();
      const rowMajor = variant.startsWith('own')
        ? featureMajor(out, reference.length / batch, batch)
        : out;
      maxRelativeDifference = Math.max(
        maxRelativeDifference,
        relativeDifference(reference, rowMajor),
      );
    }
    const timings = await timeInterleaved(work, { ...COMPARE_TIMING, ...options.timing });
    return { batch, backend: tf.getBackend(), timings, maxRelativeDifference };
  } finally {
    for (const dispose of disposers) dispose();
  }
}
