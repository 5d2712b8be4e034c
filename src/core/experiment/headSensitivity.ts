import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import type { Network } from '../model/network';
import { isVit, vitIndex } from '../model/vitSpec';
import { evaluateAccuracy } from '../train/evaluate';

/** How much a vision transformer needs each of its heads, one head at a time. */
export interface HeadSensitivity {
  layers: number;
  heads: number;
  /** Examples of the validation split measured on. */
  examples: number;
  /** Validation accuracy with every head. */
  dense: number;
  /** layers × heads: validation accuracy with only that head removed (its gate at 0, which
   * computes exactly what cutting the head out computes). */
  accuracy: Float32Array;
}

/**
 * The per-head sensitivity scan (Michel et al. 2019, Voita et al. 2019): remove each single head
 * and measure the accuracy on `validation` (the teacher's validation split — never the test
 * split, so the scan can be used to choose heads). Null for a network that is not a ViT.
 */
export async function headSensitivity(
  net: Network,
  validation: DataSplit,
): Promise<HeadSensitivity | null> {
  if (!isVit(net.spec.layers)) return null;
  const featureSize = net.spec.inputShape.reduce((a, b) => a * b, 1);
  const index = vitIndex(net.spec.layers);
  const heads = index.blocks.map((b) => {
    const spec = net.spec.layers[b.q];
    if (spec.kind !== 'attn') throw new Error(`${spec.name} is not an attention projection`);
    return spec.heads;
  });
  const perBlock = heads[0];
  if (heads.some((h) => h !== perBlock)) throw new Error('blocks differ in heads');
  const dense = await evaluateAccuracy(net, validation, featureSize);
  const accuracy = new Float32Array(heads.length * perBlock);
  for (let layer = 0; layer < heads.length; layer++) {
    for (let head = 0; head < perBlock; head++) {
      const gates = heads.map((h, b) =>
        tf.tensor1d(Array.from({ length: h }, (_, j) => (b === layer && j === head ? 0 : 1))),
      );
      try {
        accuracy[layer * perBlock + head] = await evaluateAccuracy(
          { forward: (x) => net.forwardVit(x, { gates }).logits },
          validation,
          featureSize,
        );
      } finally {
        tf.dispose(gates);
      }
    }
  }
  return { layers: heads.length, heads: perBlock, examples: validation.n, dense, accuracy };
}
