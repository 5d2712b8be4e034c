import type { QuantizerMethod } from './types';
import { uniformValues } from './ptq';
import { OK, quantizerMethod, refuse } from './types';

/** Quantization-aware training: fake-quantized forward, straight-through backward, then the
 * same uniform codes as PTQ. Quant-Noise (quant.noise < 1) fake-quantizes only some blocks. */
export const qat: QuantizerMethod<'qat'> = quantizerMethod({
  name: 'qat',
  kind: 'quantizer',
  describe: 'Fake quantization in training with a straight-through estimator, then uniform codes.',
  keys: [
    'quant.mode',
    'quant.bits',
    'quant.scheme',
    'quant.granularity',
    'quant.epochs',
    'quant.noise',
  ],
  selected: (q) => q.mode === 'qat',
  supports: (c) => (c.quant.epochs === 0 ? refuse('qatNoEpochs') : OK),
  run: async (model, masks, quant, ops) => {
    const trained = await ops.trainAware(model, masks, quant);
    return { model: trained, layers: ops.store(trained, masks, uniformValues) };
  },
});
