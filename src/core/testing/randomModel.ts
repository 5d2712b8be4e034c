import type { ModelWeights } from '../experiment/compress/modelWeights';
import { paramShapes } from '../model/layers';
import { buildSpec } from '../model/spec';

/**
 * A model of architecture `arch` whose weights and biases come from `value` (called once per
 * parameter, weights of a layer first, then its biases) — the speed and size tests build
 * models this way with seeded normals, zeros or ones.
 */
export function modelWithWeights(
  arch: string,
  inputShape: number[],
  classes: number,
  value: (kind: 'weight' | 'bias') => number,
): ModelWeights {
  const spec = buildSpec(arch, inputShape, classes);
  return {
    spec,
    layers: spec.layers.map((l) => {
      const [w, b] = paramShapes(l);
      const size = w.reduce((a, c) => a * c, 1);
      return {
        spec: l,
        weights: Float32Array.from({ length: size }, () => value('weight')),
        bias: Float32Array.from({ length: b[0] }, () => value('bias')),
      };
    }),
  };
}
