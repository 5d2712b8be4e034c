import type { LayerWeights, ModelWeights } from '../experiment/compress/modelWeights';

/**
 * The physically smaller model that computes the same function: a hidden unit whose incoming
 * weights are all zero outputs a constant (ReLU of its bias), so it is removed and that
 * constant folded into the next layer's bias; a unit nothing reads is removed too. Neuron
 * pruning and low-rank factors (already two smaller layers) become smaller matrices a dense
 * kernel runs faster; unstructured sparsity rarely empties a whole unit, so it mostly stays.
 * Convolutional models are returned unchanged (their channels are not shrunk here).
 */
export function shrinkModel(model: ModelWeights): ModelWeights {
  if (!model.layers.every((l) => l.spec.kind === 'dense')) return model;
  let layers = model.layers.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < layers.length; i++) {
    const [a, b] = shrinkPair(layers[i], layers[i + 1]);
    layers = [...layers.slice(0, i), a, b, ...layers.slice(i + 2)];
  }
  return { spec: model.spec, layers };
}

function shrinkPair(a: LayerWeights, b: LayerWeights): [LayerWeights, LayerWeights] {
  if (a.spec.kind !== 'dense' || b.spec.kind !== 'dense') return [a, b];
  const { inputs, units, relu } = a.spec;
  const out = b.spec.units;
  const keep: number[] = [];
  const bias = Float32Array.from(b.bias);
  for (let j = 0; j < units; j++) {
    let incoming = false;
    for (let i = 0; i < inputs && !incoming; i++) incoming = a.weights[i * units + j] !== 0;
    let read = false;
    for (let k = 0; k < out && !read; k++) read = b.weights[j * out + k] !== 0;
    if (incoming && read) {
      keep.push(j);
    } else if (read) {
      // A constant unit: its output never changes, so the next layer can add it once.
      const c = relu ? Math.max(0, a.bias[j]) : a.bias[j];
      if (c !== 0) for (let k = 0; k < out; k++) bias[k] += c * b.weights[j * out + k];
    }
  }
  if (keep.length === units) return [a, b];
  const n = keep.length;
  const wa = new Float32Array(inputs * n);
  for (let i = 0; i < inputs; i++)
    keep.forEach((j, c) => (wa[i * n + c] = a.weights[i * units + j]));
  const wb = new Float32Array(n * out);
  keep.forEach((j, r) => wb.set(b.weights.subarray(j * out, (j + 1) * out), r * out));
  return [
    { spec: { ...a.spec, units: n }, weights: wa, bias: Float32Array.from(keep, (j) => a.bias[j]) },
    { spec: { ...b.spec, inputs: n }, weights: wb, bias },
  ];
}
