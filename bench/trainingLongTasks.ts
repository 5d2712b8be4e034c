import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { serveApp } from './serveApp';

/**
 * Main-thread long tasks while the teacher trains, per backend, in the production app in
 * headless Chromium. Training runs in the worker; the page only draws progress and curves, so
 * the target is no task over 50 ms. The browser reports only tasks over 50 ms (PerformanceObserver
 * 'longtask'); `worstMs` is 0 when there were none.
 */
export const TRAINING_QUERY =
  'dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=3&train.batchSize=64';
export const LONG_TASK_BACKENDS = ['wasm', 'webgl', 'cpu', 'webgpu'] as const;

export interface TrainingLongTasks {
  /** The backend asked for in the link. */
  requested: string;
  /** The backend the app reports it used (the badge). */
  backend: string;
  trainMs: number;
  longTasks: number;
  worstMs: number;
  /**
   * CPU time of the page's main thread from the click to the result (Chromium's ThreadTime
   * metric): what the page itself spent, which a loaded machine stretches far less than the
   * wall-clock length of each task.
   */
  mainThreadCpuMs: number | null;
  /** The machine's 1-minute load average when the run ended: long tasks grow with load. */
  load1: number;
}

/**
 * `appUrl`: an app already served (e.g. `vite preview`); otherwise it is built and served here.
 * `backends`: which to measure (default: all four). `query`: the experiment (default: a short
 * one; a longer one, e.g. the default teacher, shows whether the figure holds over minutes).
 */
export async function trainingLongTasks(
  appUrl?: string,
  backends: readonly string[] = LONG_TASK_BACKENDS,
  query: string = TRAINING_QUERY,
): Promise<TrainingLongTasks[]> {
  const { url, close } = await serveApp(appUrl, { name: 'longtasks', port: 5196 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: TrainingLongTasks[] = [];
  try {
    for (const backend of backends) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const tasks: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.goto(`${url}?${query}&backend=${backend}`);
      await page.getByTestId('train-teacher').waitFor();
      // Page load is not training: count from the click on.
      await page.waitForTimeout(1500);
      const before = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks.length,
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
          ?.value;
      const cpuBefore = await threadTime();
      const start = Date.now();
      await page.getByTestId('train-teacher').click();
      await page
        .locator('[data-testid="teacher-accuracy"][data-value]')
        .waitFor({ timeout: 600_000 });
      const trainMs = Date.now() - start;
      const cpuAfter = await threadTime();
      const tasks = (
        await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
      ).slice(before);
      const used = (await page.getByTestId('backend-badge').getAttribute('data-value')) ?? '?';
      results.push({
        requested: backend,
        backend: used,
        trainMs,
        longTasks: tasks.length,
        worstMs: Math.round(Math.max(0, ...tasks)),
        mainThreadCpuMs:
          cpuBefore !== undefined && cpuAfter !== undefined
            ? Math.round((cpuAfter - cpuBefore) * 1000)
            : null,
        load1: Math.round(loadavg()[0] * 100) / 100,
      });
      console.error(JSON.stringify(results.at(-1)));
      await page.close();
    }
  } finally {
    await browser.close();
    await close();
  }
  return results;
}
