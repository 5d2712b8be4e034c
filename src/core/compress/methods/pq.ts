import type { QuantizerMethod } from './types';
import { pqQuantize } from '../quantize/pq';
import type { LayerQuantizer } from './types';
import { OK, quantizerMethod, refuse } from './types';

/** One codebook of 2^bits sub-vectors of length quant.pqBlock per layer. */
export const pqValues: LayerQuantizer = (w, mask, quant) => {
  const q = pqQuantize(w, { bits: quant.bits, block: quant.pqBlock, mask });
  return { kind: 'pq', bits: quant.bits, block: q.block, codebook: q.codebook, codes: q.codes };
};

/** Product quantization (iPQ): quant.bits index bits per sub-vector of quant.pqBlock weights,
 * with optional centroid fine-tuning for quant.epochs (codes fixed, as for k-means). */
export const pq: QuantizerMethod<'pq'> = quantizerMethod({
  name: 'pq',
  kind: 'quantizer',
  describe:
    'Product quantization: sub-vectors of quant.pqBlock weights share a 2^bits-entry codebook per layer; bits/block bits per weight.',
  keys: ['quant.mode', 'quant.bits', 'quant.pqBlock', 'quant.epochs'],
  selected: (q) => q.mode === 'pq',
  supports: (c) =>
    c.quant.noise < 1
      ? refuse(
          'Quant-Noise for product quantization is not implemented here: use quant.noise=1 with quant.mode=pq, or quant.mode=qat',
        )
      : OK,
  run: async (model, masks, quant, ops) => {
    const layers = ops.store(model, masks, pqValues);
    return quant.epochs > 0
      ? ops.finetuneCodebooks(model, masks, layers, quant.epochs)
      : { model, layers };
  },
});
