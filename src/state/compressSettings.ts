import { asksCompression } from '../core/experiment/compress/asks';
import {
  findParam,
  getParam,
  setParam,
  type ExperimentConfig,
  type ParamKey,
  type ParamValue,
} from '../core/config';

/**
 * The config with a point's settings (query-string pairs such as `prune.sparsity` → "0.9")
 * applied through the sanitising setter: a click on a chart point moves the sliders back.
 * Keys the lab does not know, and values it cannot read, are skipped.
 */
export function applySettings(
  config: ExperimentConfig,
  settings: Readonly<Record<string, string>>,
): ExperimentConfig {
  let next = config;
  for (const [key, text] of Object.entries(settings)) {
    const row = findParam(key);
    if (!row) continue;
    const numeric = row.kind === 'int' || row.kind === 'number';
    const value = numeric ? Number(text) : text;
    if (numeric && (text.trim() === '' || !Number.isFinite(value))) continue;
    next = setParam(next, row.key, value as ParamValue<ParamKey>);
  }
  return next;
}

/** One canonical text for a set of settings (sorted pairs), for test hooks and comparisons. */
export const settingsKey = (settings: Readonly<Record<string, string>>): string =>
  Object.entries(settings)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

/** The expensive forms behind the lab's "Apply with …" buttons. */
export type FullRunKind = 'finetune' | 'schedule' | 'qat' | 'kmeans';
export const FULL_RUN_KINDS: readonly FullRunKind[] = ['finetune', 'schedule', 'qat', 'kmeans'];

/** Epochs of recovery training a button asks for when the config has none. */
const DEFAULT_FINETUNE_EPOCHS = 2;

/**
 * The keys a button changes so that the run does what its label says (fine-tuning needs
 * epochs, a schedule needs more than one cut, QAT and k-means are quantization modes). They
 * are written into the config, so the point's settings and the link say what ran.
 */
export function fullRunChanges(
  config: ExperimentConfig,
  kind: FullRunKind,
): [ParamKey, string | number][] {
  const epochs = Math.max(getParam(config, 'prune.finetuneEpochs'), DEFAULT_FINETUNE_EPOCHS);
  switch (kind) {
    case 'finetune':
      return [['prune.finetuneEpochs', epochs]];
    case 'schedule':
      return [
        [
          'prune.schedule',
          config.prune.schedule === 'oneshot' ? 'iterative' : config.prune.schedule,
        ],
        ['prune.finetuneEpochs', epochs],
      ];
    case 'qat':
      return [['quant.mode', 'qat']];
    case 'kmeans':
      return [['quant.mode', 'kmeans']];
  }
}

/** Why a button cannot run now, or null: QAT and k-means need bits below 32, pruning needs
 * sparsity above 0. */
export function fullRunBlocker(
  config: ExperimentConfig,
  kind: FullRunKind,
): 'needs-sparsity' | 'needs-bits' | null {
  if ((kind === 'finetune' || kind === 'schedule') && config.prune.sparsity === 0)
    return 'needs-sparsity';
  if ((kind === 'qat' || kind === 'kmeans') && config.quant.bits === 32) return 'needs-bits';
  return null;
}

/** True when the config compresses nothing: the worker's own test, so 2:4 (which cuts half the
 * weights at any sparsity) counts as compressing here too. */
export const isDenseSetting = (config: ExperimentConfig): boolean => !asksCompression(config);
