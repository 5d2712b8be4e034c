import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { initBackend } from '../src/core/backend';
import { benchTrainLoop } from './trainLoopBench';
import { sliderLatency } from './sliderLatency';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { soak } from './soak';
import { speed } from './speed';
import { trainingLongTasks } from './trainingLongTasks';

/**
 * `npm run bench` — speed figures as ratios measured in one run on one machine, never as
 * timed assertions in tests. Writes bench/results/latest.json.
 */
async function browserTrainLoop(): Promise<unknown> {
  const server = await createServer({
    server: { port: 5199, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5199/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // Each backend runs several alternating rounds; SwiftShader WebGPU is slow.
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${url}bench/browser.html`);
    // Vite may reload the page once after optimising dependencies on first visit; retry then.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 60_000 });
        return await page.evaluate(
          () => (window as unknown as { benchResult: Promise<unknown> }).benchResult,
        );
      } catch (e) {
        if (attempt >= 2 || !/context was destroyed/.test(String(e))) throw e;
        await page.waitForLoadState('load');
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  // First, on a quiet machine: after the in-browser training benches (WebGPU on SwiftShader
  // included) the same drag measured 3x slower main-thread replies and long tasks that a
  // fresh page never shows.
  console.error('sliderLatency: the app in headless Chromium…');
  const latency = await sliderLatency();
  await initBackend('wasm');
  console.error('trainLoop: Node wasm…');
  const node = await benchTrainLoop();
  console.error(JSON.stringify(node));
  console.error('trainLoop: headless Chromium, every backend…');
  const browser = await browserTrainLoop();
  console.error(JSON.stringify(browser));
  console.error(JSON.stringify(latency));
  console.error('trainingLongTasks: main-thread tasks over 50 ms while training, per backend…');
  const longTasks = await trainingLongTasks();
  const results = {
    started,
    machine: { cores: (await import('node:os')).cpus().length },
    trainLoop: { node: [node], chromium: browser },
    sliderLatency: latency,
    trainingLongTasks: longTasks,
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

// `npm run bench -- soak`: the long-session soak instead (bench/soak.ts).
if (process.argv.includes('soak')) await soak(process.argv.slice(2));
// `npm run bench -- speed`: kernels and latency per variant (bench/speed.ts).
else if (process.argv.includes('speed')) await speed(process.argv.slice(2));
// `npm run bench -- sliderLatency`: only the slider round trip (bench/sliderLatency.ts).
else if (process.argv.includes('sliderLatency')) console.log(JSON.stringify(await sliderLatency()));
// `npm run bench -- longtasks [url]`: only the long tasks while training (an app already
// served at `url`, or a fresh build).
else if (process.argv.includes('longtasks'))
  console.log(
    JSON.stringify(await trainingLongTasks(process.argv.find((a) => a.startsWith('http')))),
  );
else await main();
