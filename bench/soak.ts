import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * `npm run bench -- soak [--backend=webgpu]`: bench/soak.html in headless Chromium through a
 * Vite dev server. Prints the figures as JSON and writes bench/results/soak-<backend>.json; it reports
 * leaks (tensorsReturned) rather than asserting timings.
 */
export async function soak(args: readonly string[]): Promise<void> {
  const backend =
    args.find((a) => a.startsWith('--backend='))?.slice('--backend='.length) ?? 'wasm';
  const server = await createServer({
    server: { port: 5198, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5198/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message.slice(0, 300)));
    await page.goto(`${url}bench/soak.html?backend=${backend}`);
    let result: unknown;
    // Vite may reload the page once after optimising dependencies on first visit; retry then.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForFunction(() => 'soakResult' in window, undefined, { timeout: 60_000 });
        result = await page.evaluate(
          () => (window as unknown as { soakResult: Promise<unknown> }).soakResult,
        );
        break;
      } catch (e) {
        if (attempt >= 2 || !/context was destroyed/.test(String(e))) throw e;
        await page.waitForLoadState('load');
      }
    }
    const out = { started: new Date().toISOString(), soak: result };
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/soak-${backend}.json`, `${JSON.stringify(out, null, 2)}\n`);
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
