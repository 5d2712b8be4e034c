import type { ScoreMethod } from './types';
import { taylorScores } from '../prune/scores';
import { OK, scoreMethod } from './types';

/** |w · ∂L/∂w| over a batch of training data: the first-order loss change of removing w. On the
 * initial weights (prune.at=init) this is SNIP (Lee et al. 2019). */
export const taylor: ScoreMethod<'taylor'> = scoreMethod({
  name: 'taylor',
  kind: 'score',
  describe:
    'First-order Taylor saliency |w·∂L/∂w| on training data; at initialisation this is SNIP. With prune.granularity=head: |∂L/∂g| of a gate on each head (Michel et al.).',
  keys: ['prune.method', 'prune.sparsity', 'prune.at', 'prune.granularity'],
  supports: () => OK,
  score: async (model, prune, ops) => {
    if (prune.granularity === 'head')
      return ops.spreadHeads(model, await ops.headImportance(model, 'gate'));
    const grads = await ops.lossGradients(model);
    return model.layers.map((l, i) => taylorScores(l.weights, grads[i]));
  },
});
