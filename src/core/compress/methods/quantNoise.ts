import type { QuantizerMethod } from './types';
import { OK, quantizerMethod, refuse } from './types';

/** Weights per Quant-Noise block: neighbouring weights share the coin flip. */
export const QUANT_NOISE_BLOCK = 8;

/**
 * Quant-Noise (Fan et al. 2021): in each training step only a random fraction p = quant.noise
 * of weight blocks is fake-quantized; the rest stay in full precision with exact gradients. It
 * modifies a training quantizer (QAT), so it is selected by quant.noise < 1, not by a mode.
 */
export const quantNoise: QuantizerMethod<'quant-noise'> = quantizerMethod({
  name: 'quant-noise',
  kind: 'quantizer',
  describe:
    'Quant-Noise: fake-quantize only a random fraction quant.noise of weight blocks per QAT step.',
  keys: ['quant.noise', 'quant.mode', 'quant.epochs'],
  selected: (q) => q.noise < 1,
  supports: (c) =>
    c.quant.mode === 'qat' || c.quant.mode === 'pq'
      ? OK
      : refuse(
          `quant.noise < 1 needs training with quantization in the loop: use quant.mode=qat (not ${c.quant.mode})`,
        ),
  run: () => Promise.reject(new Error('quant-noise runs inside QAT training')),
});
