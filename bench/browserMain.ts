import { BACKEND_ORDER, configureWasm, initBackend } from '../src/core/backend';
import { browserWasmPaths } from '../src/engine/wasmPaths';
import { benchOwnLoop, benchTrainLoop } from './trainLoopBench';
import type { OwnLoopFigures, TrainLoopFigures } from './trainLoopBench';

type Entry =
  | ((TrainLoopFigures | OwnLoopFigures) & { adapter: string | null })
  | { backend: string; skipped: string };

// Software WebGPU (SwiftShader) and the plain CPU backend are slow: measure them on less data.
const SIZES: Record<string, [number, number]> = {
  webgpu: [1280, 1],
  cpu: [1280, 1],
  webgl: [2560, 2],
  wasm: [2560, 2],
};

async function run(): Promise<Entry[]> {
  configureWasm(browserWasmPaths);
  const params = new URLSearchParams(location.search);
  const only = params.get('backends')?.split(',');
  // `?arch=vit:…`: our loop alone on that architecture (the per-backend ViT figures).
  const arch = params.get('arch');
  const entries: Entry[] = [];
  for (const name of BACKEND_ORDER) {
    if (only && !only.includes(name)) continue;
    try {
      const info = await initBackend(name);
      if (info.name !== name) {
        entries.push({ backend: name, skipped: info.fallbacks[0]?.reason ?? 'unavailable' });
        continue;
      }
      const [examples, epochs] = SIZES[name];
      const figures = arch
        ? await benchOwnLoop(arch, examples / 4, 1)
        : await benchTrainLoop(examples, epochs);
      entries.push({ ...figures, adapter: info.adapter });
    } catch (e) {
      entries.push({ backend: name, skipped: e instanceof Error ? e.message : String(e) });
    }
    document.getElementById('log')!.textContent = JSON.stringify(entries, null, 2);
  }
  return entries;
}

(window as unknown as { benchResult: Promise<Entry[]> }).benchResult = run();
