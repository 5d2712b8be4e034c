import type { ExperimentConfig } from '../../config';

/*
 * What a config asks of compression, from the config alone: no tensors here, so the app's main
 * thread can ask the same questions as the worker without loading tfjs.
 */

/** Does the config cut anything? (2:4 removes half the weights whatever the sparsity.) */
export const isPruning = (prune: ExperimentConfig['prune']): boolean =>
  prune.sparsity > 0 || prune.granularity === '2:4';

/** Does the config ask for any compression at all? */
export const asksCompression = ({ prune, quant, lowrank }: ExperimentConfig): boolean =>
  isPruning(prune) || quant.bits < 32 || lowrank.rank < 1;
