import type { QuantizerMethod } from './types';
import { quantizeUniform } from '../quantize/uniform';
import type { LayerQuantizer } from './types';
import { OK, quantizerMethod } from './types';

/** Uniform codes and scales of one layer, over its kept weights only. */
export const uniformValues: LayerQuantizer = (w, mask, quant, units) => {
  const q = quantizeUniform(w, {
    bits: quant.bits,
    scheme: quant.scheme,
    granularity: quant.granularity,
    channels: units,
    mask,
  });
  return {
    kind: 'uniform',
    bits: quant.bits,
    scheme: quant.scheme,
    granularity: quant.granularity,
    codes: q.codes,
    scales: q.scales,
    zeroPoints: q.zeroPoints,
  };
};

export const ptq: QuantizerMethod<'ptq'> = quantizerMethod({
  name: 'ptq',
  kind: 'quantizer',
  describe: 'Post-training uniform quantization to 1–8 bits: integer codes and float scales.',
  keys: ['quant.mode', 'quant.bits', 'quant.scheme', 'quant.granularity'],
  selected: (q) => q.mode === 'ptq',
  supports: () => OK,
  run: (model, masks, _quant, ops) =>
    Promise.resolve({ model, layers: ops.store(model, masks, uniformValues) }),
});
