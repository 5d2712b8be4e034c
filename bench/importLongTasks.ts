import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { runFileText } from '../src/core/runs/runFile';
import { testRun } from '../src/core/runs/testRun';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { storedRunCount } from '../e2e/storedRuns';
import { serveApp } from './serveApp';

/**
 * Main-thread long tasks around a large runs import (issue 18), in the production app in
 * headless Chromium: the worst task while 5,000 runs are imported (until all are in IndexedDB),
 * while the page reloads and shows them again, and while they are exported as JSON. `emptyLoad`
 * is the same reload with no runs stored: the app's own start-up, which the runs add to.
 * The browser reports only tasks over 50 ms; `worstMs` is 0 when there were none.
 */
export const IMPORT_RUNS = 5000;

export interface Phase {
  /** Wall-clock time of the phase, from the action to the table (or download) being there. */
  ms: number;
  longTasks: number;
  worstMs: number;
}

export interface ImportLongTasks {
  runs: number;
  fileBytes: number;
  emptyLoad: Phase;
  importing: Phase;
  reload: Phase;
  exportJson: Phase;
  /** The machine's 1-minute load average at the end: long tasks grow with load. */
  load1: number;
}

type Tasks = { longTasks: number[] };

const tasksSince = async (page: Page, from: number): Promise<number[]> =>
  (await page.evaluate(() => (window as unknown as Tasks).longTasks)).slice(from);
const taskCount = async (page: Page): Promise<number> => (await tasksSince(page, 0)).length;

const phase = (ms: number, tasks: number[]): Phase => ({
  ms: Math.round(ms),
  longTasks: tasks.length,
  worstMs: Math.round(Math.max(0, ...tasks)),
});

/** `appUrl`: an app already served (e.g. `vite preview`); otherwise it is built and served here. */
export async function importLongTasks(appUrl?: string): Promise<ImportLongTasks> {
  const { url, close } = await serveApp(appUrl, { name: 'import', port: 5197 });
  const runs = Array.from({ length: IMPORT_RUNS }, (_, i) =>
    testRun({ id: `bench-${i}`, name: `bench ${i}`, createdAt: Date.UTC(2025, 0, 1) + i * 1000 }),
  );
  const file = Buffer.from(runFileText(runs));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as Tasks).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const table = page.getByTestId('runs-table');
    const showRuns = async () => {
      await page.getByTestId('detail-tab-runs').click();
      await table.and(page.locator(`[data-value="${IMPORT_RUNS}"]`)).waitFor({ timeout: 300_000 });
    };

    // The app alone, loaded twice so the second load is warm like the reload below.
    await page.goto(`${url}?dataset=spiral`);
    await page.getByTestId('train-teacher').waitFor();
    let start = Date.now();
    await page.reload();
    await page.getByTestId('detail-tab-runs').click();
    await page.getByTestId('runs-panel').getByText('No runs yet').waitFor();
    const emptyMs = Date.now() - start;
    await page.waitForTimeout(1500);
    const emptyLoad = phase(emptyMs, await tasksSince(page, 0));

    // The file is made in the page first: Playwright's setInputFiles builds a 10 MB File from
    // base64 on the page's thread, one long task of its own that no user's file choice has.
    await page.evaluate((text) => {
      (window as unknown as { benchFile: File }).benchFile = new File([text], 'runs.json', {
        type: 'application/json',
      });
    }, file.toString('utf8'));
    await page.waitForTimeout(1000);
    let before = await taskCount(page);
    start = Date.now();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="runs-import"]');
      if (!input) throw new Error('no import field');
      const chosen = new DataTransfer();
      chosen.items.add((window as unknown as { benchFile: File }).benchFile);
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await table.and(page.locator(`[data-value="${IMPORT_RUNS}"]`)).waitFor({ timeout: 300_000 });
    while ((await storedRunCount(page)) < IMPORT_RUNS) await page.waitForTimeout(50);
    const importing = phase(Date.now() - start, await tasksSince(page, before));

    start = Date.now();
    await page.reload();
    await showRuns();
    const reloadMs = Date.now() - start;
    // Tasks that end just after the table shows still belong to the reload.
    await page.waitForTimeout(1500);
    const reload = phase(reloadMs, await tasksSince(page, 0));

    before = await taskCount(page);
    start = Date.now();
    await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByTestId('runs-export-json').click(),
    ]);
    const exportJson = phase(Date.now() - start, await tasksSince(page, before));

    const result: ImportLongTasks = {
      runs: IMPORT_RUNS,
      fileBytes: file.length,
      emptyLoad,
      importing,
      reload,
      exportJson,
      load1: Math.round(loadavg()[0] * 100) / 100,
    };
    console.error(JSON.stringify(result));
    return result;
  } finally {
    await browser.close();
    await close();
  }
}
