import type { ScoreMethod } from './types';
import { randomScores } from '../prune/scores';
import { OK, scoreMethod } from './types';

/** Seeded uniform noise: the control every criterion must beat. */
export const random: ScoreMethod<'random'> = scoreMethod({
  name: 'random',
  kind: 'score',
  describe: 'Random scores (seeded): the baseline every criterion must beat.',
  keys: ['prune.method', 'prune.sparsity', 'seed', 'prune.granularity'],
  supports: () => OK,
  score: (model, prune, ops) => {
    const rng = ops.rng();
    if (prune.granularity === 'head') {
      // One draw per head, in the order the heads appear.
      const counts = model.layers.flatMap((l) =>
        l.spec.kind === 'attn' && l.spec.role === 'q' ? [l.spec.heads] : [],
      );
      return Promise.resolve(
        ops.spreadHeads(
          model,
          counts.map((h) => randomScores(h, rng)),
        ),
      );
    }
    return Promise.resolve(model.layers.map((l) => randomScores(l.weights.length, rng)));
  },
});
