import type { StateCreator } from 'zustand';
import type { BackendInfo } from '../core/backend';
import type { ModelSummary, Phase, TrainEvent } from '../core/experiment/events';
import type { LabState } from './store';

export type TrainingStatus = 'idle' | 'running' | 'done' | 'error';

/** One progress report: the x position in (fractional) epochs, and the means since the last one. */
export interface StepPoint {
  /** Global step count, 1-based. */
  step: number;
  /** Epochs done so far, fractional: 1.5 = halfway through the second epoch. */
  epoch: number;
  loss: number;
  accuracy: number;
}

export interface EpochPoint {
  /** Epochs done (1-based), so it shares the x axis with StepPoint.epoch. */
  epoch: number;
  loss: number;
  trainAccuracy: number;
  previewAccuracy: number;
}

export type TeacherResult = ModelSummary & { backend: BackendInfo };

/** The distilled student and its scratch control (same arch and budget, hard labels only). */
export interface StudentsResult {
  student: ModelSummary;
  scratchStudent: ModelSummary;
  backend: BackendInfo;
}

export type StudentRole = 'student' | 'scratchStudent';

/** What the current (or last) run trains: the teacher, or the two students from it. */
export type RunKind = 'teacher' | 'students' | 'sweep';

/** The serialisable part of the slice; `reduceTrainEvent` works on it alone. */
export interface TrainingData {
  status: TrainingStatus;
  runId: string | null;
  /** Fraction of the whole run done, 0..1. */
  fraction: number;
  etaMs: number | null;
  phase: Phase | null;
  epoch: number;
  epochs: number;
  samplesPerSec: number | null;
  stepCurve: StepPoint[];
  epochCurve: EpochPoint[];
  result: TeacherResult | null;
  /** The run that produced `result`; a new one means new teacher examples to fetch. */
  teacherRunId: string | null;
  runKind: RunKind | null;
  students: StudentsResult | null;
  /** Per-epoch curves of the distilled and scratch students of the current students run,
   * drawn side by side (the teacher's curves stay in stepCurve / epochCurve). */
  studentCurves: Record<StudentRole, EpochPoint[]>;
  /** True after the last run was stopped by the user. */
  stopped: boolean;
  error: string | null;
}

export interface TrainingSlice extends TrainingData {
  /** A teacher run clears everything; a students run keeps the teacher, its curves and result. */
  runStarted(runId: string, kind?: RunKind): void;
  /** Events from an older run are ignored; late ones of the current run only extend the curves. */
  runEvent(runId: string, event: TrainEvent): void;
  /** Several events at once (the engine batches them so the charts redraw a few times a second). */
  runEvents(runId: string, events: readonly TrainEvent[]): void;
  runFinished(runId: string, result: TeacherResult): void;
  studentsFinished(runId: string, result: StudentsResult): void;
  /** A run whose result lives in another slice (the temperature sweep) ended well. */
  runSettled(runId: string): void;
  runCancelled(runId: string): void;
  runFailed(runId: string | null, message: string): void;
  clearError(): void;
}

export const initialTrainingData: TrainingData = {
  status: 'idle',
  runId: null,
  fraction: 0,
  etaMs: null,
  phase: null,
  epoch: 0,
  epochs: 0,
  samplesPerSec: null,
  stepCurve: [],
  epochCurve: [],
  result: null,
  teacherRunId: null,
  runKind: null,
  students: null,
  studentCurves: { student: [], scratchStudent: [] },
  stopped: false,
  error: null,
};

/**
 * The state change one training event causes. Pure, so it is tested without a worker.
 * The teacher's events draw the main curves; the students' epochs draw their own pair of curves,
 * and their steps move the progress bar alone.
 */
export function reduceTrainEvent(state: TrainingData, event: TrainEvent): Partial<TrainingData> {
  if (event.model !== 'teacher') {
    if (event.type === 'epoch') {
      if (event.model !== 'student' && event.model !== 'scratchStudent') return {};
      const point: EpochPoint = {
        epoch: event.epoch + 1,
        loss: event.loss,
        trainAccuracy: event.trainAccuracy,
        previewAccuracy: event.previewAccuracy,
      };
      const curve = state.studentCurves[event.model].filter((p) => p.epoch !== point.epoch);
      return { studentCurves: { ...state.studentCurves, [event.model]: [...curve, point] } };
    }
    if (event.type === 'progress') {
      const { stepCurve: _omit, ...rest } = reduceTrainEvent(state, { ...event, model: 'teacher' });
      void _omit;
      return rest;
    }
  }
  switch (event.type) {
    case 'phase':
      return event.phase === 'done'
        ? { phase: event.phase, fraction: 1, etaMs: 0 }
        : { phase: event.phase };
    case 'progress': {
      const stepsDone = event.step + 1;
      const point: StepPoint = {
        step: event.epoch * event.stepsPerEpoch + stepsDone,
        epoch: event.epoch + stepsDone / Math.max(1, event.stepsPerEpoch),
        loss: event.loss,
        accuracy: event.accuracy,
      };
      return {
        phase: 'training',
        fraction: clamp01(event.fraction),
        etaMs: Number.isFinite(event.etaMs) ? Math.max(0, event.etaMs) : null,
        epoch: event.epoch,
        epochs: event.epochs,
        samplesPerSec: Number.isFinite(event.samplesPerSec) ? event.samplesPerSec : null,
        stepCurve: [...state.stepCurve, point],
      };
    }
    case 'epoch': {
      const point: EpochPoint = {
        epoch: event.epoch + 1,
        loss: event.loss,
        trainAccuracy: event.trainAccuracy,
        previewAccuracy: event.previewAccuracy,
      };
      // A repeated epoch report replaces the earlier one rather than doubling the point.
      return { epochCurve: [...state.epochCurve.filter((p) => p.epoch !== point.epoch), point] };
    }
  }
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export const createTrainingSlice: StateCreator<LabState, [], [], TrainingSlice> = (set, get) => {
  const ifCurrent = (runId: string, change: (s: LabState) => Partial<TrainingData>) =>
    set((s) => (s.runId === runId && s.status === 'running' ? change(s) : {}));
  return {
    ...initialTrainingData,
    runStarted: (runId, kind = 'teacher') =>
      set((s) =>
        kind === 'teacher'
          ? { ...initialTrainingData, status: 'running', runId, runKind: kind }
          : {
              ...initialTrainingData,
              result: s.result,
              teacherRunId: s.teacherRunId,
              stepCurve: s.stepCurve,
              epochCurve: s.epochCurve,
              // A sweep adds to the students' results: their table and curves stay (and the
              // sweep's own students never draw on those curves, see runEvents).
              ...(kind === 'sweep' ? { students: s.students, studentCurves: s.studentCurves } : {}),
              status: 'running',
              runId,
              runKind: kind,
            },
      ),
    runEvent: (runId, event) => get().runEvents(runId, [event]),
    runEvents: (runId, events) =>
      set((s) => {
        if (s.runId !== runId || events.length === 0) return {};
        let data: TrainingData = s;
        const change: Partial<TrainingData> = {};
        for (const event of events) {
          const step = reduceTrainEvent(data, event);
          // The sweep trains students of its own: their epochs belong to the sweep's chart, not
          // to the curves of the students in the table.
          if (s.runKind === 'sweep') delete step.studentCurves;
          Object.assign(change, step);
          data = { ...data, ...step };
        }
        if (s.status === 'running') return change;
        // Events travel on their own MessagePort, so the last few can arrive after the run's
        // result; they still belong on the curves, but must not reopen the progress bar.
        const late: Partial<TrainingData> = {};
        if (change.stepCurve) late.stepCurve = change.stepCurve;
        if (change.epochCurve) late.epochCurve = change.epochCurve;
        if (change.epochs !== undefined && s.epochs === 0) late.epochs = change.epochs;
        return late;
      }),
    runFinished: (runId, result) =>
      ifCurrent(runId, () => ({
        status: 'done',
        result,
        teacherRunId: runId,
        fraction: 1,
        etaMs: 0,
        phase: 'done',
      })),
    studentsFinished: (runId, students) =>
      ifCurrent(runId, () => ({ status: 'done', students, fraction: 1, etaMs: 0, phase: 'done' })),
    runSettled: (runId) =>
      ifCurrent(runId, () => ({ status: 'done', fraction: 1, etaMs: 0, phase: 'done' })),
    runCancelled: (runId) =>
      ifCurrent(runId, () => ({ status: 'idle', stopped: true, etaMs: null })),
    runFailed: (runId, message) =>
      set((s) =>
        runId === null || (s.runId === runId && s.status === 'running')
          ? { status: s.status === 'running' ? 'error' : s.status, error: message, etaMs: null }
          : {},
      ),
    clearError: () => set({ error: null }),
  };
};
