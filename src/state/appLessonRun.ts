import { compressController } from './compressActions';
import { trainStudents, trainTeacher } from './engineActions';
import type { LessonRunDeps } from './lessonActions';
import { runLessonStep, startLessonRunner } from './lessonActions';
import { labStore } from './labStore';

/** The lesson runner on the app's store, worker and compression controller. */
export const appLessonRunDeps = (): LessonRunDeps => ({
  trainTeacher,
  trainStudents,
  measureFull: (config, keep) => compressController().measureFull(config, keep),
  compareLatency: (sides, batch) => compressController().compareLatency(sides, batch),
});

/** "Run this step": runs the open step again (reusing models trained with its settings). */
export const runOpenStep = (): Promise<void> => runLessonStep(labStore, appLessonRunDeps());

export const startAppLessonRunner = (): (() => void) =>
  startLessonRunner(labStore, appLessonRunDeps());
