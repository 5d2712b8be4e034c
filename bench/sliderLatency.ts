import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';
import type { ForwardRequest, ForwardTiming } from './forwardWorker';

/**
 * Slider latency in the real app in headless Chromium: from the pointer event that moves the
 * sparsity slider to the moment the chart's live point shows the answer for that position
 * (store → worker preview → store → React → recharts → DOM). Each move waits for its own point,
 * so nothing is dropped and each sample is one whole round trip. The baseline is a bare forward
 * pass over as many examples as the preview evaluates, on the same backend, in a worker.
 * The app is the production build (React's development build alone would add milliseconds to
 * every render); the baseline page runs from the dev server, its tfjs kernels are the same.
 */
const QUERY = 'dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=1&backend=wasm';
const ARCH = 'mlp:64';
const MOVES = 40;

const DRAG_MS = 10_000;

export interface SliderLatency {
  backend: string;
  arch: string;
  previewExamples: number;
  moves: number;
  p50Ms: number;
  p95Ms: number;
  /** Median time the worker itself spent on a preview (compress + size + evaluate). */
  workerP50Ms: number;
  /** Median of each stage inside the worker (prune = cut, quantize, count = the file's exact
   * length without writing it, weights = the stored layers as computed weights, upload =
   * weights to tensors, evaluate = forward pass on the preview set, describe = the point). */
  workerStagesP50Ms: Record<string, number>;
  /** Main thread: input event → request posted to the worker. */
  inputToRequestP50Ms: number;
  /** Main thread: the worker's reply received → live point in the DOM (React + recharts). */
  replyToDrawnP50Ms: number;
  forwardMedianMs: number;
  /** p50 / bare forward pass; the target is ≤ 1.5. */
  ratioP50: number;
  ratioP95: number;
  /** During a free 10-second back-and-forth drag: main-thread tasks over 50 ms. */
  dragSeconds: number;
  dragLongTasksOver50Ms: number;
  dragLongestTaskMs: number;
}

type Probe = Record<
  'samples' | 'workerMs' | 'beforeSend' | 'afterReply' | 'longTasks',
  number[]
> & {
  stages: Record<string, number>[];
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/**
 * Before the app loads: the time of the last message posted to and received from any worker,
 * to split a round trip into main-thread and worker parts.
 */
async function installWorkerClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const clock = { sent: 0, received: 0 };
    (window as unknown as { workerClock: typeof clock }).workerClock = clock;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', () => (clock.received = performance.now()));
      }
      postMessage(message: unknown, transfer?: unknown) {
        clock.sent = performance.now();
        super.postMessage(message, transfer as Transferable[]);
      }
    };
  });
}

/** Records, in the page, the time from each pointermove to the next live-point change. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clock = (window as unknown as { workerClock: { sent: number; received: number } })
      .workerClock;
    const probe: Probe = {
      samples: [],
      workerMs: [],
      beforeSend: [],
      afterReply: [],
      longTasks: [],
      stages: [],
    };
    // Main-thread tasks over 50 ms (the browser reports only those as long tasks).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    let lastInput = 0;
    let lastSeen = '';
    (window as unknown as { probe: Probe }).probe = probe;
    document.addEventListener('pointermove', (e) => (lastInput = e.timeStamp), true);
    const chart = document.querySelector('[data-testid="pareto-chart"]')!;
    new MutationObserver(() => {
      const live = document.querySelector('[data-testid="live-point"]');
      const key = live?.getAttribute('data-value') ?? '';
      if (!live || key === lastSeen) return;
      lastSeen = key;
      if (live.getAttribute('data-form') !== 'preview' || lastInput === 0) return;
      const now = performance.now();
      probe.samples.push(now - lastInput);
      probe.workerMs.push(Number(live.getAttribute('data-ms')));
      probe.beforeSend.push(clock.sent - lastInput);
      probe.afterReply.push(now - clock.received);
      probe.stages.push(
        JSON.parse(live.getAttribute('data-stage-ms') ?? '{}') as Record<string, number>,
      );
    }).observe(chart, { subtree: true, childList: true, attributes: true });
  });
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { probe: Probe }).probe);

export async function sliderLatency(): Promise<SliderLatency> {
  const outDir = join(tmpdir(), 'compression-lab-bench-app');
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const app = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 5197, strictPort: false },
  });
  const url = app.resolvedUrls?.local[0] ?? 'http://localhost:5197/';
  const server = await createServer({
    server: { port: 5198, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
  const devUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:5198/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message.slice(0, 300)));
    await installWorkerClock(page);
    await page.goto(`${url}?${QUERY}`);
    await page.getByTestId('train-teacher').click();
    await page.getByTestId('teacher-accuracy').waitFor({ timeout: 180_000 });
    await page.locator('[data-testid="live-point"]').waitFor({ timeout: 60_000 });
    const backend = (await page.getByTestId('backend-badge').getAttribute('data-value')) ?? '?';
    await installProbe(page);

    const thumb = page.getByTestId('sparsity-slider');
    await thumb.scrollIntoViewIfNeeded();
    const track = (await page.locator('.slider-root').filter({ has: thumb }).boundingBox())!;
    const y = track.y + track.height / 2;
    // Start at 10 % and step right: ~1 % of sparsity per move, a new value every time.
    const x0 = track.x + track.width * 0.1;
    const dx = Math.max(3, track.width / 100);
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.waitForTimeout(500);
    const base = (await probeOf(page)).samples.length;
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(x0 + dx * i, y);
      await page.waitForFunction(
        (n) => (window as unknown as { probe: Probe }).probe.samples.length >= n,
        base + i,
        { timeout: 30_000 },
      );
    }
    await page.mouse.up();
    const probe = await probeOf(page);
    // Let the release's commit and the inspectors it refreshes finish before the next part.
    await page.waitForTimeout(3000);

    // A free 10-second drag, back and forth at ~60 moves a second, as a hand would: how many
    // main-thread tasks exceed 50 ms while previews stream in?
    const longBase = (await probeOf(page)).longTasks.length;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    const dragStart = Date.now();
    for (let k = 0; Date.now() - dragStart < DRAG_MS; k++) {
      const phase = (k % 120) / 60;
      const f = phase <= 1 ? phase : 2 - phase;
      await page.mouse.move(track.x + track.width * (0.05 + 0.9 * f), y);
      await page.waitForTimeout(16);
    }
    // Counted before the release: the commit and inspector refresh after it are not the drag.
    const dragLong = (await probeOf(page)).longTasks.slice(longBase);
    await page.mouse.up();
    const after = (xs: number[]) => xs.slice(base);
    const samples = after(probe.samples);
    const previewExamples = Number(
      await page.locator('[data-testid="live-point"]').getAttribute('data-examples'),
    );

    await page.goto(`${devUrl}bench/forward.html`);
    await page.waitForFunction(() => 'timeForward' in window);
    const request: ForwardRequest = {
      backend: 'wasm',
      arch: ARCH,
      examples: previewExamples,
      runs: 30,
    };
    const forward = await page.evaluate(
      (r) =>
        (
          window as unknown as { timeForward: (r: ForwardRequest) => Promise<ForwardTiming> }
        ).timeForward(r),
      request,
    );
    const p50 = quantile(samples, 0.5);
    const p95 = quantile(samples, 0.95);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      backend,
      arch: ARCH,
      previewExamples,
      moves: samples.length,
      p50Ms: round(p50),
      p95Ms: round(p95),
      workerP50Ms: round(quantile(after(probe.workerMs), 0.5)),
      workerStagesP50Ms: Object.fromEntries(
        Object.keys(probe.stages.at(-1) ?? {}).map((k) => [
          k,
          round(
            quantile(
              probe.stages.slice(base).map((st) => st[k] ?? 0),
              0.5,
            ),
          ),
        ]),
      ),
      inputToRequestP50Ms: round(quantile(after(probe.beforeSend), 0.5)),
      replyToDrawnP50Ms: round(quantile(after(probe.afterReply), 0.5)),
      forwardMedianMs: round(forward.medianMs),
      ratioP50: round(p50 / forward.medianMs),
      ratioP95: round(p95 / forward.medianMs),
      dragSeconds: DRAG_MS / 1000,
      dragLongTasksOver50Ms: dragLong.length,
      dragLongestTaskMs: round(Math.max(0, ...dragLong)),
    };
  } finally {
    await browser.close();
    await server.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
}
