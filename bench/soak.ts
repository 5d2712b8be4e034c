import { mkdir, writeFile } from 'node:fs/promises';
import { benchPageResult } from './devPage';

/**
 * `npm run bench -- soak [--backend=webgpu]`: bench/soak.html in headless Chromium through a
 * Vite dev server. Prints the figures as JSON and writes bench/results/soak-<backend>.json; it reports
 * leaks (tensorsReturned) rather than asserting timings.
 */
export async function soak(args: readonly string[]): Promise<void> {
  const backend =
    args.find((a) => a.startsWith('--backend='))?.slice('--backend='.length) ?? 'wasm';
  const result = await benchPageResult(`bench/soak.html?backend=${backend}`, 'soakResult', {
    port: 5198,
    timeoutMs: 60_000,
  });
  const out = { started: new Date().toISOString(), soak: result };
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/soak-${backend}.json`, `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(out, null, 2));
}
