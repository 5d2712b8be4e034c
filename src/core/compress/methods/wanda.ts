import type { ScoreMethod } from './types';
import { isVitArch, targetArch } from '../vitRules';
import { OK, refuse, scoreMethod, unitsOfLayer } from './types';

/**
 * Wanda (Sun et al. 2024): |W_ij| · ‖X_j‖₂, the weight times the norm of its input feature over
 * a calibration batch of the training split, compared within each output unit (each unit keeps
 * the same fraction of its inputs). No gradients, no retraining: a large weight on a dead input
 * is cheap to drop; a small weight on a loud one is not.
 */
export const wanda: ScoreMethod<'wanda'> = scoreMethod({
  name: 'wanda',
  kind: 'score',
  describe:
    'Wanda: |w|·‖x‖₂ of its input over a calibration batch, compared within each output unit; no retraining needed.',
  keys: ['prune.method', 'prune.sparsity', 'prune.exclude'],
  compare: 'unit',
  supports: (c) => {
    if (c.prune.at === 'init') return refuse('wandaAtInit');
    if (c.prune.granularity === 'neuron') return refuse('wandaNeuron');
    if (c.prune.scope === 'global') return refuse('wandaGlobal');
    if (isVitArch(targetArch(c)) && c.prune.granularity === 'head') return refuse('wandaHead');
    if (targetArch(c).startsWith('cnn:')) return refuse('wandaConv');
    return OK;
  },
  score: async (model, _prune, ops) => {
    const norms = await ops.inputNorms(model);
    return model.layers.map((l, i) => {
      const units = unitsOfLayer(l.spec);
      const n = norms[i];
      return Float32Array.from(l.weights, (w, e) => Math.abs(w) * n[Math.floor(e / units)]);
    });
  },
});
