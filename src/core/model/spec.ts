import { parseArch } from '../config/arch';
import type { LayerSpec } from './layers';
import { layerParamCount } from './layers';
import { buildVitLayers } from './vitSpec';

export interface NetworkSpec {
  arch: string;
  /** Shape of one input example, e.g. [28, 28, 1] or [2]. */
  inputShape: number[];
  numClasses: number;
  layers: LayerSpec[];
}

const CONV_KERNEL = 3;
const POOL = 2;

/**
 * Turns an arch string into layers for a dataset's input shape.
 * `mlp:300-100` on MNIST is LeNet-300-100: 784-300-100-10 (266,610 parameters).
 * `cnn:8-16` is conv3×3(8) → maxpool2 → conv3×3(16) → maxpool2 → dense(numClasses).
 * `vit:p7-d32-h4-l2` is a vision transformer (see vitSpec.ts).
 */
export function buildSpec(arch: string, inputShape: number[], numClasses: number): NetworkSpec {
  const { kind, hidden, vit } = parseArch(arch);
  if (vit)
    return { arch, inputShape, numClasses, layers: buildVitLayers(vit, inputShape, numClasses) };
  const layers: LayerSpec[] = [];
  let features = inputShape.reduce((a, b) => a * b, 1);
  if (kind === 'cnn') {
    if (inputShape.length !== 3) {
      throw new Error(
        `A CNN needs image data; this dataset's examples have shape [${inputShape.join(', ')}]. Use an mlp: architecture.`,
      );
    }
    let [h, w, c] = inputShape;
    hidden.forEach((filters, i) => {
      layers.push({
        kind: 'conv',
        name: `conv${i + 1}`,
        kernel: CONV_KERNEL,
        inChannels: c,
        filters,
        pool: POOL,
      });
      // 'same' padding keeps the size; pooling with 'same' padding rounds up.
      h = Math.ceil(h / POOL);
      w = Math.ceil(w / POOL);
      c = filters;
    });
    features = h * w * c;
    layers.push({ kind: 'dense', name: 'fc1', inputs: features, units: numClasses, relu: false });
  } else {
    hidden.forEach((units, i) => {
      layers.push({ kind: 'dense', name: `fc${i + 1}`, inputs: features, units, relu: true });
      features = units;
    });
    layers.push({
      kind: 'dense',
      name: `fc${hidden.length + 1}`,
      inputs: features,
      units: numClasses,
      relu: false,
    });
  }
  return { arch, inputShape, numClasses, layers };
}

export function specParamCount(spec: NetworkSpec): number {
  return spec.layers.reduce((sum, l) => sum + layerParamCount(l), 0);
}
