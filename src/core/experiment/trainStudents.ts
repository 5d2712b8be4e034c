import * as tf from '@tensorflow/tfjs';
import type { ExperimentConfig } from '../config';
import type { Dataset, DataSplit } from '../data/types';
import { distillationLoss } from '../distill/loss';
import { TeacherLogitCache } from '../distill/teacherLogits';
import {
  createProjection,
  hiddenMatchingLoss,
  TeacherHiddenCache,
} from '../distill/hiddenMatching';
import type { Network } from '../model/network';
import { vitIndex } from '../model/vitSpec';
import { RefusedError } from '../compress/registry';
import { distillRefusals } from '../distill/attentionRules';
import {
  attentionTransferLoss,
  TeacherAttentionCache,
  uniformLayerMap,
} from '../distill/attentionTransfer';
import { buildSpec } from '../model/spec';
import { createRng, deriveSeed } from '../random';
import type { LossFn } from '../train/trainLoop';
import type { ModelRole } from './events';
import type { RunHooks, TrainedModel } from './trainModel';
import { trainModel } from './trainModel';
import { assertFitsMemory, assertTrainable } from './trainTeacher';
import { studentTransferSet, validationSplit } from './splits';
import { measureOmittedClass } from './omittedClass';

export type { TrainedModel } from './trainModel';
export { studentTransferSet } from './splits';

export interface StudentResults {
  /** Learned from the teacher's soft targets (and, with weight 1 − alpha, the hard labels). */
  student: TrainedModel;
  /** The control: same arch, init, transfer set, batches and budget, hard labels only. */
  scratch: TrainedModel;
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
  // Sized with the teacher actually held, which may predate the config's teacher.arch.
  assertFitsMemory(
    { ...config, teacher: { ...config.teacher, arch: teacher.spec.arch } },
    'students',
  );
  const transfer = studentTransferSet(config, data);
  const cache = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
  const distilled = await distillSetup(config, data, teacher, transfer, cache);
  try {
    const student = await trainOneStudent(config, data, transfer, 'student', hooks, distilled);
    try {
      const scratch = await trainOneStudent(config, data, transfer, 'scratchStudent', hooks);
      try {
        await addOmittedClass(config, data, student);
        await addOmittedClass(config, data, scratch);
      } catch (e) {
        scratch.network.dispose();
        throw e;
      }
      return { student, scratch };
    } catch (e) {
      student.network.dispose();
      throw e;
    }
  } finally {
    distilled.dispose();
    cache.dispose();
  }
}

/** With `student.omitClass`, what the student makes of the class it never saw (in place). */
async function addOmittedClass(
  config: ExperimentConfig,
  data: Dataset,
  model: TrainedModel,
): Promise<void> {
  const label = config.student.omitClass;
  if (label === null || label >= data.numClasses) return;
  model.summary.omitted = await measureOmittedClass(
    model.network,
    label,
    validationSplit(config, data),
    data.test,
    data.featureSize,
  );
}

/** How a distilled student is trained: its loss, plus what hidden matching and attention
 * transfer add. */
export interface DistillSetup {
  loss: LossFn;
  extraVariables?: tf.Variable[];
  withHidden?: boolean;
  withAttention?: boolean;
  dispose(): void;
}

/**
 * The distillation loss of the config plus, each when its weight is > 0:
 * - `distill.hidden`, hidden-state matching: the teacher's last hidden representation (for a
 *   vision transformer, its class token after the final norm, the head's input) is cached like
 *   its logits, and a projection from the student's (of its width to the teacher's, learned even
 *   when the widths agree) is trained with the student, never the teacher;
 * - `distill.attention`, attention transfer (attentionTransfer.ts): the teacher's head-averaged
 *   attention maps of the blocks mapped to the student's are cached the same way.
 * Refused combinations (distillRefusals) throw before anything is computed.
 */
export async function distillSetup(
  config: ExperimentConfig,
  data: Dataset,
  teacher: Network,
  transfer: DataSplit,
  logits: TeacherLogitCache,
): Promise<DistillSetup> {
  const refusals = distillRefusals({
    ...config,
    teacher: { ...config.teacher, arch: teacher.spec.arch },
  });
  if (refusals.length > 0) throw new RefusedError(refusals);
  const soft = distilledLoss(logits, config, data.numClasses);
  const beta = config.distill.hidden;
  const gamma = config.distill.attention;
  if (!(beta > 0) && !(gamma > 0)) return { loss: soft, dispose: () => {} };
  const spec = buildSpec(config.student.arch, data.featureShape, data.numClasses);
  const owned: { dispose(): void }[] = [];
  try {
    let hiddenTerm: LossFn | null = null;
    let projection: tf.Variable | null = null;
    if (beta > 0) {
      const hidden = await TeacherHiddenCache.create(teacher, transfer, data.featureSize);
      owned.push(hidden);
      const last = spec.layers[spec.layers.length - 1];
      const studentWidth = last.kind === 'dense' ? last.inputs : 0;
      const p = createProjection(
        studentWidth,
        hidden.width,
        createRng(deriveSeed(config.seed, 'hidden-projection')),
      );
      owned.push(p);
      projection = p;
      hiddenTerm = (_z, _labels, batchIndices, h) =>
        tf.mul(
          beta,
          hiddenMatchingLoss(h!, hidden.gather(batchIndices), p as tf.Tensor2D),
        ) as tf.Scalar;
    }
    let attentionTerm: LossFn | null = null;
    if (gamma > 0) {
      const blocks = uniformLayerMap(
        vitIndex(spec.layers).blocks.length,
        vitIndex(teacher.spec.layers).blocks.length,
      );
      const maps = await TeacherAttentionCache.create(teacher, transfer, data.featureSize, blocks);
      owned.push(maps);
      attentionTerm = (_z, _labels, batchIndices, _h, attention) =>
        tf.mul(gamma, attentionTransferLoss(attention!, maps.gather(batchIndices))) as tf.Scalar;
    }
    const terms = [soft, hiddenTerm, attentionTerm].filter((t): t is LossFn => t !== null);
    return {
      loss: (...args) => tf.tidy(() => tf.addN(terms.map((term) => term(...args)))) as tf.Scalar,
      extraVariables: projection ? [projection] : undefined,
      withHidden: beta > 0,
      withAttention: gamma > 0,
      dispose: () => owned.forEach((o) => o.dispose()),
    };
  } catch (e) {
    owned.forEach((o) => o.dispose());
    throw e;
  }
}

/** The distillation loss for a config's T and alpha, against cached teacher logits. */
export function distilledLoss(
  cache: TeacherLogitCache,
  config: ExperimentConfig,
  numClasses: number,
): LossFn {
  const { temperature, alpha } = config.distill;
  return (logits, labels, batchIndices) =>
    distillationLoss(logits, cache.gather(batchIndices), labels, {
      temperature,
      alpha,
      numClasses,
    });
}

/** One student on the transfer set: distilled with `loss`, or from hard labels without. */
export function trainOneStudent(
  config: ExperimentConfig,
  data: Dataset,
  transfer: DataSplit,
  model: Extract<ModelRole, 'student' | 'scratchStudent'>,
  hooks: RunHooks,
  distill?: Omit<DistillSetup, 'dispose'>,
): Promise<TrainedModel> {
  const spec = buildSpec(config.student.arch, data.featureShape, data.numClasses);
  assertTrainable(spec);
  // Same purposes for both students: identical initial weights and batch order.
  const purposes = { initPurpose: 'student-init', shufflePurpose: 'student-shuffle' };
  return trainModel(
    config,
    data,
    transfer,
    { model, spec, ...purposes, epochs: config.student.epochs, ...distill },
    hooks,
  );
}
