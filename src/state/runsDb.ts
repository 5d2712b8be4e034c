import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CommittedPoint } from '../core/experiment/compress/types';
import { committedPointSchema, readStoredRun, type SavedRun } from '../core/runs';

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
  const putAll = async <S extends 'runs' | 'points'>(
    store: S,
    values: readonly LabDbSchema[S]['value'][],
  ) => {
    if (values.length === 0) return;
    const tx = db.transaction(store, 'readwrite');
    await Promise.all([...values.map((v) => tx.store.put(v)), tx.done]);
  };
  const deleteAll = async (store: 'runs' | 'points', ids: readonly string[]) => {
    if (ids.length === 0) return;
    const tx = db.transaction(store, 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  };
  return {
    async load() {
      const [raw, points, baseline] = await Promise.all([
        db.getAll('runs'),
        db.getAll('points'),
        db.get('meta', BASELINE_KEY),
      ]);
      const runs = (raw as unknown[]).map(readStoredRun).filter((r) => r !== null);
      return {
        runs,
        points: points.filter((p) => committedPointSchema.safeParse(p).success),
        baselineRunId: typeof baseline === 'string' ? baseline : null,
        skipped: raw.length - runs.length,
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
