import type { LayerQuantizer } from '../../compress/methods/types';
import type { CompressedLayer, WeightValues } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import type { ExperimentConfig } from '../../config';
import { isBiasFreeFactor } from './lowRank';
import type { ModelWeights } from './modelWeights';
import { unitsOf, weightShapeOf } from './modelWeights';

/**
 * The model as the encoder stores it: each layer's values by the quantizer's `values` (float
 * when null), its mask, and its float bias. Pruned weights are zero in `model` already; the
 * mask tells the quantizer to leave them out of every statistic and the encoder to skip them.
 */
export function compressLayers(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
  quant: ExperimentConfig['quant'],
  values: LayerQuantizer | null,
): CompressedLayer[] {
  const stored = model.layers.map((layer, l): CompressedLayer => {
    const mask = masks[l] ?? undefined;
    const v: WeightValues = values
      ? values(layer.weights, mask, quant, unitsOf(layer.spec))
      : { kind: 'float', values: layer.weights };
    return {
      name: layer.spec.name,
      shape: weightShapeOf(layer.spec),
      values: v,
      ...(mask ? { mask } : {}),
      bias: isBiasFreeFactor(layer.spec.name) ? new Float32Array(0) : layer.bias,
    };
  });
  return foldFactorBiases(model, stored);
}

/**
 * The first factor P of a low-rank pair stores no bias, but fine-tuning trains one (b_P). The
 * pair computes (x·P + b_P)·Q + b_Q = x·P·Q + (b_P·Q + b_Q), so b_P folds exactly into the
 * second factor's bias, computed with Q as stored (quantized if it is): the file is the
 * trained model, not the model with b_P dropped.
 */
function foldFactorBiases(model: ModelWeights, stored: CompressedLayer[]): CompressedLayer[] {
  return stored.map((layer, l) => {
    const before = model.layers[l - 1];
    if (l === 0 || !isBiasFreeFactor(before.spec.name) || !before.bias.some((b) => b !== 0))
      return layer;
    const q = layerWeights(layer);
    const units = layer.bias.length;
    const bias = Float64Array.from(layer.bias);
    before.bias.forEach((b, i) => {
      if (b !== 0) for (let j = 0; j < units; j++) bias[j] += b * q[i * units + j];
    });
    return { ...layer, bias: Float32Array.from(bias) };
  });
}
