import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { benchPageResult } from './devPage';
import { initBackend } from '../src/core/backend';
import { benchSpeed, speedRatios, type SpeedRow } from './speedBench';

/**
 * `npm run bench -- speed`: LeNet-300-100 at sparsities 0–99 %, batch 1 and 256, every way to
 * run it (tfjs dense, physically smaller, our dense and CSR kernels), in Node (wasm) and in
 * headless Chromium per backend. Writes bench/results/speed.json with the rows and the ratios
 * own-sparse / own-dense and own-sparse / tfjs-dense. Within one (backend, sparsity) every
 * variant runs in the same interleaved rounds, so background load hits all sides alike.
 */
function inChromium(): Promise<unknown[]> {
  const backends = process.env.SPEED_BACKENDS ? `?backends=${process.env.SPEED_BACKENDS}` : '';
  return benchPageResult<unknown[]>(`bench/speed.html${backends}`, 'benchResult', {
    port: 5198,
    timeoutMs: 300_000,
    onPage: (page) => page.on('console', (m) => console.error('page:', m.text())),
  });
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
      'per (env, backend, sparsity, batch): all variants in interleaved rounds (order rotating), 3 warm-up rounds discarded, ≥ 9 timed samples of ≥ 20 ms each, median and 10th/90th percentiles per forward pass (logits read back)',
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
