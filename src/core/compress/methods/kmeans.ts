import type { QuantizerMethod } from './types';
import { kmeansQuantize } from '../quantize/kmeans';
import type { LayerQuantizer } from './types';
import { OK, quantizerMethod } from './types';

/** A 2^bits-entry codebook per layer over the kept weights, and one code per kept weight. */
export const kmeansValues: LayerQuantizer = (w, mask, quant) => {
  const shared = kmeansQuantize(w, { bits: quant.bits, mask });
  return { kind: 'kmeans', bits: quant.bits, codebook: shared.codebook, codes: shared.codes };
};

/** Deep Compression's weight sharing (Han et al. 2016), with centroid fine-tuning for
 * quant.epochs (codes fixed, each centroid moves by the summed gradient of its weights). */
export const kmeans: QuantizerMethod<'kmeans'> = quantizerMethod({
  name: 'kmeans',
  kind: 'quantizer',
  describe:
    'Weight sharing: 2^bits k-means centroids per layer, linear init, optional centroid fine-tuning.',
  keys: ['quant.mode', 'quant.bits', 'quant.epochs'],
  selected: (q) => q.mode === 'kmeans',
  supports: () => OK,
  run: async (model, masks, quant, ops) => {
    const layers = ops.store(model, masks, kmeansValues);
    return quant.epochs > 0
      ? ops.finetuneCodebooks(model, masks, layers, quant.epochs)
      : { model, layers };
  },
});
