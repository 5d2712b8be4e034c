import type { ModelWeights } from '../experiment/compress/modelWeights';

export interface MacCount {
  /** Multiply–accumulates per example the stored model must do: every nonzero weight of every
   * stored layer (factor layers of a low-rank model count separately), times the output
   * positions of a convolution. A zero weight costs nothing only to a kernel that skips it. */
  macs: number;
  /** The same count with every weight of the stored layers, zeros included (what a dense
   * kernel executes). */
  denseMacs: number;
}

/**
 * MACs per example of a model as stored. Dense layer: one MAC per weight. Convolution ('same'
 * padding, stride 1, then max-pool with 'same' padding): one MAC per weight per output
 * position, padded border included, as a direct convolution computes it. Biases and ReLU are
 * additions, not multiply–accumulates, and are not counted.
 */
export function macsOf(model: ModelWeights): MacCount {
  const shape = model.spec.inputShape;
  let [h, w] = shape.length === 3 ? shape : [1, 1];
  let macs = 0;
  let denseMacs = 0;
  for (const layer of model.layers) {
    let nonzero = 0;
    for (let i = 0; i < layer.weights.length; i++) if (layer.weights[i] !== 0) nonzero++;
    const positions = layer.spec.kind === 'conv' ? h * w : 1;
    macs += nonzero * positions;
    denseMacs += layer.weights.length * positions;
    if (layer.spec.kind === 'conv') {
      h = Math.ceil(h / layer.spec.pool);
      w = Math.ceil(w / layer.spec.pool);
    }
  }
  return { macs, denseMacs };
}
