import type { ExperimentConfig } from '../core/config';
import type { CompressedPoint } from '../core/experiment/compress/types';
import { latencySides, studentsMeasured, withLatency, type Measured } from '../lessons/claims';
import type { CompressController } from './compressActions';
import { readLessonLink } from '../lessons/lessons';
import { studentsKey, teacherKey } from '../lessons/modelKeys';
import { applySettings } from './compressSettings';
import type { LabStore } from './store';

/** What running a step needs from the engine (the app's actions; fakes in tests). */
export interface LessonRunDeps {
  trainTeacher(store: LabStore): Promise<void>;
  trainStudents(store: LabStore): Promise<void>;
  measureFull(config: ExperimentConfig, keep: boolean): Promise<CompressedPoint | null>;
  compareLatency: CompressController['compareLatency'];
}

const measure = (accuracy: number, sizeBytes: number) => ({ accuracy, sizeBytes });

/** The step's config with a claim's reference settings on top. */
export function referenceConfig(config: ExperimentConfig, reference: string): ExperimentConfig {
  return applySettings(config, Object.fromEntries(new URLSearchParams(reference)));
}

/**
 * Runs the open lesson step: trains the teacher unless the one in hand was trained by a lesson
 * with these teacher settings, the students likewise, then measures the compression the step
 * asks for (and the claim's reference) on the full test set. The numbers go to `lessonRun`,
 * where the step's claim is checked. When the learner moves to another step meanwhile, the
 * old run's numbers are dropped (startLessonRunner runs the new step once the engine is free).
 */
export async function runLessonStep(store: LabStore, deps: LessonRunDeps): Promise<void> {
  const s = store.getState();
  const open = readLessonLink(s.extras.lesson, s.extras.step);
  if (!open || s.status === 'running' || s.compressRun !== null) return;
  const { lesson, step } = open;
  const own = lesson.steps[step - 1];
  const config = s.config;
  const get = store.getState;
  const alive = () => {
    const run = get().lessonRun;
    return run !== null && run.lesson === lesson.id && run.step === step;
  };
  const phase = (p: Parameters<typeof s.lessonRunPhase>[2]) =>
    get().lessonRunPhase(lesson.id, step, p);
  const fail = (message: string) => get().lessonRunFailed(lesson.id, step, message);
  const found = (measured: Measured) => get().lessonMeasured(lesson.id, step, measured);
  get().lessonRunStarted(lesson.id, step);

  try {
    const tKey = teacherKey(config);
    const known = get().lessonTrained.teacher;
    if (!(get().result && known?.runId === get().teacherRunId && known?.key === tKey)) {
      phase('teacher');
      await deps.trainTeacher(store);
      if (!alive()) return;
      const { result, teacherRunId, error } = get();
      if (!result || teacherRunId === null || get().status !== 'done') {
        fail(error ?? 'cancelled');
        return;
      }
      get().lessonTrainedChanged({ teacher: { runId: teacherRunId, key: tKey }, students: null });
    }
    const teacher = get().result!;
    found({ dense: measure(teacher.accuracy, teacher.sizeBytes) });

    if (own.run === 'students' || own.run === 'studentsCompress') {
      const sKey = studentsKey(config);
      const had = get().lessonTrained.students;
      if (!(get().students && had?.key === sKey && had.of === get().students)) {
        phase('students');
        await deps.trainStudents(store);
        if (!alive()) return;
        const { students, error } = get();
        if (!students || get().status !== 'done') {
          fail(error ?? 'cancelled');
          return;
        }
        get().lessonTrainedChanged({ students: { key: sKey, of: students } });
      }
      const { student, scratchStudent } = get().students!;
      found(studentsMeasured(student, scratchStudent));
    }

    if (own.run === 'compress' || own.run === 'studentsCompress' || own.run === 'latency') {
      phase('compress');
      const point = await deps.measureFull(config, true);
      if (!alive()) return;
      if (!point) {
        fail(get().compressError ?? 'cancelled');
        return;
      }
      found({
        compressed: measure(point.accuracy, point.sizeBytes),
        dense: measure(point.denseAccuracy, point.denseBytes),
      });
      if (own.expect.reference) {
        const ref = await deps.measureFull(referenceConfig(config, own.expect.reference), false);
        if (!alive()) return;
        if (!ref) {
          fail(get().compressError ?? 'cancelled');
          return;
        }
        found({ reference: measure(ref.accuracy, ref.sizeBytes) });
      }
    }

    if (own.run === 'latency') {
      phase('timing');
      const { a, b, variants, batch } = latencySides(own.expect);
      const configOf = (q: 'compressed' | 'reference') =>
        q === 'reference' && own.expect.reference
          ? referenceConfig(config, own.expect.reference)
          : config;
      const compared = await deps.compareLatency(
        {
          a: { config: configOf(a), variant: variants[0] },
          b: { config: configOf(b), variant: variants[1] },
        },
        batch,
      );
      if (!alive()) return;
      if (!compared) {
        fail(get().compressError ?? 'cancelled');
        return;
      }
      const now = get().lessonRun?.measured ?? {};
      found(withLatency(now, own.expect, compared.timings.a.p50Ms, compared.timings.b.p50Ms));
    }
    phase('done');
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Keeps the open step's numbers its own: a move to another step (Next, a step dot, a link)
 * forgets the old numbers at once and runs the new step as soon as the engine is ready and
 * free — including a step opened straight from its link, which trains what it needs first.
 * Returns the unsubscribe function.
 */
export function startLessonRunner(store: LabStore, deps: LessonRunDeps): () => void {
  let shown = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const start = () => {
    timer = null;
    const now = store.getState();
    const open = readLessonLink(now.extras.lesson, now.extras.step);
    if (!open || now.lessonRun !== null || now.backendStatus !== 'ready') return;
    if (now.status === 'running' || now.compressRun !== null) return;
    void runLessonStep(store, deps);
  };
  const check = () => {
    const s = store.getState();
    const open = readLessonLink(s.extras.lesson, s.extras.step);
    const key = open ? `${open.lesson.id}:${open.step}` : '';
    if (key !== shown) {
      shown = key;
      if (s.lessonRun !== null) s.lessonRunCleared();
    }
    // A step is applied as several store updates (lesson, step, then each setting): start on
    // the next task, once all of them are in, so the run measures the step's own settings.
    if (open && timer === null && store.getState().lessonRun === null) timer = setTimeout(start, 0);
  };
  const unsubscribe = store.subscribe(check);
  check();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
