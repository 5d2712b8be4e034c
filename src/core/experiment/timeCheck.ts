import type { ExperimentConfig } from '../config';
import { effectiveStudentTrainSize } from '../config';
import { datasetFacts } from '../data/facts';
import type { BudgetBackend } from '../model/memoryEstimate';
import { paramShapes } from '../model/layers';
import { buildSpec, type NetworkSpec } from '../model/spec';
import { vitTokenCount } from '../model/vitSpec';
import { vitAttentionMacs, vitPositions } from '../speed/macs';
import type { MemoryRunKind } from './memoryCheck';

/**
 * A time estimate gates a run the way memory does (memoryCheck.ts): a link or a typo must not
 * start a run of many hours (an `mlp:2048-2048-2048-2048` teacher on 60,000 examples for 200
 * epochs at batch 8 was accepted and showed an ETA of about 315 hours). The estimate is a lower
 * bound: the throughputs below are at or above what tfjs sustains on a good machine, so a run
 * refused here would surely take longer than the limit.
 */

/** Runs the app starts without asking for more: one hour. The CLI can raise it (--max-hours). */
export const DEFAULT_TIME_LIMIT_SECONDS = 3600;

/** Multiply–accumulates per second while training, per backend (optimistic, see above). */
export const TRAINING_MACS_PER_SECOND: Record<BudgetBackend, number> = {
  webgpu: 50e9,
  webgl: 20e9,
  wasm: 5e9,
  cpu: 0.5e9,
};

/** Fixed cost of one optimizer step (kernel dispatch, a few small tensors), in seconds. */
export const STEP_OVERHEAD_SECONDS: Record<BudgetBackend, number> = {
  webgpu: 1e-3,
  webgl: 1e-3,
  wasm: 2e-4,
  cpu: 2e-4,
};

/** A training step costs about three forward passes: the forward, and two matrix products back. */
const TRAINING_PASSES = 3;

/** The one change to the config that fits the limit: fewer epochs, else fewer examples. */
export type TimeSuggestion = {
  key: 'teacher.epochs' | 'student.epochs' | 'trainSize' | 'student.trainSize';
  value: number;
};

export interface TimeCheck {
  backend: BudgetBackend;
  /** Lower bound of the run's duration. */
  seconds: number;
  limitSeconds: number;
  over: boolean;
  suggestion: TimeSuggestion | null;
}

/** Multiply–accumulates of one forward pass of one example ('same' convolutions, then pooling). */
export function specForwardMacs(spec: NetworkSpec): number {
  let [h, w] = spec.inputShape.length === 3 ? spec.inputShape : [1, 1];
  const tokens = vitTokenCount(spec.layers);
  let macs = 0;
  for (const layer of spec.layers) {
    if (layer.kind === 'conv') {
      macs += layer.kernel * layer.kernel * layer.inChannels * layer.filters * h * w;
      h = Math.ceil(h / layer.pool);
      w = Math.ceil(w / layer.pool);
    } else if (layer.kind !== 'norm' && layer.kind !== 'tokens') {
      // Dense layers, and a ViT's projections applied to every token they see.
      const weights = paramShapes(layer)[0].reduce((a, b) => a * b, 1);
      macs += tokens === 0 ? weights : weights * vitPositions(layer, tokens);
      macs += vitAttentionMacs(layer, tokens);
    }
  }
  return macs;
}

/** Seconds of training `examples` for `epochs` (last partial batch dropped, as the loop does). */
function trainingSeconds(
  macs: number,
  examples: number,
  epochs: number,
  batchSize: number,
  backend: BudgetBackend,
): number {
  const steps = Math.floor(examples / Math.min(batchSize, examples)) * epochs;
  const compute = (TRAINING_PASSES * macs * examples * epochs) / TRAINING_MACS_PER_SECOND[backend];
  return compute + steps * STEP_OVERHEAD_SECONDS[backend];
}

/** Lower bound of the seconds a teacher run (or a students run) of `config` takes. */
export function estimateRunSeconds(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  backend: BudgetBackend,
): number {
  const facts = datasetFacts(config.dataset);
  // Imported datasets are sized at import (see skipsTimeCheck).
  if (!facts) throw new Error(`No size facts for ${config.dataset} before it is loaded.`);
  const spec = (arch: string) =>
    specForwardMacs(buildSpec(arch, facts.featureShape, facts.numClasses));
  const forward = (macs: number, examples: number) =>
    (macs * examples) / TRAINING_MACS_PER_SECOND[backend];
  const teacher = spec(config.teacher.arch);
  if (kind === 'teacher') {
    const n = Math.min(config.trainSize, facts.trainExamples);
    return (
      trainingSeconds(teacher, n, config.teacher.epochs, config.train.batchSize, backend) +
      forward(teacher, facts.testExamples)
    );
  }
  const student = spec(config.student.arch);
  const n = Math.min(effectiveStudentTrainSize(config), facts.trainExamples);
  // The teacher's logits for the transfer set once, then the distilled and the scratch student.
  return (
    forward(teacher, n) +
    2 * trainingSeconds(student, n, config.student.epochs, config.train.batchSize, backend) +
    2 * forward(student, facts.testExamples)
  );
}

/** Imported datasets are known only once loaded; their import caps their size instead. */
export const skipsTimeCheck = (config: ExperimentConfig): boolean =>
  datasetFacts(config.dataset) === null;

const TRAIN_SIZE_STEP = 100; // the schema's step and minimum for trainSize

function suggest(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  backend: BudgetBackend,
  limitSeconds: number,
): TimeSuggestion | null {
  const fits = (c: ExperimentConfig) => estimateRunSeconds(c, kind, backend) <= limitSeconds;
  const epochsKey = kind === 'teacher' ? 'teacher.epochs' : 'student.epochs';
  const epochs = kind === 'teacher' ? config.teacher.epochs : config.student.epochs;
  const withEpochs = (e: number): ExperimentConfig =>
    kind === 'teacher'
      ? { ...config, teacher: { ...config.teacher, epochs: e } }
      : { ...config, student: { ...config.student, epochs: e } };
  // Time grows with epochs, so the most epochs that fit is found by counting down.
  for (let e = epochs - 1; e >= 1; e--)
    if (fits(withEpochs(e))) return { key: epochsKey, value: e };
  const sizeKey = kind === 'teacher' ? 'trainSize' : 'student.trainSize';
  const size = kind === 'teacher' ? config.trainSize : effectiveStudentTrainSize(config);
  const withSize = (n: number): ExperimentConfig =>
    kind === 'teacher'
      ? { ...config, trainSize: n }
      : { ...config, student: { ...config.student, trainSize: n } };
  for (let n = Math.floor((size - 1) / TRAIN_SIZE_STEP) * TRAIN_SIZE_STEP; n >= TRAIN_SIZE_STEP;) {
    if (fits(withSize(n))) return { key: sizeKey, value: n };
    n = n > 2000 ? Math.floor(n / 2 / TRAIN_SIZE_STEP) * TRAIN_SIZE_STEP : n - TRAIN_SIZE_STEP;
  }
  return null;
}

/** Whether a run of `config` fits the time limit and, if not, the nearest config that does. */
export function checkRunTime(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  backend: BudgetBackend,
  limitSeconds: number = DEFAULT_TIME_LIMIT_SECONDS,
): TimeCheck {
  const seconds = estimateRunSeconds(config, kind, backend);
  const over = seconds > limitSeconds;
  return {
    backend,
    seconds,
    limitSeconds,
    over,
    suggestion: over ? suggest(config, kind, backend, limitSeconds) : null,
  };
}

const hours = (seconds: number) =>
  seconds >= 3600 ? `${(seconds / 3600).toFixed(1)} h` : `${Math.ceil(seconds / 60)} min`;

/** The refusal as the CLI says it; the UI renders its own, translated. */
export function describeTimeRefusal(check: TimeCheck, raise = ''): string {
  const fix = check.suggestion
    ? ` Try ${check.suggestion.key}=${check.suggestion.value}`
    : ' Try a smaller architecture';
  return `This run would take at least ${hours(check.seconds)} on ${check.backend}; the limit is ${hours(check.limitSeconds)}.${fix}${raise}.`;
}
