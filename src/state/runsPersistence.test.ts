import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../core/config';
import type { CommittedPoint } from '../core/experiment/compress/types';
import { testPoint, testRun } from '../core/runs/testRun';
import { openRunsDb, type RunsDb } from './runsDb';
import { MAX_STORED_RUNS } from './runsSlice';
import { startRunsPersistence } from './runsPersistence';
import { createLabStore, type LabStore } from './store';
import type { TeacherResult } from './trainingSlice';

let dbCount = 0;
const freshDbName = () => `runs-test-${++dbCount}`;
const newStore = () => createLabStore({ config: defaultConfig(), notices: [], extras: {} });

const teacher: TeacherResult = {
  accuracy: 0.91,
  params: 100,
  sizeBytes: 400,
  trainMs: 50,
  backend: { name: 'wasm', adapter: null, isFallbackAdapter: false, fallbacks: [] },
};
const point = (id: string, createdAt: number): CommittedPoint => ({ ...testPoint(id), createdAt });

/** Opens the app's side: a store and persistence on a named database, loaded. */
async function open(name: string, store: LabStore = newStore()) {
  const p = startRunsPersistence(
    store,
    () => openRunsDb(name),
    () => 1000,
  );
  await p.idle();
  return { store, p };
}

function trainTeacherRun(store: LabStore, runId: string) {
  store.getState().runStarted(runId);
  store.getState().runFinished(runId, teacher);
}

describe('runs persistence', () => {
  it('saves a finished teacher run with the config it started with, and reloads it', async () => {
    const name = freshDbName();
    const { store, p } = await open(name);
    expect(store.getState().runsStorage).toBe('ready');
    store.getState().setParam('teacher.epochs', 2);
    store.getState().runStarted('r1');
    store.getState().setParam('teacher.epochs', 7); // moved during training: not what ran
    store.getState().runEvent('r1', {
      type: 'epoch',
      model: 'teacher',
      epoch: 0,
      loss: 0.4,
      trainAccuracy: 0.8,
      previewAccuracy: 0.79,
    });
    store.getState().runFinished('r1', teacher);
    const [run] = store.getState().runs;
    expect(run).toMatchObject({
      id: 'r1',
      kind: 'teacher',
      createdAt: 1000,
      backend: { name: 'wasm', adapter: null, isFallbackAdapter: false },
      teacher: { accuracy: 0.91, params: 100, sizeBytes: 400, trainMs: 50 },
      student: null,
    });
    expect(run.config.teacher.epochs).toBe(2);
    expect(run.curves.epoch).toHaveLength(1);
    p.stop();
    await p.idle();

    const again = await open(name);
    expect(again.store.getState().runs).toEqual([run]);
    again.p.stop();
  });

  it('adds curve points that arrive after the result to the saved run', async () => {
    const { store, p } = await open(freshDbName());
    trainTeacherRun(store, 'r1');
    expect(store.getState().runs[0].curves.step).toHaveLength(0);
    store.getState().runRenamed('r1', 'renamed');
    store.getState().runEvent('r1', {
      type: 'progress',
      model: 'teacher',
      epoch: 0,
      epochs: 1,
      step: 0,
      stepsPerEpoch: 1,
      fraction: 1,
      loss: 1,
      accuracy: 0.5,
      samplesPerSec: 1,
      etaMs: 0,
    });
    expect(store.getState().runs).toHaveLength(1);
    expect(store.getState().runs[0]).toMatchObject({
      name: 'renamed',
      curves: { step: [{ loss: 1 }] },
    });
    p.stop();
  });

  it('saves a students run with all three models', async () => {
    const { store, p } = await open(freshDbName());
    trainTeacherRun(store, 't');
    store.getState().runStarted('s', 'students');
    const m = { accuracy: 0.8, params: 10, sizeBytes: 40, trainMs: 5 };
    store.getState().studentsFinished('s', {
      student: m,
      scratchStudent: { ...m, accuracy: 0.7 },
      backend: teacher.backend,
    });
    const runs = store.getState().runs;
    expect(runs.map((r) => [r.id, r.kind])).toEqual([
      ['t', 'teacher'],
      ['s', 'students'],
    ]);
    expect(runs[1]).toMatchObject({ student: m, scratchStudent: { accuracy: 0.7 } });
    p.stop();
  });

  it('persists rename, delete, baseline and imports; restores them after a reload', async () => {
    const name = freshDbName();
    const { store, p } = await open(name);
    const a = testRun({ id: 'a', createdAt: 1 });
    const b = testRun({ id: 'b', createdAt: 2 });
    const c = testRun({ id: 'c', createdAt: 3 });
    store.getState().runsImported([a, b, c]);
    store.getState().runRenamed('a', '  baseline run  ');
    store.getState().baselinePinned('a');
    store.getState().runDeleted('b');
    p.stop();
    await p.idle();

    const again = await open(name);
    const s = again.store.getState();
    expect(s.runs.map((r) => [r.id, r.name])).toEqual([
      ['c', c.name],
      ['a', 'baseline run'],
    ]);
    expect(s.baselineRunId).toBe('a');
    again.p.stop();
  });

  it('mirrors committed compression points and restores them through the compress slice', async () => {
    const name = freshDbName();
    const { store, p } = await open(name);
    store.getState().compressPointCommitted(point('p2', 20));
    store.getState().compressPointCommitted(point('p1', 10));
    p.stop();
    await p.idle();

    const fresh = newStore();
    fresh.getState().compressPointCommitted(point('p3', 30)); // committed before storage answered
    const again = await open(name, fresh);
    expect(again.store.getState().compressPoints.map((x) => x.id)).toEqual(['p1', 'p2', 'p3']);
    again.store.getState().compressReset();
    again.p.stop();
    await again.p.idle();

    const third = await open(name);
    expect(third.store.getState().compressPoints).toEqual([]);
    third.p.stop();
  });

  it('keeps the points committed against a teacher with its run when the next teacher resets the chart', async () => {
    const name = freshDbName();
    const { store, p } = await open(name);
    trainTeacherRun(store, 't1');
    store.getState().compressPointCommitted(point('p1', 10));
    store.getState().compressPointCommitted(point('p2', 20));
    store.getState().runStarted('t2');
    store.getState().runFinished('t2', teacher);
    store.getState().compressReset(); // what the compression controller does for a new teacher
    store.getState().compressPointCommitted(point('p3', 30));
    const byId = new Map(store.getState().runs.map((r) => [r.id, r.points.map((x) => x.id)]));
    const expected = new Map([
      ['t1', ['p1', 'p2']],
      ['t2', ['p3']],
    ]);
    expect(byId).toEqual(expected);
    p.stop();
    await p.idle();

    const again = await open(name);
    const reloaded = again.store.getState().runs;
    expect(new Map(reloaded.map((r) => [r.id, r.points.map((x) => x.id)]))).toEqual(expected);
    expect(reloaded.find((r) => r.id === 't1')?.points[0]).toEqual(point('p1', 10));
    again.p.stop();
  });

  it('skips stored records it cannot read, and keeps working without storage', async () => {
    const name = freshDbName();
    const db: RunsDb = await openRunsDb(name);
    await db.putRuns([
      testRun({ id: 'ok' }),
      { ...testRun({ id: 'bad' }), teacher: null } as never,
    ]);
    expect((await db.load()).skipped).toBe(1);
    db.close();
    const { store, p } = await open(name);
    expect(store.getState().runs.map((r) => r.id)).toEqual(['ok']);
    p.stop();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = newStore();
    const q = startRunsPersistence(broken, () => Promise.reject(new Error('no IndexedDB')));
    await q.idle();
    expect(broken.getState().runsStorage).toBe('unavailable');
    trainTeacherRun(broken, 'r');
    await q.idle();
    expect(broken.getState().runs).toHaveLength(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('large imports', () => {
  it('writes 1,000 imported runs in chunks and restores all of them after a reload', async () => {
    const name = freshDbName();
    const { store, p } = await open(name);
    const runs = Array.from({ length: 1000 }, (_, i) =>
      testRun({ id: `imported-${String(i).padStart(4, '0')}`, createdAt: 1000 + i }),
    );
    store.getState().runsImported(runs);
    store.getState().baselinePinned('imported-0500');
    await p.idle();
    p.stop();
    await p.idle();

    const again = await open(name);
    const restored = again.store.getState();
    expect(restored.runsStorage).toBe('ready');
    expect(restored.runs).toHaveLength(1000);
    expect(restored.runs[0].id).toBe('imported-0999');
    expect(restored.runs[999].id).toBe('imported-0000');
    expect(restored.baselineRunId).toBe('imported-0500');

    // Deleting runs is chunked too; the rest survive another reload.
    for (let i = 0; i < 300; i++)
      again.store.getState().runDeleted(`imported-${String(i).padStart(4, '0')}`);
    await again.p.idle();
    again.p.stop();
    await again.p.idle();
    const third = await open(name);
    expect(third.store.getState().runs).toHaveLength(700);
    third.p.stop();
  });
});

describe('runs slice', () => {
  it('keeps runs newest first, replaces by id on import, and unpins a deleted baseline', () => {
    const store = newStore();
    const old = testRun({ id: 'x', createdAt: 1, name: 'old' });
    store.getState().runSaved(old);
    store.getState().runSaved(testRun({ id: 'y', createdAt: 5 }));
    store.getState().runsImported([{ ...old, name: 'from file' }]);
    expect(store.getState().runsImport).toMatchObject({ kind: 'conflict', collisions: 1 });
    store.getState().runsImportResolved('replace');
    expect(store.getState().runs.map((r) => [r.id, r.name])).toEqual([
      ['y', 'mnist · mlp:32'],
      ['x', 'from file'],
    ]);
    expect(store.getState().runsImport).toEqual({
      kind: 'imported',
      counts: { added: 0, replaced: 1, skipped: 0, renamed: 0, capped: 0 },
    });
    store.getState().baselinePinned('x');
    store.getState().runDeleted('x');
    expect(store.getState().baselineRunId).toBeNull();
    store.getState().baselinePinned('nope');
    expect(store.getState().baselineRunId).toBeNull();
  });

  it('refuses an empty name and cuts a long one', () => {
    const store = newStore();
    store.getState().runSaved(testRun({ id: 'x' }));
    store.getState().runRenamed('x', '   ');
    expect(store.getState().runs[0].name).toBe('mnist · mlp:32');
    store.getState().runRenamed('x', 'n'.repeat(500));
    expect(store.getState().runs[0].name).toHaveLength(200);
  });

  it('a failed import leaves the runs unchanged', () => {
    const store = newStore();
    store.getState().runSaved(testRun());
    const before = store.getState().runs;
    store.getState().runsImportFailed({ code: 'not-json', detail: 'x' });
    expect(store.getState().runs).toBe(before);
    expect(store.getState().runsImport).toMatchObject({ kind: 'failed' });
  });
});

describe('importing runs whose ids are taken', () => {
  const file = () => [
    testRun({ id: 'x', createdAt: 3, name: 'x from file' }),
    testRun({ id: 'n', createdAt: 2, name: 'new' }),
    testRun({ id: 'n', createdAt: 1, name: 'new, twice in the file' }),
  ];
  const setUp = () => {
    const store = newStore();
    store.getState().runSaved(testRun({ id: 'x', createdAt: 5, name: 'mine' }));
    store.getState().runsImported(file());
    return store;
  };

  it('asks first, changing nothing; both a taken id and a repeat within the file count', () => {
    const store = setUp();
    expect(store.getState().runsImport).toMatchObject({ kind: 'conflict', collisions: 2 });
    expect(store.getState().runs.map((r) => r.name)).toEqual(['mine']);
  });

  it('skip: exact counts, the first copy of a repeated id kept', () => {
    const store = setUp();
    store.getState().runsImportResolved('skip');
    expect(store.getState().runsImport).toEqual({
      kind: 'imported',
      counts: { added: 1, replaced: 0, skipped: 2, renamed: 0, capped: 0 },
    });
    expect(store.getState().runs.map((r) => r.name)).toEqual(['mine', 'new']);
  });

  it('keep both: every run of the file is kept, repeats under new ids', () => {
    const store = setUp();
    store.getState().runsImportResolved('both');
    expect(store.getState().runsImport).toEqual({
      kind: 'imported',
      counts: { added: 1, replaced: 0, skipped: 0, renamed: 2, capped: 0 },
    });
    const runs = store.getState().runs;
    expect(runs).toHaveLength(4);
    expect(new Set(runs.map((r) => r.id)).size).toBe(4);
  });

  it('fills the table up to the stored-runs cap and counts the runs it left out', () => {
    const store = newStore();
    store.getState().runSaved(testRun({ id: 'mine', createdAt: 1 }));
    const many = Array.from({ length: MAX_STORED_RUNS + 2 }, (_, i) =>
      testRun({ id: `r${i}`, createdAt: 10 + i }),
    );
    store.getState().runsImported(many);
    expect(store.getState().runsImport).toEqual({
      kind: 'imported',
      counts: { added: MAX_STORED_RUNS - 1, replaced: 0, skipped: 0, renamed: 0, capped: 3 },
    });
    const ids = new Set(store.getState().runs.map((r) => r.id));
    expect(ids.size).toBe(MAX_STORED_RUNS);
    // The file's first runs fit; its last three did not.
    expect(ids.has('mine') && ids.has('r0') && ids.has(`r${MAX_STORED_RUNS - 2}`)).toBe(true);
    expect(ids.has(`r${MAX_STORED_RUNS - 1}`)).toBe(false);

    // A full table still takes replacements (no room needed) but no copies.
    store.getState().runsImported([testRun({ id: 'r0', name: 'again' })]);
    store.getState().runsImportResolved('replace');
    expect(store.getState().runsImport).toMatchObject({ counts: { replaced: 1, capped: 0 } });
    store.getState().runsImported([testRun({ id: 'r0' })]);
    store.getState().runsImportResolved('both');
    expect(store.getState().runsImport).toMatchObject({ counts: { renamed: 0, capped: 1 } });
    expect(store.getState().runs).toHaveLength(MAX_STORED_RUNS);
  });
});
