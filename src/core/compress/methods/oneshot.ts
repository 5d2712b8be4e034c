import type { ScheduleMethod, Support } from './types';
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
    c.prune.at === 'init' && c.prune.init === 'rewind' ? refuse('atInitRewind') : OK,
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
  schedule: string,
  prune: { granularity: string; at: string },
): Support | null {
  if (prune.granularity === '2:4') return refuse('scheduleTwoFour', { schedule });
  if (prune.granularity === 'head') return refuse('scheduleHead', { schedule });
  if (prune.granularity === 'neuron') return refuse('scheduleNeuron', { schedule });
  if (prune.at === 'init') return refuse('scheduleAtInit');
  return null;
}
