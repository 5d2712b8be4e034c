import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { serveApp } from './serveApp';
import { TRAINING_QUERY } from './trainingLongTasks';
import { longTaskBreakdown } from './traceTasks';

/** Timeline events (tasks, layout, paint, GC, script entry points) and V8's sampling profiler. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];
const CLICK_MARK = 'bench-train-click';

/**
 * `npm run bench -- profile [url] [--backend=wasm] [--trace=file.json]`: the same training run as
 * trainingLongTasks, recorded as a Chrome trace from the click to the result, and where the
 * longest main-thread tasks spent their time (trace events' self time, JS functions' self and
 * total time), as JSON. Without `url` it builds the app unminified, so the functions keep their
 * names. `--trace` also writes the raw trace, for the Performance panel of Chrome's DevTools.
 */
export async function mainThreadProfile(args: readonly string[]): Promise<unknown> {
  const option = (name: string) =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const backend = option('backend') ?? 'wasm';
  const { url, close } = await serveApp(
    args.find((a) => a.startsWith('http')),
    { name: 'profile', port: 5197, minify: false },
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}?${TRAINING_QUERY}&backend=${backend}`);
    await page.getByTestId('train-teacher').waitFor();
    // Page load is not training: record from the click on.
    await page.waitForTimeout(1500);
    await browser.startTracing(page, { categories: CATEGORIES });
    // Starting the profiler blocks the page for a while: let it pass before the run begins.
    await page.waitForTimeout(1000);
    await page.evaluate((mark) => performance.mark(mark), CLICK_MARK);
    const start = Date.now();
    await page.getByTestId('train-teacher').click();
    await page
      .locator('[data-testid="teacher-accuracy"][data-value]')
      .waitFor({ timeout: 600_000 });
    const trainMs = Date.now() - start;
    // The end-of-run result lands in the same task as the accuracy: let its commit finish.
    await page.waitForTimeout(1000);
    const trace = await browser.stopTracing();
    const tracePath = option('trace');
    if (tracePath) await writeFile(tracePath, trace);
    const { traceEvents } = JSON.parse(trace.toString()) as {
      traceEvents: Parameters<typeof longTaskBreakdown>[0];
    };
    return {
      backend: (await page.getByTestId('backend-badge').getAttribute('data-value')) ?? '?',
      trainMs,
      load1: Math.round(loadavg()[0] * 100) / 100,
      ...longTaskBreakdown(traceEvents, { fromMark: CLICK_MARK }),
    };
  } finally {
    await browser.close();
    await close();
  }
}
