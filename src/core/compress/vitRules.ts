import type { ExperimentConfig } from '../config/params';
import { reason, withText } from './reasons';
import type { Refusal } from './registry';

/** The architecture the compression sliders act on. */
export const targetArch = (config: ExperimentConfig): string =>
  config.target === 'teacher' ? config.teacher.arch : config.student.arch;

export const isVitArch = (arch: string): boolean => arch.startsWith('vit:');

/**
 * What a vision transformer cannot take, and why. Neuron pruning removes a unit from one layer
 * and its input from the next, which assumes a chain; in attention, a column of q only means
 * something together with the same column of k (their dot product), and the residual stream
 * ties every block's width together. Low rank replaces a layer by two, which the transformer's
 * fixed layout does not name.
 */
export function vitRefusals(config: ExperimentConfig): Refusal[] {
  const { prune, lowrank } = config;
  const heads = prune.granularity === 'head' && prune.sparsity > 0;
  if (!isVitArch(targetArch(config)))
    return heads
      ? [
          {
            method: 'head',
            key: 'prune.granularity',
            value: 'head',
            ...withText(reason('headNeedsVit', { arch: targetArch(config) })),
          },
        ]
      : [];
  const out: Refusal[] = [];
  if (heads && prune.at === 'init')
    out.push({
      method: 'head',
      key: 'prune.at',
      value: 'init',
      ...withText(reason('headAtInit')),
    });
  if ((prune.sparsity > 0 || prune.granularity === '2:4') && prune.granularity === 'neuron')
    out.push({
      method: 'neuron',
      key: 'prune.granularity',
      value: 'neuron',
      ...withText(reason('vitNeuron')),
    });
  if (lowrank.rank < 1)
    out.push({
      method: 'svd',
      key: 'lowrank.rank',
      value: String(lowrank.rank),
      ...withText(reason('vitLowRank')),
    });
  return out;
}
