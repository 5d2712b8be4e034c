import type { LayerSpec } from '../../model/layers';
import type { ModelWeights } from './modelWeights';
import { unitsOf } from './modelWeights';

/**
 * Structured pruning that really shrinks the network, for dense and conv layers alike: removing
 * unit j of layer l deletes its weights and bias entry, *and* every weight of layer l + 1 that
 * read channel j. With the output unit on the last axis, element e of layer l belongs to unit
 * e mod units(l); element e of layer l + 1 reads input channel ⌊e / units(l+1)⌋ mod units(l) —
 * true for dense after dense (row i), conv after conv (axis 2) and dense after conv (a
 * channels-last flatten puts channel c at every index ≡ c mod channels).
 */
export function shrinkUnits(
  model: ModelWeights,
  layerIndex: number,
  keep: Uint8Array,
): ModelWeights {
  const layers = model.layers;
  if (layerIndex >= layers.length - 1) {
    throw new Error('shrinkUnits: the output layer cannot lose units (they are the classes)');
  }
  const layer = layers[layerIndex];
  const units = unitsOf(layer.spec);
  if (keep.length !== units)
    throw new Error(`shrinkUnits: ${keep.length} flags for ${units} units`);
  let kept = 0;
  for (const k of keep) kept += k ? 1 : 0;
  if (kept === 0) throw new Error('shrinkUnits: at least one unit must stay');

  const weights = layer.weights.filter((_, e) => keep[e % units] === 1);
  const bias = layer.bias.filter((_, j) => keep[j] === 1);
  const next = layers[layerIndex + 1];
  const nextUnits = unitsOf(next.spec);
  const nextWeights = next.weights.filter((_, e) => keep[Math.floor(e / nextUnits) % units] === 1);
  const chained = (s: LayerSpec) => s.kind === 'dense' || s.kind === 'conv';
  if (!chained(layer.spec) || !chained(next.spec))
    throw new Error(`shrinkUnits: ${layer.spec.name} is not part of a dense/conv chain`);
  const shrunkSpec: LayerSpec =
    layer.spec.kind === 'dense'
      ? { ...layer.spec, units: kept }
      : { ...(layer.spec as Extract<LayerSpec, { kind: 'conv' }>), filters: kept };
  const nextSpec: LayerSpec =
    next.spec.kind === 'dense'
      ? { ...next.spec, inputs: (next.spec.inputs / units) * kept }
      : { ...(next.spec as Extract<LayerSpec, { kind: 'conv' }>), inChannels: kept };
  const out = layers.slice();
  out[layerIndex] = { spec: shrunkSpec, weights, bias };
  out[layerIndex + 1] = { spec: nextSpec, weights: nextWeights, bias: next.bias };
  return { spec: model.spec, layers: out };
}

/**
 * The same removal written back into the original shape (zeros where units went), so
 * inspectors can draw a pruned matrix over the dense one.
 */
export function unitRemovalMasks(
  model: ModelWeights,
  keepPerLayer: readonly (Uint8Array | null)[],
): (Uint8Array | null)[] {
  return model.layers.map((layer, l) => {
    const own = keepPerLayer[l];
    const fed = l > 0 ? keepPerLayer[l - 1] : null;
    if (!own && !fed) return null;
    const units = unitsOf(layer.spec);
    const prevUnits = l > 0 ? unitsOf(model.layers[l - 1].spec) : 1;
    const mask = new Uint8Array(layer.weights.length);
    for (let e = 0; e < mask.length; e++) {
      const unitKept = !own || own[e % units] === 1;
      const inputKept = !fed || fed[Math.floor(e / units) % prevUnits] === 1;
      mask[e] = unitKept && inputKept ? 1 : 0;
    }
    return mask;
  });
}
