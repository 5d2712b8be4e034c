import type { ScoreMethod } from './types';
import { randomScores } from '../prune/scores';
import { OK, scoreMethod } from './types';

/** Seeded uniform noise: the control every criterion must beat. */
export const random: ScoreMethod<'random'> = scoreMethod({
  name: 'random',
  kind: 'score',
  describe: 'Random scores (seeded): the baseline every criterion must beat.',
  keys: ['prune.method', 'prune.sparsity', 'seed'],
  supports: () => OK,
  score: (model, _prune, ops) => {
    const rng = ops.rng();
    return Promise.resolve(model.layers.map((l) => randomScores(l.weights.length, rng)));
  },
});
