import type { QuantizerMethod } from './types';
import { pqQuantize } from '../quantize/pq';
import type { LayerQuantizer } from './types';
import { OK, quantizerMethod } from './types';

/** One codebook of 2^bits sub-vectors of length quant.pqBlock per layer. */
export const pqValues: LayerQuantizer = (w, mask, quant) => {
  const q = pqQuantize(w, { bits: quant.bits, block: quant.pqBlock, mask });
  return { kind: 'pq', bits: quant.bits, block: q.block, codebook: q.codebook, codes: q.codes };
};

/** Product quantization (iPQ): quant.bits index bits per sub-vector of quant.pqBlock weights,
 * with optional centroid fine-tuning for quant.epochs (codes fixed, as for k-means), during
 * which Quant-Noise (quant.noise < 1) quantizes only that fraction of the blocks per step. */
export const pq: QuantizerMethod<'pq'> = quantizerMethod({
  name: 'pq',
  kind: 'quantizer',
  describe:
    'Product quantization: sub-vectors of quant.pqBlock weights share a 2^bits-entry codebook per layer; bits/block bits per weight.',
  keys: ['quant.mode', 'quant.bits', 'quant.pqBlock', 'quant.epochs', 'quant.noise'],
  selected: (q) => q.mode === 'pq',
  supports: () => OK,
  run: async (model, masks, quant, ops) => {
    const layers = ops.store(model, masks, pqValues);
    return quant.epochs > 0
      ? ops.finetuneCodebooks(model, masks, layers, quant.epochs, quant.noise)
      : { model, layers };
  },
});
