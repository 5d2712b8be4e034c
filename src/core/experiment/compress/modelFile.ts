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
/** The lab's convs are 3×3; a file asking for much larger kernels is refused, not run for minutes. */
export const MAX_FILE_KERNEL = 7;
/** Multiply-adds per example a loaded model may take (the lab's largest nets need ~15 M). */
export const MAX_FILE_MACS = 50_000_000;

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
  if (layers.some((l) => l.name === 'tokens'))
    throw new Error(
      'This file holds a vision transformer; loading one back is not supported yet (its size above is still exact).',
    );
  const specs = chainLayers(layers, inputShape);
  const out = specs[specs.length - 1];
  if (out.kind !== 'dense' || out.units !== numClasses) {
    throw new Error(
      `This model does not fit the current dataset (it gives ${out.kind === 'dense' ? out.units : '?'} classes, the dataset has ${numClasses}). Choose the dataset it was trained on.`,
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

/**
 * The layers as the lab would run them, checked in order: each layer takes what the previous
 * gives (a mismatch would otherwise surface as a tfjs shape error), conv kernels are small and
 * square, biases match the outputs, and the whole net's work per example is bounded.
 */
function chainLayers(layers: readonly CompressedLayer[], inputShape: number[]): LayerSpec[] {
  let image = inputShape.length === 3 ? { h: inputShape[0], w: inputShape[1] } : null;
  let channels = inputShape[inputShape.length - 1];
  let flat = inputShape.reduce((a, b) => a * b, 1);
  let macs = 0;
  return layers.map((l, i) => {
    const last = i === layers.length - 1;
    const where = `Layer ${l.name} (${i + 1} of ${layers.length})`;
    let spec: LayerSpec;
    if (l.shape.length === 2) {
      if (l.shape[0] !== flat)
        throw new Error(`${where} takes ${l.shape[0]} inputs, but gets ${flat}.`);
      spec = {
        kind: 'dense',
        name: l.name,
        inputs: l.shape[0],
        units: l.shape[1],
        relu: !last && !isBiasFreeFactor(l.name),
      };
      macs += l.shape[0] * l.shape[1];
      image = null;
      flat = channels = l.shape[1];
    } else if (l.shape.length === 4 && l.shape[0] === l.shape[1] && image !== null) {
      const [kernel, , inChannels, filters] = l.shape;
      if (kernel > MAX_FILE_KERNEL)
        throw new Error(
          `${where} has a ${kernel}×${kernel} kernel; the lab runs at most ${MAX_FILE_KERNEL}×${MAX_FILE_KERNEL}.`,
        );
      if (inChannels !== channels)
        throw new Error(`${where} takes ${inChannels} channels, but gets ${channels}.`);
      spec = { kind: 'conv', name: l.name, kernel, inChannels, filters, pool: POOL };
      macs += image.h * image.w * kernel * kernel * inChannels * filters;
      image = { h: Math.ceil(image.h / POOL), w: Math.ceil(image.w / POOL) };
      channels = filters;
      flat = image.h * image.w * filters;
    } else {
      throw new Error(`${where} has a shape [${l.shape.join(', ')}] the lab cannot run here.`);
    }
    if (l.bias.length !== 0 && l.bias.length !== unitsOf(spec))
      throw new Error(`${where} has ${l.bias.length} biases for ${unitsOf(spec)} outputs.`);
    if (macs > MAX_FILE_MACS)
      throw new Error(
        `The model needs more than ${MAX_FILE_MACS} multiply-adds per example; the lab refuses to run it.`,
      );
    return spec;
  });
}
