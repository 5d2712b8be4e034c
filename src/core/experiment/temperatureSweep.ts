import type { ExperimentConfig } from '../config';
import type { Dataset } from '../data/types';
import { TeacherLogitCache } from '../distill/teacherLogits';
import type { Network } from '../model/network';
import type { RunHooks } from './trainModel';
import { studentTransferSet } from './splits';
import { distillSetup, trainOneStudent } from './trainStudents';
import { assertFitsMemory } from './trainTeacher';

export interface SweepPoint {
  temperature: number;
  /**
   * Distilled student's accuracy at this temperature on the validation split: a sweep is for
   * choosing T, so it never looks at test (the chosen T's test accuracy is a normal run's).
   */
  accuracy: number;
}

export interface SweepResult {
  /** The hard-label student's validation accuracy: the line every temperature is compared with. */
  scratchAccuracy: number;
  points: SweepPoint[];
}

/**
 * Accuracy versus temperature: one scratch student, then one distilled student per T (same
 * init, batches and budget), reported as each finishes so a chart can grow while the queue
 * runs. The teacher's logits are computed once: T only enters the loss.
 */
export async function temperatureSweep(
  config: ExperimentConfig,
  data: Dataset,
  teacher: Network,
  temperatures: readonly number[],
  hooks: RunHooks = {},
  onPoint: (result: SweepResult) => void = () => {},
): Promise<SweepResult> {
  assertFitsMemory(
    { ...config, teacher: { ...config.teacher, arch: teacher.spec.arch } },
    'students',
  );
  const transfer = studentTransferSet(config, data);
  const cache = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
  try {
    const scratch = await trainOneStudent(config, data, transfer, 'scratchStudent', hooks);
    scratch.network.dispose();
    const result: SweepResult = { scratchAccuracy: scratch.summary.valAccuracy, points: [] };
    onPoint({ ...result, points: [] });
    for (const temperature of temperatures) {
      const at = { ...config, distill: { ...config.distill, temperature } };
      const setup = await distillSetup(at, data, teacher, transfer, cache);
      try {
        const student = await trainOneStudent(at, data, transfer, 'student', hooks, setup);
        student.network.dispose();
        result.points.push({ temperature, accuracy: student.summary.valAccuracy });
      } finally {
        setup.dispose();
      }
      onPoint({ ...result, points: [...result.points] });
    }
    return result;
  } finally {
    cache.dispose();
  }
}
