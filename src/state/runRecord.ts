import type { ExperimentConfig } from '../core/config';
import type { ModelSummary } from '../core/experiment/events';
import { thinCurve, type SavedBackend, type SavedCurves, type SavedRun } from '../core/runs';
import type { LabState } from './store';

/**
 * Turns the store's view of a finished run into the record the runs table saves. Pure, so what
 * gets saved is tested without a worker or a database.
 */

type Source = Pick<LabState, 'result' | 'students' | 'stepCurve' | 'epochCurve'>;

export function teacherRunRecord(
  s: Source,
  id: string,
  config: ExperimentConfig,
  createdAt: number,
): SavedRun | null {
  if (s.result === null) return null;
  return {
    id,
    name: `${config.dataset} · ${config.teacher.arch}`,
    kind: 'teacher',
    createdAt,
    config,
    backend: savedBackend(s.result.backend),
    teacher: summary(s.result),
    student: null,
    scratchStudent: null,
    curves: savedCurves(s),
    // A new teacher starts with an empty chart; runsPersistence adds points as they come.
    points: [],
  };
}

export function studentsRunRecord(
  s: Source,
  id: string,
  config: ExperimentConfig,
  createdAt: number,
): SavedRun | null {
  if (s.result === null || s.students === null) return null;
  return {
    id,
    name: `${config.dataset} · ${config.student.arch} ← ${config.teacher.arch}`,
    kind: 'students',
    createdAt,
    config,
    backend: savedBackend(s.students.backend),
    teacher: summary(s.result),
    student: summary(s.students.student),
    scratchStudent: summary(s.students.scratchStudent),
    // The store draws only the teacher's curves; the students' own are not kept.
    curves: { step: [], epoch: [] },
    // Points belong to the teacher's run, whatever their target.
    points: [],
  };
}

export function savedCurves(s: Pick<Source, 'stepCurve' | 'epochCurve'>): SavedCurves {
  // A non-finite number would not survive JSON, and the saved run would then fail validation.
  const finite = (p: object) => Object.values(p).every((v) => Number.isFinite(v));
  return {
    step: thinCurve(s.stepCurve.filter(finite)).map(({ step, epoch, loss, accuracy }) => ({
      step,
      epoch,
      loss,
      accuracy,
    })),
    epoch: thinCurve(s.epochCurve.filter(finite)).map(
      ({ epoch, loss, trainAccuracy, previewAccuracy }) => ({
        epoch,
        loss,
        trainAccuracy,
        previewAccuracy,
      }),
    ),
  };
}

// Copies only the known fields: saved runs are checked strictly when read back.
const summary = (m: ModelSummary): ModelSummary => ({
  accuracy: m.accuracy,
  params: m.params,
  sizeBytes: m.sizeBytes,
  trainMs: Math.max(0, m.trainMs),
});

const savedBackend = (b: SavedBackend): SavedBackend => ({
  name: b.name,
  adapter: b.adapter,
  isFallbackAdapter: b.isFallbackAdapter,
});
