import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import type { Network } from './network';
import { isVit } from './vitSpec';

/** Where each head of a vision transformer looks, for one test image. */
export interface AttentionMaps {
  arch: string;
  /** The test image's index, its pixels (side × side, 0..1, first channel) and its label. */
  index: number;
  side: number;
  image: Float32Array;
  label: number;
  predicted: number;
  /** Patches per row (the maps are grid × grid). */
  grid: number;
  layers: number;
  heads: number;
  /** layers × heads × grid² values: the class token's attention to each patch, per head. Each
   * map sums to 1 minus the class token's attention to itself. */
  maps: Float32Array;
  /** Per layer and head: the attention-weighted mean distance (in patches) from the map's
   * centre of mass to the patches it weighs, i.e. how widely the head spreads its attention. */
  spread: Float32Array;
}

/**
 * The class token's attention over the patches, per block and head, for test image `index`
 * (clamped into the split). The class token is what the classifier reads, so its row is the
 * map of what each head passes on to the answer. Null for a network that is not a ViT.
 */
export function attentionMaps(net: Network, split: DataSplit, index: number): AttentionMaps | null {
  if (!isVit(net.spec.layers)) return null;
  const [side, , channels] = net.spec.inputShape;
  const featureSize = side * side * channels;
  const i = Math.min(Math.max(0, Math.floor(index)), split.n - 1);
  const input = Float32Array.from(
    split.x.subarray(i * featureSize, (i + 1) * featureSize),
    (v) => v * split.scale,
  );
  const [probs, logits] = tf.tidy(() => {
    const out = net.forwardVit(tf.tensor2d(input, [1, featureSize]), { attention: true });
    // [layers, heads, tokens]: row 0 (the class token's query) of every block's map.
    const rows = tf.stack(
      out.attention.map((a) => a.slice([0, 0, 0, 0], [1, -1, 1, -1]).reshape([a.shape[1], -1])),
    );
    return [rows.arraySync() as number[][][], out.logits.arraySync() as number[][]];
  });
  const layers = probs.length;
  const heads = probs[0].length;
  const patches = probs[0][0].length - 1;
  const grid = Math.round(Math.sqrt(patches));
  const maps = new Float32Array(layers * heads * patches);
  const spread = new Float32Array(layers * heads);
  probs.forEach((perHead, l) =>
    perHead.forEach((row, h) => {
      const map = row.slice(1);
      maps.set(map, (l * heads + h) * patches);
      spread[l * heads + h] = meanSpread(map, grid);
    }),
  );
  const image = new Float32Array(side * side);
  for (let p = 0; p < side * side; p++) image[p] = input[p * channels];
  const scores = logits[0];
  return {
    arch: net.spec.arch,
    index: i,
    side,
    image,
    label: split.y[i],
    predicted: scores.indexOf(Math.max(...scores)),
    grid,
    layers,
    heads,
    maps,
    spread,
  };
}

/** Attention-weighted mean distance (in patches) from the map's centre of mass: near 0 for a
 * head that looks at one spot, larger for one that looks everywhere. */
export function meanSpread(map: readonly number[], grid: number): number {
  const total = map.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  let cx = 0;
  let cy = 0;
  map.forEach((w, p) => {
    cx += (w * (p % grid)) / total;
    cy += (w * Math.floor(p / grid)) / total;
  });
  let d = 0;
  map.forEach((w, p) => {
    d += (w * Math.hypot((p % grid) - cx, Math.floor(p / grid) - cy)) / total;
  });
  return d;
}
