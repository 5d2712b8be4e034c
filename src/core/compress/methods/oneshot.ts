import type { ScheduleMethod } from './types';
import { OK, refuse, scheduleMethod } from './types';

/**
 * One cut, then (optionally) training with the masks held: fine-tuning the kept weights
 * (init=keep, prune.finetuneEpochs), or retraining the same masks from the initial weights
 * (rewind, the lottery ticket) or from fresh ones (reinit, its control) for
 * prune.retrainEpochs. With prune.at=init the cut is made on the initial weights, which then
 * train for prune.retrainEpochs.
 */
export const oneshot: ScheduleMethod<'oneshot'> = scheduleMethod({
  name: 'oneshot',
  kind: 'schedule',
  describe:
    'Prune once; then fine-tune (keep) or retrain the same mask from θ₀ (rewind) or fresh weights (reinit).',
  keys: ['prune.schedule', 'prune.finetuneEpochs', 'prune.retrainEpochs', 'prune.init', 'prune.at'],
  supports: (c) =>
    c.prune.at === 'init' && c.prune.init === 'rewind'
      ? refuse(
          'prune.at=init already trains the initial weights: use prune.init=keep (or reinit for the control)',
        )
      : OK,
  run: async (start, prune, ops) => {
    const cut = ops.cut(start, prune.sparsity, await ops.scores(start));
    const retrain = prune.init !== 'keep' || prune.at === 'init';
    const epochs = retrain ? ops.retrainEpochs : prune.finetuneEpochs;
    if (epochs === 0) return cut;
    const base =
      prune.init === 'keep' ? cut : ops.recut(await ops.restart(prune.init), cut.originalMasks);
    const model = await ops.train(base.model, { epochs, masks: base.masks });
    return { ...base, model };
  },
});

/** Why a schedule that trains between cuts cannot run as asked, or null. */
export function trainingScheduleRefusal(
  name: string,
  prune: { granularity: string; at: string },
): string | null {
  if (prune.granularity === '2:4')
    return `2:4 keeps 2 of every 4 weights in one cut; there is no sparsity for ${name} pruning to approach: use prune.schedule=oneshot`;
  if (prune.granularity === 'head')
    return `${name} pruning cuts single weights: head pruning removes whole heads in one cut (prune.schedule=oneshot)`;
  if (prune.granularity === 'neuron')
    return `${name} pruning cuts single weights: neuron pruning removes units in one cut (prune.schedule=oneshot)`;
  if (prune.at === 'init')
    return `prune.at=init cuts once before training: use prune.schedule=oneshot`;
  return null;
}
