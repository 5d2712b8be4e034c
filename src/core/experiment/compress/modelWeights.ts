import type { LayerSpec } from '../../model/layers';
import { layerInputs, layerUnits, paramShapes } from '../../model/layers';
import { Network } from '../../model/network';
import type { NetworkSpec } from '../../model/spec';

/**
 * A network as plain arrays: what the compression pipeline cuts, factorises and quantizes.
 * Weights are row-major with the output unit on the last axis ([inputs, units] for dense,
 * [k, k, in, filters] for conv), so "unit of element e" is always e mod units.
 */
export interface LayerWeights {
  spec: LayerSpec;
  weights: Float32Array;
  bias: Float32Array;
}

export interface ModelWeights {
  spec: NetworkSpec;
  layers: LayerWeights[];
}

export const unitsOf = (layer: LayerSpec): number => layerUnits(layer);

/** Input channels of a layer: rows of a dense layer's matrix, or a conv's in-channels. */
export const inputsOf = (layer: LayerSpec): number => layerInputs(layer);

export const weightShapeOf = (layer: LayerSpec): number[] => paramShapes(layer)[0];

export async function readModel(net: Network): Promise<ModelWeights> {
  const snapshot = await net.snapshot();
  return {
    spec: net.spec,
    layers: net.layers.map((l, i) => ({
      spec: l.spec,
      weights: snapshot[i].weights,
      bias: snapshot[i].bias,
    })),
  };
}

/** A fresh network holding these weights; the caller disposes it. */
export function toNetwork(model: ModelWeights): Network {
  const spec: NetworkSpec = { ...model.spec, layers: model.layers.map((l) => l.spec) };
  return Network.fromSnapshot(
    spec,
    model.layers.map((l) => ({ name: l.spec.name, weights: l.weights, bias: l.bias })),
  );
}

export function weightCountOf(model: ModelWeights): number {
  return model.layers.reduce((s, l) => s + l.weights.length, 0);
}

export function paramCountOf(model: ModelWeights): number {
  return model.layers.reduce((s, l) => s + l.weights.length + l.bias.length, 0);
}
