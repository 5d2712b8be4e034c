import type { ScheduleMethod } from './types';
import { gradualSparsity } from '../prune/schedule';
import { trainingScheduleRefusal } from './oneshot';
import { OK, refuse, scheduleMethod } from './types';

/** Pruning events during fine-tuning; the last quarter of the steps lets the survivors recover. */
const EVENTS = 10;

/**
 * Zhu & Gupta (2017): sparsity rises along a cubic while the trained weights fine-tune for
 * prune.finetuneEpochs; every event re-scores the current weights by the config's method
 * (pruned weights stay pruned). It starts from the trained weights by definition, so rewind and
 * reinit are refused rather than ignored.
 */
export const gradual: ScheduleMethod<'gradual'> = scheduleMethod({
  name: 'gradual',
  kind: 'schedule',
  describe: 'Zhu & Gupta cubic schedule: sparsity rises while the trained weights fine-tune.',
  keys: ['prune.schedule', 'prune.finetuneEpochs', 'prune.method'],
  supports: (c) => {
    const why = trainingScheduleRefusal('gradual', c.prune);
    if (why) return why;
    if (c.prune.init !== 'keep') return refuse('gradualKeepOnly');
    if (c.prune.finetuneEpochs === 0) return refuse('gradualNeedsEpochs');
    return OK;
  },
  run: async (start, prune, ops) => {
    let masks: (Uint8Array | null)[] = start.layers.map(() => null);
    const trained = await ops.train(start, {
      epochs: prune.finetuneEpochs,
      updateMasks: async (step, total, current) => {
        // Prune during the first three quarters, then let the survivors recover.
        const dt = Math.max(1, Math.floor((0.75 * total) / EVENTS));
        if (step % dt !== 0 || step > EVENTS * dt) return null;
        const sparsity = gradualSparsity(step, { si: 0, sf: prune.sparsity, t0: 0, n: EVENTS, dt });
        const now = await current();
        const raw = await ops.scores(now);
        const scores = raw.map((s, i) => {
          const m = masks[i];
          return m ? s.map((v, e) => (m[e] ? v : -Infinity)) : s;
        });
        masks = ops.cut(now, sparsity, scores).originalMasks;
        return masks;
      },
    });
    // The last event reached the final sparsity; if training had fewer steps than events, the
    // final cut is made here, by the same method.
    const raw = await ops.scores(trained);
    const scores = raw.map((s, i) => {
      const m = masks[i];
      return m ? s.map((v, e) => (m[e] ? v : -Infinity)) : s;
    });
    return ops.cut(trained, prune.sparsity, scores);
  },
});
