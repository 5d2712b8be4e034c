import type { Page } from '@playwright/test';

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
