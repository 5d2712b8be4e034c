import type { ExperimentConfig } from '../config';
import { effectiveStudentTrainSize, formatArch, parseArch } from '../config';
import { datasetFacts } from '../data/facts';
import {
  estimateTrainingMemory,
  memoryBudget,
  overBudget,
  type BudgetBackend,
  type MemoryBudget,
  type MemoryEstimate,
} from '../model/memoryEstimate';
import { buildSpec, specParamCount, type NetworkSpec } from '../model/spec';

/** A teacher run, or the distilled and scratch students trained from a frozen teacher. */
export type MemoryRunKind = 'teacher' | 'students';

/** The smallest change to the config that fits: a smaller batch first, else a narrower net. */
export type MemorySuggestion =
  | { key: 'train.batchSize'; value: number }
  | { key: 'teacher.arch' | 'student.arch'; value: string };

export interface MemoryCheck {
  backend: BudgetBackend;
  /** The batch size the activations were estimated for. */
  batchSize: number;
  estimate: MemoryEstimate;
  budget: MemoryBudget;
  /** Null when the run fits. */
  over: 'total' | 'tensor' | null;
  suggestion: MemorySuggestion | null;
}

const BATCH_STEP = 8; // the schema's batch-size step and minimum

function estimateFor(config: ExperimentConfig, kind: MemoryRunKind): MemoryEstimate {
  const facts = datasetFacts(config.dataset);
  // Callers skip imported datasets (see skipsMemoryCheck): their size is capped at import.
  if (!facts) throw new Error(`No size facts for ${config.dataset} before it is loaded.`);
  const featureSize = facts.featureShape.reduce((a, b) => a * b, 1);
  const spec = (arch: string) => buildSpec(arch, facts.featureShape, facts.numClasses);
  // The worker keeps the loaded splits plus a copy of the subset it trains on.
  const subset = Math.min(
    facts.trainExamples,
    kind === 'teacher' ? config.trainSize : effectiveStudentTrainSize(config),
  );
  const datasetBytes =
    (facts.trainExamples + facts.testExamples + subset) * featureSize * facts.bytesPerValue;
  if (kind === 'teacher') {
    return estimateTrainingMemory({
      spec: spec(config.teacher.arch),
      batchSize: config.train.batchSize,
      datasetBytes,
    });
  }
  const student = spec(config.student.arch);
  const teacher = spec(config.teacher.arch);
  return estimateTrainingMemory({
    spec: student,
    batchSize: config.train.batchSize,
    datasetBytes,
    // The frozen teacher, and the distilled student kept while its scratch twin trains.
    frozenParams: specParamCount(teacher) + specParamCount(student),
    // The teacher's outputs for the whole transfer set are computed once and cached.
    extraFloats: subset * teacherCachePerExample(config, teacher, facts.featureShape),
  });
}

/**
 * Floats cached per transfer example while the students train (trainStudents.ts): the teacher's
 * logits; with `distill.hidden`, its last hidden representation; with `distill.attention`, one
 * head-averaged tokens × tokens map per student block (attentionTransfer.ts).
 */
function teacherCachePerExample(
  config: ExperimentConfig,
  teacher: NetworkSpec,
  featureShape: readonly number[],
): number {
  let floats = teacher.numClasses;
  const head = teacher.layers[teacher.layers.length - 1];
  if (config.distill.hidden > 0 && head.kind === 'dense') floats += head.inputs;
  const student = parseArch(config.student.arch).vit;
  if (config.distill.attention > 0 && student) {
    const tokens = (featureShape[0] / student.patch) * (featureShape[1] / student.patch) + 1;
    floats += student.layers * tokens * tokens;
  }
  return floats;
}

function fits(config: ExperimentConfig, kind: MemoryRunKind, budget: MemoryBudget): boolean {
  return overBudget(estimateFor(config, kind), budget) === null;
}

function suggest(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  budget: MemoryBudget,
): MemorySuggestion | null {
  let batch = config.train.batchSize;
  while (batch > BATCH_STEP) {
    batch = Math.max(BATCH_STEP, Math.floor(batch / 2 / BATCH_STEP) * BATCH_STEP);
    if (fits({ ...config, train: { ...config.train, batchSize: batch } }, kind, budget))
      return { key: 'train.batchSize', value: batch };
  }
  const key = kind === 'teacher' ? 'teacher.arch' : 'student.arch';
  const arch = parseArch(kind === 'teacher' ? config.teacher.arch : config.student.arch);
  while (arch.hidden.some((h) => h > 1)) {
    arch.hidden = arch.hidden.map((h) => Math.max(1, Math.floor(h / 2)));
    const value = formatArch(arch);
    const narrower =
      kind === 'teacher'
        ? { ...config, teacher: { ...config.teacher, arch: value } }
        : { ...config, student: { ...config.student, arch: value } };
    if (fits(narrower, kind, budget)) return { key, value };
  }
  return null;
}

/** Imported datasets are known only once loaded; the import caps their size instead. */
export const skipsMemoryCheck = (config: ExperimentConfig): boolean =>
  datasetFacts(config.dataset) === null;

/**
 * Whether a run of `config` fits the backend's budget (memoryEstimate.ts) and, if not, the
 * nearest config that does. The UI asks before starting a run; the worker asks again, because
 * the backend it actually got may differ from the one the UI assumed.
 */
export function checkRunMemory(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  backend: BudgetBackend,
  maxBindingBytes: number | null = null,
): MemoryCheck {
  const budget = memoryBudget(backend, maxBindingBytes);
  const estimate = estimateFor(config, kind);
  const over = overBudget(estimate, budget);
  return {
    backend,
    batchSize: config.train.batchSize,
    estimate,
    budget,
    over,
    suggestion: over === null ? null : suggest(config, kind, budget),
  };
}

const mib = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

/** The refusal as the worker (and the CLI) say it; the UI renders its own, translated. */
export function describeMemoryRefusal(check: MemoryCheck): string {
  const e = check.estimate;
  const parts =
    `weights ${mib(e.weightsBytes)}, Adam state ${mib(e.optimizerBytes)}, gradients ${mib(e.gradientBytes)}, ` +
    `activations ${mib(e.activationBytes)}, data ${mib(e.datasetBytes)}` +
    (e.extraBytes > 0 ? `, teacher ${mib(e.extraBytes)}` : '');
  const what =
    check.over === 'tensor'
      ? `Its largest tensor needs ${mib(e.largestTensorBytes)}, but this GPU allows ${mib(check.budget.maxTensorBytes ?? 0)} in one buffer`
      : `This run needs about ${mib(e.totalBytes)} (${parts}), but the ${check.backend} backend allows ${mib(check.budget.totalBytes)}`;
  const fix = check.suggestion
    ? ` Try ${check.suggestion.key}=${check.suggestion.value}.`
    : ' Try a smaller architecture or batch.';
  return `${what}.${fix}`;
}
