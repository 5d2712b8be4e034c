import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import type { TrainEvent } from '../core/experiment/events';
import { createLabStore, type LabStore } from './store';
import { initialTrainingData, reduceTrainEvent, type TeacherResult } from './trainingSlice';

const progress = (over: Partial<Extract<TrainEvent, { type: 'progress' }>> = {}): TrainEvent => ({
  type: 'progress',
  model: 'teacher',
  epoch: 0,
  epochs: 2,
  step: 4,
  stepsPerEpoch: 10,
  fraction: 0.25,
  loss: 1.5,
  accuracy: 0.6,
  samplesPerSec: 1000,
  etaMs: 3000,
  ...over,
});

const result: TeacherResult = {
  accuracy: 0.97,
  params: 1000,
  sizeBytes: 4000,
  trainMs: 1234,
  backend: { name: 'wasm', adapter: null, isFallbackAdapter: false, fallbacks: [] },
};

describe('reduceTrainEvent', () => {
  it('turns a progress report into a curve point on a fractional-epoch axis', () => {
    const change = reduceTrainEvent(initialTrainingData, progress({ epoch: 1, step: 4 }));
    expect(change.stepCurve).toEqual([{ step: 15, epoch: 1.5, loss: 1.5, accuracy: 0.6 }]);
    expect(change).toMatchObject({
      fraction: 0.25,
      etaMs: 3000,
      epoch: 1,
      epochs: 2,
      phase: 'training',
    });
  });

  it('clamps the fraction and drops a non-finite ETA', () => {
    const change = reduceTrainEvent(
      initialTrainingData,
      progress({ fraction: 1.2, etaMs: Infinity }),
    );
    expect(change.fraction).toBe(1);
    expect(change.etaMs).toBeNull();
  });

  it('adds one epoch point per epoch, replacing a repeated report', () => {
    const epoch = (previewAccuracy: number): TrainEvent => ({
      type: 'epoch',
      model: 'teacher',
      epoch: 0,
      loss: 0.5,
      trainAccuracy: 0.8,
      previewAccuracy,
    });
    const once = { ...initialTrainingData, ...reduceTrainEvent(initialTrainingData, epoch(0.7)) };
    const twice = reduceTrainEvent(once, epoch(0.75));
    expect(twice.epochCurve).toEqual([
      { epoch: 1, loss: 0.5, trainAccuracy: 0.8, previewAccuracy: 0.75 },
    ]);
  });

  it('puts the students’ epochs on their own curves, never on the teacher’s', () => {
    const epochOf = (model: 'student' | 'scratchStudent', e: number, acc: number) =>
      ({
        type: 'epoch',
        model,
        epoch: e,
        loss: 1,
        trainAccuracy: acc,
        previewAccuracy: acc,
      }) as const;
    let data = { ...initialTrainingData };
    for (const event of [
      epochOf('student', 0, 0.5),
      epochOf('student', 1, 0.6),
      epochOf('scratchStudent', 0, 0.4),
    ]) {
      data = { ...data, ...reduceTrainEvent(data, event) };
    }
    expect(data.epochCurve).toEqual([]);
    expect(data.studentCurves.student.map((p) => [p.epoch, p.previewAccuracy])).toEqual([
      [1, 0.5],
      [2, 0.6],
    ]);
    expect(data.studentCurves.scratchStudent.map((p) => p.previewAccuracy)).toEqual([0.4]);
  });

  it('records phases; done fills the bar', () => {
    expect(
      reduceTrainEvent(initialTrainingData, {
        type: 'phase',
        model: 'teacher',
        phase: 'evaluating',
      }),
    ).toEqual({
      phase: 'evaluating',
    });
    expect(
      reduceTrainEvent(initialTrainingData, { type: 'phase', model: 'teacher', phase: 'done' }),
    ).toMatchObject({
      fraction: 1,
    });
  });
});

describe('training slice', () => {
  let store: LabStore;
  beforeEach(() => {
    store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
  });

  it('runs from start to a result', () => {
    store.getState().runStarted('a');
    store.getState().runEvent('a', progress());
    expect(store.getState()).toMatchObject({ status: 'running', runId: 'a', fraction: 0.25 });
    store.getState().runFinished('a', result);
    expect(store.getState()).toMatchObject({ status: 'done', fraction: 1, result });
    expect(store.getState().stepCurve).toHaveLength(1);
  });

  it('ignores events from a stale run', () => {
    store.getState().runStarted('a');
    store.getState().runStarted('b');
    store.getState().runEvent('a', progress());
    store.getState().runFinished('a', result);
    expect(store.getState()).toMatchObject({
      status: 'running',
      runId: 'b',
      fraction: 0,
      result: null,
    });
  });

  it('adds late events of a finished run to the curves without reopening the bar', () => {
    store.getState().runStarted('a');
    store.getState().runFinished('a', result);
    store.getState().runEvent('a', progress({ epoch: 1, fraction: 0.9, etaMs: 500 }));
    store.getState().runEvent('a', { type: 'phase', model: 'teacher', phase: 'evaluating' });
    expect(store.getState()).toMatchObject({
      status: 'done',
      fraction: 1,
      etaMs: 0,
      phase: 'done',
      epochs: 2,
    });
    expect(store.getState().stepCurve).toHaveLength(1);
  });

  it('goes back to idle on cancel and to error on failure, and can start again', () => {
    store.getState().runStarted('a');
    store.getState().runCancelled('a');
    expect(store.getState()).toMatchObject({ status: 'idle', stopped: true });
    store.getState().runStarted('b');
    expect(store.getState().stopped).toBe(false);
    store.getState().runFailed('b', 'NaN loss');
    expect(store.getState()).toMatchObject({ status: 'error', error: 'NaN loss' });
    store.getState().clearError();
    store.getState().runStarted('c');
    expect(store.getState()).toMatchObject({ status: 'running', error: null });
  });
});

describe('batched events', () => {
  it('apply in order as one update', () => {
    const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().runStarted('a');
    updates = 0;
    store
      .getState()
      .runEvents('a', [progress({ step: 0, fraction: 0.1 }), progress({ step: 1, fraction: 0.2 })]);
    expect(updates).toBe(1);
    expect(store.getState().stepCurve.map((p) => p.step)).toEqual([1, 2]);
    expect(store.getState().fraction).toBe(0.2);
  });
});

describe('students run', () => {
  const summary = { accuracy: 0.9, params: 100, sizeBytes: 400, trainMs: 10 };

  it('keeps the teacher and its curves, moves the bar, and stores both students', () => {
    const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
    store.getState().runStarted('t');
    store.getState().runEvent('t', progress());
    store.getState().runFinished('t', result);
    store.getState().runStarted('s', 'students');
    expect(store.getState()).toMatchObject({
      status: 'running',
      runKind: 'students',
      result,
      teacherRunId: 't',
      fraction: 0,
    });
    store.getState().runEvent('s', progress({ model: 'student', fraction: 0.5 }));
    store.getState().runEvent('s', {
      type: 'epoch',
      model: 'scratchStudent',
      epoch: 0,
      loss: 1,
      trainAccuracy: 0.5,
      previewAccuracy: 0.5,
    });
    expect(store.getState().fraction).toBe(0.5);
    expect(store.getState().stepCurve).toHaveLength(1);
    expect(store.getState().epochCurve).toHaveLength(0);
    const students = { student: summary, scratchStudent: summary, backend: result.backend };
    store.getState().studentsFinished('s', students);
    expect(store.getState()).toMatchObject({ status: 'done', students, result, fraction: 1 });
    // A new teacher run forgets the students.
    store.getState().runStarted('t2');
    expect(store.getState()).toMatchObject({ students: null, result: null, teacherRunId: null });
  });
});

describe('temperature sweep run', () => {
  it("adds to the students' results: their table and curves stay, its students draw elsewhere", () => {
    const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
    const summary = {
      accuracy: 0.913,
      valAccuracy: 0.899,
      params: 100,
      sizeBytes: 400,
      trainMs: 1,
    };
    const epoch = (model: 'student' | 'scratchStudent', previewAccuracy: number): TrainEvent => ({
      type: 'epoch',
      model,
      epoch: 0,
      loss: 1,
      trainAccuracy: 0.5,
      previewAccuracy,
    });
    store.getState().runStarted('t');
    store.getState().runFinished('t', result);
    store.getState().runStarted('s', 'students');
    store.getState().runEvent('s', epoch('student', 0.899));
    const students = { student: summary, scratchStudent: summary, backend: result.backend };
    store.getState().studentsFinished('s', students);

    store.getState().runStarted('w', 'sweep');
    store.getState().runEvent('w', epoch('student', 0.42));
    store.getState().runEvent('w', progress({ model: 'student', fraction: 0.3 }));
    expect(store.getState()).toMatchObject({ runKind: 'sweep', students, fraction: 0.3 });
    expect(store.getState().studentCurves.student.map((p) => p.previewAccuracy)).toEqual([0.899]);
    store.getState().runSettled('w');
    expect(store.getState()).toMatchObject({ status: 'done', students, result });
  });
});
