import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
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
 * At most this many records per write transaction, and fewer when the slice's time is up first:
 * IndexedDB clones each value on the page's thread when it is put, so 5,000 runs in one
 * transaction were one long task. Between transactions the page gets a turn.
 */
export const RECORDS_PER_WRITE = 200;
/** Records per read on load, for the same reason (each is cloned back on the page's thread). */
const RECORDS_PER_READ = 50;

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
  /**
   * Applies `op` to every item, one transaction per slice. Each transaction is whole, so an
   * import interrupted halfway (tab closed) keeps whole runs. Requests go to the plain
   * IDBObjectStore: only the transaction's end is awaited, not a promise per record.
   */
  const inSlices = async <S extends 'runs' | 'points', T>(
    store: S,
    items: readonly T[],
    op: (target: IDBObjectStore, item: T) => void,
  ) => {
    let from = 0;
    while (from < items.length) {
      if (from > 0) await yieldToMain();
      const clock = sliceClock();
      const tx = db.transaction(store, 'readwrite');
      const target = unwrap(tx.store);
      const end = Math.min(items.length, from + RECORDS_PER_WRITE);
      while (from < end) {
        op(target, items[from++]);
        if (clock.due()) break;
      }
      await tx.done;
    }
  };
  const putAll = <S extends 'runs' | 'points'>(
    store: S,
    values: readonly LabDbSchema[S]['value'][],
  ) => inSlices(store, values, (target, value) => target.put(value));
  const deleteAll = (store: 'runs' | 'points', ids: readonly string[]) =>
    inSlices(store, ids, (target, id) => target.delete(id));
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
