import type { ExperimentConfig } from '../core/config';
import type { CommittedPoint } from '../core/experiment/compress/types';
import type { SavedRun } from '../core/runs';
import { openRunsDb, type RunsDb } from './runsDb';
import { distinctRunName } from './runNames';
import { studentsRunRecord, teacherRunRecord, savedCurves } from './runRecord';
import type { LabState, LabStore } from './store';

export interface RunsPersistence {
  stop(): void;
  /** Resolves when every write queued so far has reached storage (for tests). */
  idle(): Promise<void>;
}

/**
 * Records finished runs into the store and mirrors the runs, the pinned baseline and the
 * committed compression points into IndexedDB; restores them on start. It subscribes to the
 * store, so the engine and the UI know nothing about storage, and storage failing loses only
 * persistence (the table still works for this visit).
 */
export function startRunsPersistence(
  store: LabStore,
  openDb: () => Promise<RunsDb> = () => openRunsDb(),
  now: () => number = Date.now,
): RunsPersistence {
  // Every write waits for the database to open (see below) and for the writes before it.
  let queue: Promise<RunsDb | null>;
  const write = (op: (db: RunsDb) => Promise<void>) => {
    queue = queue.then(async (db) => {
      if (db === null) return null;
      try {
        await op(db);
      } catch (e) {
        // A full disk or a closed database: keep the in-memory table, say so in the console.
        console.warn('runs: could not save', e);
      }
      return db;
    });
  };

  let restoring = false;
  let mirrored = store.getState();
  const restore = (s: LabStore, stored: Awaited<ReturnType<RunsDb['load']>>) => {
    restoring = true;
    try {
      s.getState().runsRestored(stored.runs, stored.baselineRunId);
      if (stored.points.length > 0) {
        const current = s.getState().compressPoints;
        const ids = new Set(stored.points.map((p) => p.id));
        const merged = [...stored.points, ...current.filter((p) => !ids.has(p.id))];
        s.getState().compressPointsRestored(merged.sort((a, b) => a.createdAt - b.createdAt));
      }
    } finally {
      restoring = false;
    }
    // What storage holds now equals the store, except runs saved meanwhile (already queued).
    mirrored = s.getState();
  };

  queue = (async () => {
    try {
      const db = await openDb();
      restore(store, await db.load());
      return db;
    } catch (e) {
      console.warn('runs: storage unavailable', e);
      store.getState().runsStorageFailed();
      return null;
    }
  })();

  const startConfigs = new Map<string, ExperimentConfig>();

  // A repeated run gets "(2)", "(3)" … so identical default names never stand side by side.
  const named = (run: SavedRun): SavedRun => ({
    ...run,
    name: distinctRunName(
      run.name,
      store
        .getState()
        .runs.filter((r) => r.id !== run.id)
        .map((r) => r.name),
    ),
  });

  const record = (s: LabState, prev: LabState) => {
    if (s.runId !== prev.runId && s.runId !== null && s.status === 'running') {
      startConfigs.set(s.runId, s.config);
    }
    const configOf = (runId: string) => startConfigs.get(runId) ?? s.config;
    if (s.result !== prev.result && s.result !== null && s.teacherRunId !== null) {
      const run = teacherRunRecord(s, s.teacherRunId, configOf(s.teacherRunId), now());
      if (run) s.runSaved(named(run));
    } else if (s.students !== prev.students && s.students !== null && s.runId !== null) {
      const run = studentsRunRecord(s, s.runId, configOf(s.runId), now());
      if (run) s.runSaved(named(run));
    } else if (
      s.status !== 'running' &&
      s.teacherRunId !== null &&
      (s.stepCurve !== prev.stepCurve || s.epochCurve !== prev.epochCurve)
    ) {
      // Events travel on their own port; the last few may arrive after the result. The run as
      // the table has it now (renamed, or deleted meanwhile) is what gets the curves.
      const saved = store.getState().runs.find((r) => r.id === s.teacherRunId);
      if (saved) s.runSaved({ ...saved, curves: savedCurves(s) });
    }
    if (s.compressPoints !== prev.compressPoints && s.teacherRunId !== null) {
      // The chart's points were measured on the current teacher: keep a copy with its run, so
      // they outlive the reset that the next teacher brings. (After a reload there is no
      // teacher, and restored points are not copied anywhere.)
      const saved = store.getState().runs.find((r) => r.id === s.teacherRunId);
      if (saved && saved.points !== s.compressPoints) {
        store.getState().runSaved({ ...saved, points: s.compressPoints });
      }
    }
  };

  const mirror = () => {
    const s = store.getState();
    if (s.runs !== mirrored.runs) {
      const { put, gone } = diff(mirrored.runs, s.runs);
      write(async (db) => {
        await db.putRuns(put);
        await db.deleteRuns(gone);
      });
    }
    if (s.baselineRunId !== mirrored.baselineRunId) {
      const id = s.baselineRunId;
      write((db) => db.setBaseline(id));
    }
    if (s.compressPoints !== mirrored.compressPoints) {
      const { put, gone } = diff(mirrored.compressPoints, s.compressPoints);
      write(async (db) => {
        await db.putPoints(put);
        await db.deletePoints(gone);
      });
    }
    mirrored = s;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    record(s, prev);
    mirror();
  });

  return {
    stop: () => {
      unsubscribe();
      write(async (db) => db.close());
    },
    idle: async () => {
      await queue;
    },
  };
}

/** Records new or changed (by identity) in `next`, and ids no longer there. */
function diff<T extends SavedRun | CommittedPoint>(
  prev: readonly T[],
  next: readonly T[],
): { put: T[]; gone: string[] } {
  const before = new Map(prev.map((x) => [x.id, x]));
  const after = new Set(next.map((x) => x.id));
  return {
    put: next.filter((x) => before.get(x.id) !== x),
    gone: prev.filter((x) => !after.has(x.id)).map((x) => x.id),
  };
}
