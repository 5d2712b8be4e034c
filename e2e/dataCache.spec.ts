import { expect, test } from '@playwright/test';

/**
 * The service worker keeps a dataset file only when its bytes match data/manifest.json
 * (src/pwa/dataCache.ts). A server that sends a damaged file once and then the right one: the
 * lab reports the damage, and the retry trains, because the damaged copy was never cached.
 */
test.use({ serviceWorkers: 'allow' });

const FILE = 'mnist/train-labels.idx.gz.bin';

test('a corrupt download is not cached: fixed on the server, the retry works', async ({
  page,
  context,
}) => {
  await page.goto(
    './?dataset=mnist&trainSize=500&backend=wasm&teacher.arch=mlp:16&teacher.epochs=1',
  );
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
  // Reload so that the training worker's requests pass through the service worker too.
  await page.reload();

  let damaged = 0;
  // context.route sees the service worker's own requests to the network.
  await context.route(`**/data/${FILE}`, async (route) => {
    if (damaged > 0) return route.fallback();
    damaged += 1;
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff; // same size, another sha256
    await route.fulfill({ response, body });
  });

  await page.getByTestId('train-teacher').click();
  const alert = page.getByRole('alert').filter({ hasText: FILE });
  await expect(alert).toContainText(/corrupt/i);
  expect(damaged).toBe(1);

  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^0\.\d+$/, {
    timeout: 120_000,
  });
  const { expected, keys } = await page.evaluate(async (file) => {
    const manifest = (await (await fetch('data/manifest.json')).json()) as {
      files: Record<string, { sha256: string }>;
    };
    const cache = await caches.open('lab-data');
    return {
      expected: manifest.files[file].sha256,
      keys: (await cache.keys()).map((r) => r.url).filter((u) => u.includes(file)),
    };
  }, FILE);
  // Kept once, under the digest the manifest lists.
  expect(keys).toHaveLength(1);
  expect(keys[0]).toContain(`sha256=${expected}`);
});
