/**
 * Which examples each part of an experiment sees. The training split is partitioned once per
 * seed: a validation split is carved out first, and everything trained on (the teacher's
 * examples, the students' transfer set, compression fine-tuning) is drawn from the rest, so
 * nothing chosen on validation was fitted to it. The test split is only used for the reported
 * accuracies; choices (curves, scans, sweeps, slider previews) are made on validation.
 */
import type { ExperimentConfig } from '../config';
import { effectiveStudentTrainSize, validationProblem, validationSize } from '../config';
import { carveRows, pickRows, selectRows } from '../data/subset';
import type { Dataset, DataSplit } from '../data/types';
import { createRng, deriveSeed } from '../random';
import { RunError } from './events';

/**
 * Validation examples scored for a slider preview or a sensitivity scan: a fixed seeded subset
 * of the validation split (all of it at the default trainSize), cheap enough for a drag.
 */
export const PREVIEW_SIZE = 1000;

/** The training split's rows: the validation rows, and the rows left to train on. */
function partition(
  config: ExperimentConfig,
  data: Dataset,
): { validation: Int32Array; rest: Int32Array } {
  const available = data.train.n;
  const problem = validationProblem(config, available);
  if (problem) throw new RunError('config', problem);
  const { carved, rest } = carveRows(
    available,
    validationSize(config, available),
    createRng(deriveSeed(config.seed, 'validation-split')),
  );
  return { validation: carved, rest };
}

/** Row indices (into data.train) of the validation split, ascending. */
export function validationRows(config: ExperimentConfig, data: Dataset): Int32Array {
  return partition(config, data).validation;
}

/** The validation split: carved from the training split, never trained on. */
export function validationSplit(config: ExperimentConfig, data: Dataset): DataSplit {
  return selectRows(data.train, validationRows(config, data));
}

/** Row indices of the teacher's training examples: trainSize of the rows outside validation. */
export function teacherTrainRows(config: ExperimentConfig, data: Dataset): Int32Array {
  const { rest } = partition(config, data);
  return pickRows(rest, config.trainSize, createRng(deriveSeed(config.seed, 'train-subset')));
}

/** The teacher's training examples (a copy). */
export function teacherTrainSplit(config: ExperimentConfig, data: Dataset): DataSplit {
  return selectRows(data.train, teacherTrainRows(config, data));
}

/** Row indices of the students' transfer set: student.trainSize of the rows outside validation. */
export function studentTransferRows(config: ExperimentConfig, data: Dataset): Int32Array {
  const { rest: all } = partition(config, data);
  // An omitted class is left out before the draw, so the transfer set keeps its size.
  const omit = config.student.omitClass;
  const rest = omit === null ? all : all.filter((row) => data.train.y[row] !== omit);
  return pickRows(
    rest,
    effectiveStudentTrainSize(config),
    createRng(deriveSeed(config.seed, 'student-subset')),
  );
}

/** The student's transfer set: a seeded subset of the training split, shared by both students. */
export function studentTransferSet(config: ExperimentConfig, data: Dataset): DataSplit {
  return selectRows(data.train, studentTransferRows(config, data));
}

/** The fixed validation subset that slider previews and the sensitivity scan are scored on. */
export function previewSplit(config: ExperimentConfig, data: Dataset): DataSplit {
  const rows = validationRows(config, data);
  return selectRows(
    data.train,
    pickRows(rows, PREVIEW_SIZE, createRng(deriveSeed(config.seed, 'preview'))),
  );
}

/** How many examples each split holds, as the CLI result reports them. */
export interface SplitSizes {
  /** The teacher's training examples (trainSize, or fewer when the split runs out). */
  teacherTrain: number;
  /** The students' transfer set. */
  studentTrain: number;
  validation: number;
  test: number;
}

export function splitSizes(config: ExperimentConfig, data: Dataset): SplitSizes {
  const { validation, rest } = partition(config, data);
  return {
    teacherTrain: Math.min(config.trainSize, rest.length),
    studentTrain: Math.min(effectiveStudentTrainSize(config), rest.length),
    validation: validation.length,
    test: data.test.n,
  };
}

/**
 * Why students cannot be trained with `config` from a teacher trained with `teacherConfig`, or
 * null. Validation is carved by seed, dataset and size; if those moved since the teacher was
 * trained, the new validation split could hold examples the teacher learned from, and the
 * students (who learn the teacher's outputs) would be chosen on data they have seen through it.
 */
export function splitChangedSinceTeacher(
  teacherConfig: ExperimentConfig,
  config: ExperimentConfig,
  available: number,
): string | null {
  const changed: string[] = (['dataset', 'seed'] as const).filter(
    (k) => teacherConfig[k] !== config[k],
  );
  if (validationSize(teacherConfig, available) !== validationSize(config, available))
    changed.push('valSize');
  if (changed.length === 0) return null;
  return (
    `The teacher was trained with another validation split (${changed.join(', ')} changed since). ` +
    'Train the teacher again, or set these back, so the validation examples stay unseen by both.'
  );
}

/** Refuses students (or a sweep) whose validation split would differ from the teacher's. */
export function assertSameSplit(
  teacherConfig: ExperimentConfig,
  config: ExperimentConfig,
  available: number,
): void {
  const problem = splitChangedSinceTeacher(teacherConfig, config, available);
  if (problem) throw new RunError('config', problem);
}
