import type { ScheduleMethod } from './types';
import { iterativeSparsities } from '../prune/schedule';
import { trainingScheduleRefusal } from './oneshot';
import { OK, refuse, scheduleMethod } from './types';

/**
 * k rounds of cut and train (Han et al. 2015; Frankle & Carbin 2019), each round keeping the
 * same fraction of the survivors; a pruned weight never returns. Between rounds the survivors
 * fine-tune (keep, prune.finetuneEpochs) or restart from the initial weights (rewind) or fresh
 * ones (reinit) and retrain for prune.retrainEpochs — the budget of the dense net, per round.
 */
export const iterative: ScheduleMethod<'iterative'> = scheduleMethod({
  name: 'iterative',
  kind: 'schedule',
  describe:
    'k rounds of prune and train; rewind to θ₀ each round for lottery tickets (prune.retrainEpochs per round).',
  keys: [
    'prune.schedule',
    'prune.rounds',
    'prune.finetuneEpochs',
    'prune.retrainEpochs',
    'prune.init',
  ],
  supports: (c) => {
    const why = trainingScheduleRefusal('iterative', c.prune);
    if (why) return why;
    if (c.prune.init === 'keep' && c.prune.finetuneEpochs === 0)
      return refuse('iterativeNeedsEpochs');
    return OK;
  },
  run: async (start, prune, ops) => {
    let current = start;
    let masks: (Uint8Array | null)[] = start.layers.map(() => null);
    const steps = iterativeSparsities(prune.sparsity, prune.rounds);
    const epochs = prune.init === 'keep' ? prune.finetuneEpochs : ops.retrainEpochs;
    for (const [r, sparsity] of steps.entries()) {
      const raw = await ops.scores(current);
      // Weights already pruned stay pruned whatever their new score.
      const scores = raw.map((s, i) => {
        const m = masks[i];
        return m ? s.map((v, e) => (m[e] ? v : -Infinity)) : s;
      });
      masks = ops.cut(current, sparsity, scores).originalMasks;
      const from = prune.init === 'keep' ? current : await ops.restart(prune.init);
      current = await ops.train(ops.mask(from, masks), {
        epochs,
        masks,
        round: [r, steps.length],
      });
    }
    return ops.recut(current, masks);
  },
});
