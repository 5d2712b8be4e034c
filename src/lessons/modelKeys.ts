import type { ExperimentConfig } from '../core/config';

/*
 * Which trained models a step can reuse. Tensor-free, so the app's main thread and the lessons
 * suite decide it the same way.
 */

/** Settings that decide the teacher; the same text means the same trained teacher. */
export function teacherKey(c: ExperimentConfig): string {
  return JSON.stringify([c.dataset, c.trainSize, c.seed, c.backend, c.teacher, c.train]);
}

/** Settings that decide the students (given their teacher). */
export function studentsKey(c: ExperimentConfig): string {
  return JSON.stringify([teacherKey(c), c.student, c.distill]);
}
