import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { runFileText } from '../src/core/runs/runFile';
import { testRun } from '../src/core/runs/testRun';
import { storeRuns } from './storedRuns';

/**
 * Hostile files and links (issue 18), each created here: after every one the app is still
 * usable and says what was wrong. No training: each case stops at validation.
 */

const usable = async (page: Page) => {
  await expect(page.getByTestId('train-teacher')).toBeEnabled();
  await expect(page.getByTestId('crash-screen')).toHaveCount(0);
};

const errors = (page: Page) => {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
};

/** A run that validates in every field but its date, which `Date` cannot hold. */
const brickRun = () => ({ ...testRun({ id: 'brick' }), createdAt: 8640000000000001 });

test('the brick file: refused at import, and a brick already stored leaves the app working after a reload', async ({
  page,
}) => {
  const pageErrors = errors(page);
  await page.goto('./?dataset=spiral');
  await usable(page);
  const text = runFileText([testRun({ id: 'fine' })]).replace(
    /"createdAt": \d+/,
    '"createdAt": 8640000000000001',
  );
  await page.getByTestId('runs-import').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const status = page.getByTestId('runs-import-status');
  await expect(status).toHaveAttribute('data-value', 'invalid');
  await expect(status).toContainText('createdAt');
  await page.reload();
  await usable(page);

  // An older version stored it anyway: put it straight into IndexedDB, next to a good run.
  await storeRuns(page, [brickRun(), testRun({ id: 'good' })]);
  await page.reload();
  await usable(page);
  await expect(page.getByTestId('run-row')).toHaveCount(1);
  await expect(page.getByTestId('run-row')).toHaveAttribute('data-value', 'good');
  expect(pageErrors).toEqual([]);
});

test('hostile links: malformed escapes, tfjs flags, bad app keys, 80 kB of keys', async ({
  page,
}) => {
  const pageErrors = errors(page);
  const notice = page.getByTestId('config-notice');

  await page.goto('./?x=%&tfjsflags=DEBUG:true');
  await usable(page);
  await expect(notice).toContainText('malformed');
  await expect(notice).toContainText('tfjsflags');

  await page.goto('./?lang=xx&ui=<b>x</b>&lesson=999&testHooks=1');
  await usable(page);
  for (const key of ['lang', 'ui', 'lesson', 'testHooks']) await expect(notice).toContainText(key);
  expect(await page.evaluate(() => '__lab' in window)).toBe(false);
  const link = await page.getByTestId('share-link').getAttribute('data-value');
  expect(link).not.toMatch(/lang=|ui=|lesson=|testHooks=/);

  // Node's preview server refuses request lines over 16 kB (431), as many servers would; the
  // page is served the app for the long address so that the app itself meets it.
  await page.route(/\?quant\.bits=4&quant/, async (route) =>
    route.fulfill({
      response: await route.fetch({ url: new URL('./', route.request().url()).href }),
    }),
  );
  await page.goto(`./?${'quant.bits=4&'.repeat(6500)}`);
  await usable(page);
  await expect(notice).toContainText('longer than 16000');
  expect(pageErrors).toEqual([]);
});

test('importing an id twice asks, and reports exact counts', async ({ page }) => {
  await page.goto('./?dataset=spiral');
  await usable(page);
  await page.getByTestId('detail-tab-runs').click();
  const twice = runFileText([
    testRun({ id: 'same', name: 'first copy' }),
    testRun({ id: 'same', name: 'second copy', createdAt: 1 }),
    testRun({ id: '=HYPERLINK("http://x")', name: 'formula id' }),
  ]);
  await page.getByTestId('runs-import').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(twice),
  });
  const conflict = page.getByTestId('runs-import-conflict');
  await expect(conflict).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('run-row')).toHaveCount(0);
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByTestId('runs-import-status')).toContainText(
    'Imported: 2 added, 0 replaced, 0 skipped, 1 kept as copies.',
  );
  await expect(page.getByTestId('run-row')).toHaveCount(3);
});

test('a link cannot start a multi-hour run: refused with the estimate and a config that fits', async ({
  page,
}) => {
  // The run, with autorun: accepted before with an ETA of "about 315 hr".
  await page.goto(
    './?dataset=mnist&trainSize=60000&teacher.arch=mlp:2048-2048-2048-2048&teacher.epochs=200&train.batchSize=8&backend=wasm&autorun=1',
  );
  const notice = page.locator('[data-testid="fault-notice"][data-value="time"]');
  await expect(notice).toContainText(/Not started: this run would take at least 28 hr/);
  const estimate = Number(await page.getByTestId('time-estimate').getAttribute('data-value'));
  expect(estimate).toBeGreaterThan(20 * 3600);
  await expect(page.getByTestId('training-progress')).toHaveAttribute('data-value', /^0(\.0+)?$/);
  await page.getByTestId('time-suggestion').click();
  await expect(page).toHaveURL(/teacher\.epochs=6(&|$)/);
  await usable(page);
});
