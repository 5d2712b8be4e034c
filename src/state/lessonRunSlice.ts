import type { StateCreator } from 'zustand';
import type { Measure, Quantity } from '../lessons/claims';
import type { LabState } from './store';

/** What the open lesson step's run is doing. */
export type LessonRunPhase =
  | 'idle'
  | 'teacher'
  | 'students'
  | 'compress'
  /** Timing a speed claim's two sides. */
  | 'timing'
  | 'done'
  | 'failed';

export interface LessonRun {
  lesson: number;
  step: number;
  phase: LessonRunPhase;
  /** What the step's claim reads, filled in as the run measures it. Only this step's numbers:
   * a new step starts empty, so nothing measured for another step is ever shown as current. */
  measured: Partial<Record<Quantity, Measure>>;
  error: string | null;
}

/** Which trained models the lesson runner made, and with what settings, so a later step reuses
 * them only when they match (key texts from lessons/measureStep's teacherKey / studentsKey). */
export interface LessonTrained {
  teacher: { runId: string; key: string } | null;
  students: { key: string; of: object } | null;
}

export interface LessonRunSlice {
  lessonRun: LessonRun | null;
  lessonTrained: LessonTrained;
  lessonRunStarted(lesson: number, step: number): void;
  lessonRunPhase(lesson: number, step: number, phase: LessonRunPhase): void;
  lessonMeasured(lesson: number, step: number, measured: Partial<Record<Quantity, Measure>>): void;
  lessonRunFailed(lesson: number, step: number, message: string): void;
  /** The step changed: forget the old step's numbers. */
  lessonRunCleared(): void;
  lessonTrainedChanged(trained: Partial<LessonTrained>): void;
}

const isRun = (run: LessonRun | null, lesson: number, step: number): run is LessonRun =>
  run !== null && run.lesson === lesson && run.step === step;

export const createLessonRunSlice: StateCreator<LabState, [], [], LessonRunSlice> = (set) => ({
  lessonRun: null,
  lessonTrained: { teacher: null, students: null },
  lessonRunStarted: (lesson, step) =>
    set({ lessonRun: { lesson, step, phase: 'idle', measured: {}, error: null } }),
  lessonRunPhase: (lesson, step, phase) =>
    set((s) => (isRun(s.lessonRun, lesson, step) ? { lessonRun: { ...s.lessonRun, phase } } : {})),
  lessonMeasured: (lesson, step, measured) =>
    set((s) =>
      isRun(s.lessonRun, lesson, step)
        ? { lessonRun: { ...s.lessonRun, measured: { ...s.lessonRun.measured, ...measured } } }
        : {},
    ),
  lessonRunFailed: (lesson, step, message) =>
    set((s) =>
      isRun(s.lessonRun, lesson, step)
        ? { lessonRun: { ...s.lessonRun, phase: 'failed', error: message } }
        : {},
    ),
  lessonRunCleared: () => set({ lessonRun: null }),
  lessonTrainedChanged: (trained) =>
    set((s) => ({ lessonTrained: { ...s.lessonTrained, ...trained } })),
});
