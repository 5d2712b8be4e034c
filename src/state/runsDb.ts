import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CommittedPoint } from '../core/experiment/compress/types';
import { committedPointSchema, readStoredRun, type SavedRun } from '../core/runs';
import { sliceClock, yieldToMain } from './yieldToMain';

/**
 * IndexedDB behind the runs table: finished runs, committed compression points and the pinned
 * baseline. Only runsPersistence calls this; the store never waits on storage.
 */
interface LabDbSchema extends DBSchema {
  runs: { key: string; value: SavedRun };
  points: { key: string; value: CommittedPoint };
  meta: { key: string; value: string | null };
}

export const RUNS_DB_NAME = 'compression-lab';
const VERSION = 1;
const BASELINE_KEY = 'baselineRunId';
/**
 * Records per write transaction: IndexedDB clones each value on the page's thread when it is
 * put, so 5,000 runs in one transaction were one long task. Between transactions the page yields.
 */
export const RECORDS_PER_WRITE = 200;
/** Records per read on load, for the same reason (each is cloned back on the page's thread). */
const RECORDS_PER_READ = 200;

export interface StoredRuns {
  runs: SavedRun[];
  points: CommittedPoint[];
  baselineRunId: string | null;
  /** Records a later (or corrupted) version left that this one cannot show; left in place. */
  skipped: number;
}

export interface RunsDb {
  load(): Promise<StoredRuns>;
  putRuns(runs: readonly SavedRun[]): Promise<void>;
  deleteRuns(ids: readonly string[]): Promise<void>;
  putPoints(points: readonly CommittedPoint[]): Promise<void>;
  deletePoints(ids: readonly string[]): Promise<void>;
  setBaseline(id: string | null): Promise<void>;
  close(): void;
}

export async function openRunsDb(name = RUNS_DB_NAME): Promise<RunsDb> {
  const db = await openDB<LabDbSchema>(name, VERSION, {
    upgrade(d) {
      d.createObjectStore('runs', { keyPath: 'id' });
      d.createObjectStore('points', { keyPath: 'id' });
      d.createObjectStore('meta');
    },
    // Another tab upgrading, or the crash screen deleting the data: let it go ahead rather than
    // wait forever behind this connection.
    blocking() {
      db.close();
    },
  });
  return wrap(db);
}

function wrap(db: IDBPDatabase<LabDbSchema>): RunsDb {
  const inChunks = async <T>(
    items: readonly T[],
    write: (chunk: readonly T[]) => Promise<void>,
  ) => {
    for (let from = 0; from < items.length; from += RECORDS_PER_WRITE) {
      if (from > 0) await yieldToMain();
      await write(items.slice(from, from + RECORDS_PER_WRITE));
    }
  };
  // Each chunk is its own transaction: a large import interrupted halfway (tab closed) keeps
  // the chunks written so far, each of them whole runs.
  const putAll = <S extends 'runs' | 'points'>(
    store: S,
    values: readonly LabDbSchema[S]['value'][],
  ) =>
    inChunks(values, async (chunk) => {
      const tx = db.transaction(store, 'readwrite');
      await Promise.all([...chunk.map((v) => tx.store.put(v)), tx.done]);
    });
  const deleteAll = (store: 'runs' | 'points', ids: readonly string[]) =>
    inChunks(ids, async (chunk) => {
      const tx = db.transaction(store, 'readwrite');
      await Promise.all([...chunk.map((id) => tx.store.delete(id)), tx.done]);
    });
  /**
   * Every run stored, checked against the schema in time slices: read RECORDS_PER_READ at a
   * time in key order, validated until the slice's time is up, then the page gets a turn.
   */
  const loadRuns = async (): Promise<{ runs: SavedRun[]; read: number }> => {
    const runs: SavedRun[] = [];
    const clock = sliceClock();
    let read = 0;
    let after: IDBValidKey | null = null;
    for (;;) {
      const range: IDBKeyRange | undefined =
        after === null ? undefined : IDBKeyRange.lowerBound(after, true);
      const batch = (await db.getAll('runs', range, RECORDS_PER_READ)) as unknown[];
      for (const raw of batch) {
        if (clock.due()) await clock.pause();
        const run = readStoredRun(raw);
        if (run) runs.push(run);
      }
      read += batch.length;
      if (batch.length < RECORDS_PER_READ) return { runs, read };
      // keyPath is `id`, so the last record's id is where the next read starts.
      after = (batch[batch.length - 1] as { id: IDBValidKey }).id;
      if (clock.due()) await clock.pause();
    }
  };
  return {
    async load() {
      const [{ runs, read }, points, baseline] = await Promise.all([
        loadRuns(),
        db.getAll('points'),
        db.get('meta', BASELINE_KEY),
      ]);
      return {
        runs,
        points: points.filter((p) => committedPointSchema.safeParse(p).success),
        baselineRunId: typeof baseline === 'string' ? baseline : null,
        skipped: read - runs.length,
      };
    },
    putRuns: (runs) => putAll('runs', runs),
    deleteRuns: (ids) => deleteAll('runs', ids),
    putPoints: (points) => putAll('points', points),
    deletePoints: (ids) => deleteAll('points', ids),
    async setBaseline(id) {
      await db.put('meta', id, BASELINE_KEY);
    },
    close: () => db.close(),
  };
}
