import { chromium, type Page } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * Serves the repository with Vite's dev server, opens `path` in headless Chromium and returns
 * what the page leaves in `window[key]` (a promise the bench page resolves). Server and browser
 * are closed whatever happens. `onPage` may add listeners before the page loads.
 */
export async function benchPageResult<T>(
  path: string,
  key: string,
  options: { port: number; timeoutMs: number; onPage?: (page: Page) => void },
): Promise<T> {
  const server = await createServer({
    server: { port: options.port, strictPort: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${options.port}/`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message.slice(0, 300)));
    options.onPage?.(page);
    // A loaded machine makes Vite's first transform slow: give the page time to load.
    await page.goto(`${url}${path}`, { timeout: Math.max(options.timeoutMs, 30_000) });
    // Vite may reload the page once after optimising dependencies on first visit; retry then.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForFunction((k) => k in window, key, { timeout: options.timeoutMs });
        return await page.evaluate(
          (k) => (window as unknown as Record<string, Promise<T>>)[k],
          key,
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
