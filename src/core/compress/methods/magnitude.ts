import type { ScoreMethod } from './types';
import { magnitudeScores } from '../prune/scores';
import { OK, scoreMethod } from './types';

/** |w| (Han et al. 2015): small weights matter least. At initialisation it is the baseline
 * SynFlow beats (it empties whole layers at extreme sparsity). */
export const magnitude: ScoreMethod<'magnitude'> = scoreMethod({
  name: 'magnitude',
  kind: 'score',
  describe:
    'Score each weight by |w|; the classic pruning criterion. With prune.granularity=head: each head by the norm of its output.',
  keys: ['prune.method', 'prune.sparsity', 'prune.scope', 'prune.granularity'],
  supports: () => OK,
  score: async (model, prune, ops) =>
    prune.granularity === 'head'
      ? ops.spreadHeads(model, await ops.headImportance(model, 'norm'))
      : model.layers.map((l) => magnitudeScores(l.weights)),
});
