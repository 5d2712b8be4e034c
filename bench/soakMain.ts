import { parseQuery, setParam } from '../src/core/config';
import { createRng } from '../src/core/random';
import { EngineClient, proxyCallback } from '../src/engine/client';

/**
 * The long-session soak (`npm run bench -- soak`): the app's own worker, through the app's own
 * client, trains a tiny teacher again and again and then drags the compression sliders 500
 * times. Memory is read at the start and the end; tensors must not pile up.
 */
const TRAIN_CYCLES = 30;
const PREVIEWS = 500;

const params = new URLSearchParams(location.search);
const backend = params.get('backend') ?? 'wasm';
const { config } = parseQuery(
  `?dataset=xor&trainSize=500&teacher.arch=mlp:16&teacher.epochs=1&train.batchSize=32&backend=${backend}`,
);

const log = (line: string) => {
  document.getElementById('log')!.textContent += `\n${line}`;
};

async function run() {
  const client = new EngineClient((m) => log(`worker crashed: ${m}`), {
    heartbeatTimeoutMs: 120_000,
  });
  const api = client.api;
  const info = await api.initBackend(config.backend);
  const noEvents = proxyCallback(() => {});
  const memory = () => api.memoryDetail();
  const before = await memory();
  // One warm-up cycle: the worker keeps the last teacher (its variables) between runs.
  await api.trainTeacher('soak-warmup', config, noEvents);
  const start = await memory();
  const t0 = performance.now();
  for (let i = 0; i < TRAIN_CYCLES; i++) await api.trainTeacher(`soak-${i}`, config, noEvents);
  const trainMs = performance.now() - t0;
  const afterTraining = await memory();
  log(`trained ${TRAIN_CYCLES}×`);

  const rng = createRng(8);
  let compress: { calls: number; ms: number } | { skipped: string };
  const t1 = performance.now();
  try {
    for (let i = 0; i < PREVIEWS; i++) {
      let c = setParam(config, 'prune.sparsity', Math.round(rng.next() * 99) / 100);
      c = setParam(c, 'quant.bits', 1 + Math.floor(rng.next() * 8));
      await api.compress(`soak-c${i}`, c, 'preview');
    }
    compress = { calls: PREVIEWS, ms: Math.round(performance.now() - t1) };
  } catch (e) {
    compress = { skipped: e instanceof Error ? e.message : String(e) };
  }
  const end = await memory();
  client.terminate();
  return {
    backend: info.name,
    trainCycles: TRAIN_CYCLES,
    trainMsPerCycle: Math.round(trainMs / TRAIN_CYCLES),
    compress,
    memory: { beforeAnyRun: before, start, afterTraining, end },
    tensorsReturned: end.numTensors === start.numTensors,
  };
}

(window as unknown as { soakResult: Promise<unknown> }).soakResult = run();
