import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * Main-thread long tasks while the teacher trains, per backend, in the production app in
 * headless Chromium. Training runs in the worker; the page only draws progress and curves, so
 * the target is no task over 50 ms. The browser reports only tasks over 50 ms (PerformanceObserver
 * 'longtask'); `worstMs` is 0 when there were none.
 */
const QUERY =
  'dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=3&train.batchSize=64';
const BACKENDS = ['wasm', 'webgl', 'cpu', 'webgpu'] as const;

export interface TrainingLongTasks {
  backend: string;
  trainMs: number;
  longTasks: number;
  worstMs: number;
}

/** `appUrl`: an app already served (e.g. `vite preview`); otherwise it is built and served here. */
export async function trainingLongTasks(appUrl?: string): Promise<TrainingLongTasks[]> {
  let close = async () => {};
  let url = appUrl;
  if (!url) {
    const outDir = join(tmpdir(), 'compression-lab-bench-longtasks');
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const app = await preview({
      logLevel: 'error',
      build: { outDir },
      preview: { port: 5196, strictPort: false },
    });
    url = app.resolvedUrls?.local[0] ?? 'http://localhost:5196/';
    close = () => new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: TrainingLongTasks[] = [];
  try {
    for (const backend of BACKENDS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const tasks: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.goto(`${url}?${QUERY}&backend=${backend}`);
      await page.getByTestId('train-teacher').waitFor();
      // Page load is not training: count from the click on.
      await page.waitForTimeout(1500);
      const before = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks.length,
      );
      const start = Date.now();
      await page.getByTestId('train-teacher').click();
      await page
        .locator('[data-testid="teacher-accuracy"][data-value]')
        .waitFor({ timeout: 600_000 });
      const trainMs = Date.now() - start;
      const tasks = (
        await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
      ).slice(before);
      const used = (await page.getByTestId('backend-badge').getAttribute('data-value')) ?? '?';
      results.push({
        backend: used,
        trainMs,
        longTasks: tasks.length,
        worstMs: Math.round(Math.max(0, ...tasks)),
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
