import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Tiny and on wasm, so a run takes seconds and two runs on the same backend agree exactly.
const TINY = 'dataset=mnist&trainSize=1000&backend=wasm&teacher.arch=mlp:32&teacher.epochs=1';

function logErrors(page: Page): void {
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[browser error] ${m.text().slice(0, 300)}`);
  });
}

async function trainTeacher(page: Page): Promise<string> {
  await page.getByTestId('train-teacher').click();
  const accuracy = page.getByTestId('teacher-accuracy');
  await expect(accuracy).toHaveAttribute('data-value', /^\d/, { timeout: 120_000 });
  return (await accuracy.getAttribute('data-value')) as string;
}

/** The values of the controls the test changes, as the page shows them. */
async function controls(page: Page) {
  return {
    seed: await page.getByLabel('Random seed').inputValue(),
    lr: await page.getByLabel('Learning rate').inputValue(),
    temperature: await page.getByTestId('temperature-slider').getAttribute('aria-valuenow'),
    link: await page.getByTestId('share-link').getAttribute('data-value'),
  };
}

test('a share link restores the controls and, on the same backend, the same accuracy', async ({
  page,
  browser,
  context,
}) => {
  logErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?${TINY}`);

  // Set some controls by hand.
  const seed = page.getByLabel('Random seed');
  await seed.fill('7');
  await seed.press('Enter');
  const lr = page.getByLabel('Learning rate');
  await lr.fill('0.003');
  await lr.press('Enter');
  const slider = page.getByTestId('temperature-slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');

  const share = page.getByTestId('share-link');
  await expect(share).toHaveAttribute('data-value', /seed=7/);
  const link = (await share.getAttribute('data-value')) as string;
  expect(link).toMatch(/^http:\/\/localhost:\d+\/\?v=1&/);
  expect(link).toContain('train.lr=0.003');
  // The address bar follows (throttled, so it may lag a moment).
  await expect(page).toHaveURL(/seed=7/);

  await page.getByTestId('detail-tab-runs').click();
  await share.click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const before = await controls(page);
  const accuracy = await trainTeacher(page);
  await expect(page.getByTestId('run-row')).toHaveCount(1);

  // A fresh browser context: no shared storage, nothing but the link.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  logErrors(page2);
  await page2.goto(link);
  await expect(page2.getByTestId('config-notice')).toHaveCount(0);
  expect(await controls(page2)).toEqual(before);
  await expect(page2.getByTestId('runs-panel')).toContainText('No runs yet');
  expect(await trainTeacher(page2)).toBe(accuracy);
  await expect(page2.getByTestId('backend-badge')).toHaveAttribute('data-value', 'wasm');

  // Reload keeps the runs table, with the backend recorded.
  await page2.reload();
  const rows = page2.getByTestId('run-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('run-teacher-accuracy')).toHaveAttribute('data-value', accuracy);
  await expect(rows).toContainText('WASM');

  // A corrupt file: an alert, and the table is unchanged.
  await page2.getByTestId('runs-import').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"compression-lab-runs","version":1,"runs":[{"id":'),
  });
  const status = page2.getByTestId('runs-import-status');
  await expect(status).toHaveAttribute('role', 'alert');
  await expect(status).toHaveAttribute('data-value', 'not-json');
  await expect(status).toContainText('Nothing was changed');
  await expect(rows).toHaveCount(1);

  // The first page's export imports into the second: two runs, compared against a baseline.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('runs-export-json').click(),
  ]);
  const exported = await readFile((await download.path()) as string);
  await page2.getByTestId('runs-import').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: exported,
  });
  await expect(status).toHaveAttribute('data-value', 'ok');
  await expect(rows).toHaveCount(2);
  await page2.getByTestId('detail-tab-runs').click();
  await rows.first().getByRole('button', { name: 'Pin as baseline' }).click();
  await expect(rows.last().getByTestId('run-comparison')).toHaveAttribute('data-value', '0.0000');
  await expect(rows.last()).toContainText('Same settings.');

  // Rename and delete also survive a reload, as does the pinned baseline.
  await rows.first().getByRole('button', { name: 'Rename' }).click();
  const nameField = rows.first().getByLabel('New name');
  await nameField.fill('my baseline');
  await nameField.press('Enter');
  await rows.last().getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(1);
  await page2.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('run-name')).toHaveText('my baseline');
  await expect(rows).toContainText('Baseline');
  await other.close();
});

test('markup in a link is shown as text in a notice and never runs', async ({ page }) => {
  logErrors(page);
  const attack = '<img src=x onerror=window.__pwned=1>';
  await page.goto(
    `./?teacher.arch=${encodeURIComponent(attack)}&${encodeURIComponent(attack)}=1&trainSize=50000000&dataset=mnist`,
  );
  const notice = page.getByTestId('config-notice');
  await expect(notice.locator('li')).toHaveCount(3);
  await expect(notice).toContainText(attack);
  // The rest of the link still applies.
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('mnist');
  await expect(page.getByTestId('share-link')).not.toHaveAttribute('data-value', /img/);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
    undefined,
  );
});

test('autorun=1 trains the teacher as soon as the page opens', async ({ page }) => {
  logErrors(page);
  await page.goto('./?dataset=xor&backend=wasm&teacher.arch=mlp:8&teacher.epochs=1&autorun=1');
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
  await expect(page.getByTestId('run-row')).toHaveCount(1);
});
