import type { Page } from '@playwright/test';
import type { SavedRun } from '../src/core/runs';

/** How many runs the page's IndexedDB holds (imports write in chunks, so the count lags the table). */
export const storedRunCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('compression-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('runs').objectStore('runs').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );

/** Records put straight into the app's IndexedDB, as an older version (or another tab) left
 * them: nothing of the app's own checks runs. */
export async function storeRuns(page: Page, runs: readonly SavedRun[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('compression-lab');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('runs', 'readwrite');
    for (const run of records) tx.objectStore('runs').put(run);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, runs);
}
