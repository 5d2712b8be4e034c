import type { ModelWeights } from '../experiment/compress/modelWeights';
import type { LayerSpec } from '../model/layers';
import { vitTokenCount } from '../model/vitSpec';

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
  const tokens = vitTokenCount(model.layers.map((l) => l.spec));
  if (tokens > 0) return vitMacs(model, tokens);
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

/**
 * A vision transformer: the patch embedding runs on every patch, each block's projections
 * and MLP on every token, the head on the class token; per head, q·kᵀ and probs·v cost
 * tokens² × headDim each (dense whatever the weights: they multiply activations). Norms,
 * softmax and token positions are not multiply–accumulates of weights and are not counted.
 */
function vitMacs(model: ModelWeights, tokens: number): MacCount {
  let macs = 0;
  let denseMacs = 0;
  for (const layer of model.layers) {
    const spec = layer.spec;
    if (spec.kind === 'norm' || spec.kind === 'tokens') continue;
    let nonzero = 0;
    for (let i = 0; i < layer.weights.length; i++) if (layer.weights[i] !== 0) nonzero++;
    const positions = vitPositions(spec, tokens);
    macs += nonzero * positions + vitAttentionMacs(spec, tokens);
    denseMacs += layer.weights.length * positions + vitAttentionMacs(spec, tokens);
  }
  return { macs, denseMacs };
}

/** How many tokens a ViT layer's weights are applied to (the patch embedding: every patch;
 * the head: the class token; the rest: every token). */
export const vitPositions = (spec: LayerSpec, tokens: number): number =>
  spec.name === 'patch' ? tokens - 1 : spec.name === 'head' ? 1 : tokens;

/** q·kᵀ and probs·v of one attention block, counted once at its q projection. */
export const vitAttentionMacs = (spec: LayerSpec, tokens: number): number =>
  spec.kind === 'attn' && spec.role === 'q' ? 2 * spec.heads * tokens * tokens * spec.headDim : 0;
