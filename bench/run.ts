import { mkdir, writeFile } from 'node:fs/promises';
import { initBackend } from '../src/core/backend';
import { benchOwnLoop, benchTrainLoop } from './trainLoopBench';
import { sliderLatency } from './sliderLatency';
import { benchPageResult } from './devPage';
import { soak } from './soak';
import { speed } from './speed';
import { importLongTasks } from './importLongTasks';
import { stopLatency } from './stopLatency';
import { trainingLongTasks } from './trainingLongTasks';
import { mainThreadProfile } from './mainThreadProfile';

/**
 * `npm run bench` — speed figures as ratios measured in one run on one machine, never as
 * timed assertions in tests. Writes bench/results/latest.json.
 */
/** The default vision transformer (`npm run bench -- vit`). */
const VIT_ARCH = 'vit:p7-d32-h4-l2';

function browserTrainLoop(): Promise<unknown> {
  // Each backend runs several alternating rounds; SwiftShader WebGPU is slow.
  return benchPageResult('bench/browser.html', 'benchResult', { port: 5199, timeoutMs: 60_000 });
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
  console.error('importLongTasks: main-thread tasks over 50 ms around a 5,000-run import…');
  const imports = await importLongTasks();
  const results = {
    started,
    machine: { cores: (await import('node:os')).cpus().length },
    trainLoop: { node: [node], chromium: browser },
    sliderLatency: latency,
    trainingLongTasks: longTasks,
    importLongTasks: imports,
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

/** The app URL and `--backends=a,b` given on the command line, if any. */
const urlArg = () => process.argv.find((a) => a.startsWith('http'));
const backendsArg = () =>
  process.argv
    .find((a) => a.startsWith('--backends='))
    ?.slice('--backends='.length)
    .split(',');

// `npm run bench -- soak`: the long-session soak instead (bench/soak.ts).
if (process.argv.includes('soak')) await soak(process.argv.slice(2));
// `npm run bench -- vit`: our loop's samples per second on the default vision transformer, in
// Node (wasm) and in headless Chromium on every backend (WebGPU may be software here).
else if (process.argv.includes('vit')) {
  await initBackend('wasm');
  const node = await benchOwnLoop(VIT_ARCH, 640, 1);
  const chromium = await benchPageResult(`bench/browser.html?arch=${VIT_ARCH}`, 'benchResult', {
    port: 5199,
    timeoutMs: 600_000,
  });
  console.log(JSON.stringify({ node, chromium }, null, 2));
}
// `npm run bench -- speed`: kernels and latency per variant (bench/speed.ts).
else if (process.argv.includes('speed')) await speed(process.argv.slice(2));
// `npm run bench -- sliderLatency`: only the slider round trip (bench/sliderLatency.ts).
else if (process.argv.includes('sliderLatency')) console.log(JSON.stringify(await sliderLatency()));
// `npm run bench -- import [url]`: only the long tasks around a 5,000-run import, reload and
// export (an app already served at `url`, or a fresh build).
else if (process.argv.includes('import'))
  console.log(JSON.stringify(await importLongTasks(urlArg())));
// `npm run bench -- stopLatency [url] [--backends=wasm,webgpu]`: click on Stop to the run's end,
// per backend, on a big net at batch 8 (bench/stopLatency.ts).
else if (process.argv.includes('stopLatency'))
  console.log(JSON.stringify(await stopLatency(urlArg(), backendsArg())));
// `npm run bench -- profile [url] [--backend=wasm] [--trace=file.json]`: where the longest
// main-thread tasks of that training run spend their time (bench/mainThreadProfile.ts).
else if (process.argv.includes('profile'))
  console.log(JSON.stringify(await mainThreadProfile(process.argv.slice(2)), null, 2));
// `npm run bench -- longtasks [url] [--backends=wasm,webgpu] [--query=…]`: only the long tasks
// while training (an app already served at `url`, or a fresh build), on the backends listed (all
// four by default), for the experiment in `--query` (default: a short one).
else if (process.argv.includes('longtasks'))
  console.log(
    JSON.stringify(
      await trainingLongTasks(
        urlArg(),
        backendsArg(),
        process.argv.find((a) => a.startsWith('--query='))?.slice('--query='.length),
      ),
    ),
  );
else await main();
