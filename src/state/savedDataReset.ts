import { openDB } from 'idb';
import { RUN_FILE_FORMAT, RUN_FILE_VERSION } from '../core/runs';
import { RUNS_DB_NAME } from './runsDb';

/**
 * The crash screen's way out when saved data is what breaks the app: every stored record, read
 * raw (not through the schema, so even one this version refuses is kept), as the text of a runs
 * file, and then the database deleted. Nothing is lost silently: the caller downloads the text
 * before anything is deleted.
 */
export async function exportSavedDataRaw(name = RUNS_DB_NAME): Promise<string> {
  const db = await openDB(name);
  try {
    const stores = [...db.objectStoreNames];
    const runs = stores.includes('runs') ? await db.getAll('runs') : [];
    const points = stores.includes('points') ? await db.getAll('points') : [];
    const file = {
      format: RUN_FILE_FORMAT,
      version: RUN_FILE_VERSION,
      exportedAt: new Date().toISOString(),
      runs,
      // Points without their run (restored from storage after a reload); kept for the record.
      looseCompressionPoints: points,
    };
    return `${JSON.stringify(file, null, 2)}\n`;
  } finally {
    db.close();
  }
}

/** Deletes the lab's database; resolves once it is gone (open connections close themselves). */
export function clearSavedData(name = RUNS_DB_NAME): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete saved data'));
  });
}
