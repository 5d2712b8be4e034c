import type { ExperimentConfig } from '../../config';
import { kmeansQuantize } from '../../compress/quantize/kmeans';
import { quantizeUniform } from '../../compress/quantize/uniform';
import type { CompressedLayer, WeightValues } from '../../compress/size/model';
import { isBiasFreeFactor } from './lowRank';
import type { ModelWeights } from './modelWeights';
import { unitsOf, weightShapeOf } from './modelWeights';

export type QuantSettings = Pick<
  ExperimentConfig['quant'],
  'bits' | 'scheme' | 'granularity' | 'mode'
>;

/** Codebooks to use instead of fresh k-means ones (after centroid fine-tuning), per layer. */
export type Codebooks = readonly { codebook: Float32Array; codes: Uint8Array }[];

/**
 * The model as the encoder stores it: each layer's values at `bits` (uniform codes + scales,
 * or a k-means codebook + codes), its mask, and its float bias. bits 32 = float values.
 * Pruned weights are zero in `model` already; the mask tells the encoder to skip them.
 */
export function compressLayers(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
  quant: QuantSettings,
  codebooks?: Codebooks,
): CompressedLayer[] {
  return model.layers.map((layer, l) => {
    const mask = masks[l] ?? undefined;
    const w = layer.weights;
    let values: WeightValues;
    if (quant.bits >= 32) {
      values = { kind: 'float', values: w };
    } else if (quant.mode === 'kmeans') {
      const shared = codebooks?.[l] ?? kmeansQuantize(w, { bits: quant.bits, mask });
      values = { kind: 'kmeans', bits: quant.bits, codebook: shared.codebook, codes: shared.codes };
    } else {
      const q = quantizeUniform(w, {
        bits: quant.bits,
        scheme: quant.scheme,
        granularity: quant.granularity,
        channels: unitsOf(layer.spec),
      });
      values = {
        kind: 'uniform',
        bits: quant.bits,
        scheme: quant.scheme,
        granularity: quant.granularity,
        codes: q.codes,
        scales: q.scales,
        zeroPoints: q.zeroPoints,
      };
    }
    return {
      name: layer.spec.name,
      shape: weightShapeOf(layer.spec),
      values,
      ...(mask ? { mask } : {}),
      bias: isBiasFreeFactor(layer.spec.name) ? new Float32Array(0) : layer.bias,
    };
  });
}
