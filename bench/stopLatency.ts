import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { serveApp } from './serveApp';

/**
 * Time from a click on Stop to the app saying the run stopped, per backend, in the production
 * app in headless Chromium, on the issue 18 net (`mlp:2048-2048-2048-2048` at batch 8, where a
 * GPU can hold many queued steps). Epochs and examples are cut so the time gate accepts the run.
 * Both times are taken inside the page (the click and a MutationObserver that sees the train
 * button enabled again), so Playwright's polling adds nothing.
 */
const TRAIN_SIZE = 10_000;
const QUERY = `dataset=mnist&trainSize=${TRAIN_SIZE}&teacher.arch=mlp:2048-2048-2048-2048&teacher.epochs=1&train.batchSize=8`;
export const STOP_BACKENDS = ['wasm', 'webgpu', 'webgl'] as const;
/** How long the run trains before Stop: long enough for any queue of steps to fill. */
const TRAIN_BEFORE_STOP_MS = 6000;

export interface StopLatency {
  requested: string;
  /** The backend the app reports it used (the badge). */
  backend: string;
  /** Click on Stop to the train button enabled again with the phase "Stopped". */
  stopMs: number;
  /** Training examples per second over the measured stretch before Stop (from the progress bar). */
  examplesPerSec: number;
  load1: number;
}

export async function stopLatency(
  appUrl?: string,
  backends: readonly string[] = STOP_BACKENDS,
): Promise<StopLatency[]> {
  const { url, close } = await serveApp(appUrl, { name: 'stop', port: 5195 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: StopLatency[] = [];
  try {
    for (const backend of backends) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}?${QUERY}&backend=${backend}`);
      const train = page.getByTestId('train-teacher');
      // The GPU process may still be finishing the previous page's queued steps.
      await train.click({ timeout: 300_000 });
      // Training proper has begun once the bar moves (data loading and compilation are over).
      const fraction = async () =>
        Number((await page.getByTestId('training-progress').getAttribute('data-value')) ?? 0);
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('[data-testid="training-progress"]')?.getAttribute('data-value'),
          ) > 0,
        undefined,
        { timeout: 300_000, polling: 100 },
      );
      const f0 = await fraction();
      const t0 = Date.now();
      await page.waitForTimeout(TRAIN_BEFORE_STOP_MS);
      const f1 = await fraction();
      const examplesPerSec = ((f1 - f0) * TRAIN_SIZE) / ((Date.now() - t0) / 1000);
      const stopMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const button = document.querySelector<HTMLButtonElement>(
              '[data-testid="train-teacher"]',
            )!;
            const clicked = performance.now();
            const observer = new MutationObserver(() => {
              if (!button.disabled) {
                observer.disconnect();
                resolve(performance.now() - clicked);
              }
            });
            observer.observe(button, { attributes: true });
            document.querySelector<HTMLButtonElement>('[data-testid="stop-training"]')!.click();
          }),
      );
      const used = (await page.getByTestId('backend-badge').getAttribute('data-value')) ?? '?';
      results.push({
        requested: backend,
        backend: used,
        stopMs: Math.round(stopMs),
        examplesPerSec: Math.round(examplesPerSec * 10) / 10,
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
