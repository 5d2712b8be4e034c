import type { ExperimentConfig } from '../config';
import { effectiveStudentTrainSize } from '../config';
import type { Dataset, DataSplit } from '../data/types';
import { takeSubset } from '../data/subset';
import { distillationLoss } from '../distill/loss';
import { TeacherLogitCache } from '../distill/teacherLogits';
import type { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng, deriveSeed } from '../random';
import type { LossFn } from '../train/trainLoop';
import type { ModelRole } from './events';
import type { RunHooks, TrainedModel } from './trainModel';
import { trainModel } from './trainModel';
import { assertTrainable } from './trainTeacher';

export type { TrainedModel } from './trainModel';

export interface StudentResults {
  /** Learned from the teacher's soft targets (and, with weight 1 − alpha, the hard labels). */
  student: TrainedModel;
  /** The control: same arch, init, transfer set, batches and budget, hard labels only. */
  scratch: TrainedModel;
}

/** The student's transfer set: a seeded subset of the training split, shared by both students. */
export function studentTransferSet(config: ExperimentConfig, data: Dataset): DataSplit {
  return takeSubset(
    data.train,
    effectiveStudentTrainSize(config),
    createRng(deriveSeed(config.seed, 'student-subset')),
  );
}

/**
 * Trains a distilled student from a frozen `teacher` and, beside it, a scratch student, so the
 * benefit of distillation is always measured rather than assumed. Both start from the same
 * initial weights and see the same batches in the same order; only the loss differs. The
 * teacher is only read (its logits are computed once for the transfer set), and the optimiser
 * gets the student's variables only. The caller owns both returned networks.
 */
export async function trainStudents(
  config: ExperimentConfig,
  data: Dataset,
  teacher: Network,
  hooks: RunHooks = {},
): Promise<StudentResults> {
  const transfer = studentTransferSet(config, data);
  const cache = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
  const { temperature, alpha } = config.distill;
  const distilled: LossFn = (logits, labels, batchIndices) =>
    distillationLoss(logits, cache.gather(batchIndices), labels, {
      temperature,
      alpha,
      numClasses: data.numClasses,
    });
  try {
    const student = await trainOneStudent(config, data, transfer, 'student', hooks, distilled);
    try {
      const scratch = await trainOneStudent(config, data, transfer, 'scratchStudent', hooks);
      return { student, scratch };
    } catch (e) {
      student.network.dispose();
      throw e;
    }
  } finally {
    cache.dispose();
  }
}

function trainOneStudent(
  config: ExperimentConfig,
  data: Dataset,
  transfer: DataSplit,
  model: Extract<ModelRole, 'student' | 'scratchStudent'>,
  hooks: RunHooks,
  loss?: LossFn,
): Promise<TrainedModel> {
  const spec = buildSpec(config.student.arch, data.featureShape, data.numClasses);
  assertTrainable(spec);
  // Same purposes for both students: identical initial weights and batch order.
  const purposes = { initPurpose: 'student-init', shufflePurpose: 'student-shuffle' };
  return trainModel(
    config,
    data,
    transfer,
    { model, spec, ...purposes, epochs: config.student.epochs, loss },
    hooks,
  );
}
