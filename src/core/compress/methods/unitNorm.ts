import { unitScores } from '../prune/scores';
import type { UnitNorm } from '../prune/scores';
import type { ScoreMethod } from './types';
import { OK, refuse, scoreMethod, unitsOfLayer } from './types';

/**
 * Structured scores: the L1 or L2 norm of the weights feeding a unit (Li et al. 2017), spread
 * over the unit's weights so the pipeline's per-unit mean recovers norm / fan-in — comparable
 * across layers of different fan-in when the scope is global.
 */
export function unitNorm<const N extends string>(name: N, norm: UnitNorm): ScoreMethod<N> {
  return scoreMethod({
    name,
    kind: 'score',
    describe: `${norm.toUpperCase()} norm of each whole neuron or filter (structured pruning only).`,
    keys: ['prune.method', 'prune.granularity', 'prune.sparsity', 'prune.scope'],
    supports: (c) =>
      c.prune.granularity === 'neuron' ? OK : refuse('unitNormNeuron', { method: name }),
    score: (model) =>
      Promise.resolve(
        model.layers.map((l) => {
          const units = unitsOfLayer(l.spec);
          const perUnit = unitScores(l.weights, units, norm);
          return Float32Array.from(l.weights, (_, e) => perUnit[e % units]);
        }),
      ),
  });
}
