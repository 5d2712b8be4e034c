import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { initBackend } from '../src/core/backend';
import { benchSpeed, speedRatios, type SpeedRow } from './speedBench';

/**
 * `npm run bench -- speed`: LeNet-300-100 at sparsities 0–99 %, batch 1 and 256, every way to
 * run it (tfjs dense, physically smaller, our dense and CSR kernels), in Node (wasm) and in
 * headless Chromium per backend. Writes bench/results/speed.json with the rows and the ratios
 * own-sparse / own-dense and own-sparse / tfjs-dense. Within one (backend, sparsity) every
 * variant runs in the same interleaved rounds, so background load hits all sides alike.
 */
async function inChromium(): Promise<unknown[]> {
  const server = await createServer({
    server: { port: 5198, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5198/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => console.error('page:', m.text()));
    const backends = process.env.SPEED_BACKENDS ? `?backends=${process.env.SPEED_BACKENDS}` : '';
    // A loaded machine makes Vite's first transform slow: give the page time to load.
    await page.goto(`${url}bench/speed.html${backends}`, { timeout: 300_000 });
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 300_000 });
        return await page.evaluate(
          () => (window as unknown as { benchResult: Promise<unknown[]> }).benchResult,
        );
      } catch (e) {
        // Vite may reload the page once after optimising dependencies on first visit.
        if (attempt >= 2 || !/context was destroyed/.test(String(e))) throw e;
        await page.waitForLoadState('load');
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function speed(args: string[]): Promise<void> {
  const started = new Date().toISOString();
  const load = loadavg()[0];
  await initBackend('wasm');
  console.error('speed: Node, wasm…');
  const node = args.includes('--chromium-only')
    ? { rows: [], maxRelativeDifference: 0, ownKernels: 'js' }
    : await benchSpeed('node', { budgetMs: 800, log: (l) => console.error(l) });
  const browser = args.includes('--node-only') ? [] : await inChromium();
  const rows: SpeedRow[] = [
    ...node.rows,
    ...browser.flatMap((e) => ('rows' in (e as object) ? (e as { rows: SpeedRow[] }).rows : [])),
  ];
  const results = {
    started,
    machine: { cores: cpus().length, loadAverageAtStart: load },
    model: 'LeNet-300-100 (784-300-100-10), seeded Glorot weights, magnitude-pruned per layer',
    method:
      'per (env, backend, sparsity, batch): all variants in interleaved rounds (order rotating), 3 warm-up rounds discarded, ≥ 9 timed samples of ≥ 2 ms each, median and 10th/90th percentiles per forward pass (logits read back)',
    node: { maxRelativeDifference: node.maxRelativeDifference, ownKernels: node.ownKernels },
    chromium: browser.map((e) => {
      const { rows: _rows, ...rest } = e as { rows?: unknown };
      void _rows;
      return rest;
    }),
    rows,
    ratios: speedRatios(rows),
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/speed.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results.ratios, null, 2));
}
