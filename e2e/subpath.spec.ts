import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';

/**
 * A school may host the lab under a folder of its site. This builds it with base '/lab/' (what
 * `BASE_PATH=/lab/ npm run build` does), serves it there, and checks that it loads, trains and
 * installs its offline service worker for that folder, still cross-origin isolated.
 */
const PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4179);
let server: PreviewServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const outDir = join(tmpdir(), `compression-lab-subpath-${process.pid}`);
  await build({ base: '/lab/', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await preview({
    base: '/lab/',
    logLevel: 'error',
    build: { outDir },
    preview: { port: PORT, strictPort: true },
  });
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
});

test.use({ serviceWorkers: 'allow' });

test('the lab built for /lab/ loads, trains and installs its offline service worker there', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 300));
  });
  await page.goto(
    `http://localhost:${PORT}/lab/?dataset=mnist&trainSize=500&backend=wasm&teacher.arch=mlp:16&teacher.epochs=1`,
  );
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^0\.\d+$/, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  );
  expect(scope).toBe(`http://localhost:${PORT}/lab/`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(errors).toEqual([]);
});
