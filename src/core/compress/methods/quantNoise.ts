import type { QuantizerMethod } from './types';
import { OK, quantizerMethod, refuse } from './types';

/** Weights per Quant-Noise block: neighbouring weights share the coin flip. */
export const QUANT_NOISE_BLOCK = 8;

/**
 * Quant-Noise (Fan et al. 2021): in each training step only a random fraction p = quant.noise
 * of weight blocks is quantized; the rest stay in full precision with exact gradients. It
 * modifies a training quantizer — QAT (blocks of 8 weights fake-quantized) or PQ's centroid
 * fine-tuning (the PQ sub-vectors are the blocks) — so it is selected by quant.noise < 1.
 */
export const quantNoise: QuantizerMethod<'quant-noise'> = quantizerMethod({
  name: 'quant-noise',
  kind: 'quantizer',
  describe:
    'Quant-Noise: quantize only a random fraction quant.noise of weight blocks per QAT or PQ fine-tuning step.',
  keys: ['quant.noise', 'quant.mode', 'quant.epochs'],
  selected: (q) => q.noise < 1,
  supports: (c) =>
    c.quant.mode !== 'qat' && c.quant.mode !== 'pq'
      ? refuse('noiseNeedsTraining', { mode: c.quant.mode })
      : c.quant.mode === 'pq' && c.quant.epochs === 0
        ? refuse('noiseNeedsEpochs')
        : OK,
  run: () => Promise.reject(new Error('quant-noise runs inside QAT training')),
});
