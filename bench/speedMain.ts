import { BACKEND_ORDER, configureWasm, initBackend } from '../src/core/backend';
import { ownKernelsForBackend } from '../src/core/speed/wgsl';
import { browserWasmPaths } from '../src/engine/wasmPaths';
import { benchSpeed, type SpeedRow } from './speedBench';

type Entry =
  | { backend: string; rows: SpeedRow[]; maxRelativeDifference: number; ownKernels: string }
  | { backend: string; skipped: string };

/** Every backend in this page, one after another (the page's main thread: no UI to keep alive). */
async function run(): Promise<Entry[]> {
  configureWasm(browserWasmPaths);
  const only = new URLSearchParams(location.search).get('backends')?.split(',');
  const log = document.getElementById('log')!;
  const entries: Entry[] = [];
  for (const name of BACKEND_ORDER) {
    if (only && !only.includes(name)) continue;
    try {
      const info = await initBackend(name);
      if (info.name !== name) {
        entries.push({ backend: name, skipped: info.fallbacks[0]?.reason ?? 'unavailable' });
        continue;
      }
      const result = await benchSpeed('chromium', {
        budgetMs: 800,
        kernels: ownKernelsForBackend(),
        log: (line) => (log.textContent = line),
      });
      entries.push({ backend: name, ...result });
    } catch (e) {
      entries.push({ backend: name, skipped: e instanceof Error ? e.message : String(e) });
    }
  }
  return entries;
}

(window as unknown as { benchResult: Promise<Entry[]> }).benchResult = run();
