import { decodeModel } from '../../compress/size/decode';
import type { CompressedLayer } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import type { LayerSpec } from '../../model/layers';
import type { NetworkSpec } from '../../model/spec';
import { isBiasFreeFactor } from './lowRank';
import type { ModelWeights } from './modelWeights';
import { unitsOf } from './modelWeights';

/** The pooling every conv layer of the lab uses (see model/spec.ts). */
const POOL = 2;

/**
 * Rebuilds a runnable model from a downloaded file (compress/size/FORMAT.md). The file stores
 * names, shapes, values and biases; the rest follows the lab's conventions: 2-D weights are
 * dense layers, 4-D are 3×3 'same' convs with 2×2 pooling, every layer but the last (and the
 * first factor `.p` of a low-rank pair) has a ReLU. Throws with a plain message when the file
 * is not a model for these inputs.
 */
export function modelFromFile(
  bytes: Uint8Array,
  inputShape: number[],
  numClasses: number,
): { model: ModelWeights; layers: CompressedLayer[] } {
  const layers = decodeModel(bytes);
  if (layers.length === 0) throw new Error('The file holds no layers.');
  const inputs = inputShape.reduce((a, b) => a * b, 1);
  const specs: LayerSpec[] = layers.map((l, i) => {
    const last = i === layers.length - 1;
    if (l.shape.length === 2) {
      return {
        kind: 'dense',
        name: l.name,
        inputs: l.shape[0],
        units: l.shape[1],
        relu: !last && !isBiasFreeFactor(l.name),
      };
    }
    if (l.shape.length === 4 && l.shape[0] === l.shape[1]) {
      return {
        kind: 'conv',
        name: l.name,
        kernel: l.shape[0],
        inChannels: l.shape[2],
        filters: l.shape[3],
        pool: POOL,
      };
    }
    throw new Error(`Layer ${l.name} has a shape [${l.shape.join(', ')}] the lab cannot run.`);
  });
  const first = specs[0];
  const fits =
    first.kind === 'dense'
      ? first.inputs === inputs
      : first.inChannels === inputShape[inputShape.length - 1];
  const out = specs[specs.length - 1];
  if (!fits || out.kind !== 'dense' || out.units !== numClasses) {
    throw new Error(
      `This model does not fit the current dataset (it takes ${first.kind === 'dense' ? first.inputs : '?'} inputs and gives ${out.kind === 'dense' ? out.units : '?'} classes). Choose the dataset it was trained on.`,
    );
  }
  const spec: NetworkSpec = { arch: 'file', inputShape, numClasses, layers: specs };
  return {
    layers,
    model: {
      spec,
      layers: layers.map((l, i) => {
        const s = specs[i];
        return {
          spec: s,
          weights: layerWeights(l),
          bias: l.bias.length > 0 ? l.bias : new Float32Array(unitsOf(s)),
        };
      }),
    },
  };
}
