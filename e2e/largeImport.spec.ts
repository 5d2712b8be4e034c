import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { runFileText } from '../src/core/runs/runFile';
import { testRun } from '../src/core/runs/testRun';
import { storedRunCount } from './storedRuns';

/**
 * A large import (issue 18): the file is read in a worker, written to IndexedDB in chunks and
 * restored in slices after a reload. An earlier version of this work imported fine but never
 * showed the table again after a reload; this is the check for that. Speed is measured by
 * `npm run bench -- import`, not asserted here.
 */
const COUNT = 1200;

test('1,200 imported runs show in the table, survive a reload and export whole', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('./?dataset=spiral');
  await page.getByTestId('detail-tab-runs').click();
  await expect(page.getByTestId('runs-panel')).toContainText('No runs yet');

  const runs = Array.from({ length: COUNT }, (_, i) =>
    testRun({ id: `big-${i}`, name: `imported ${i}`, createdAt: Date.UTC(2025, 0, 1) + i * 1000 }),
  );
  await page.getByTestId('runs-import').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(runFileText(runs)),
  });
  const status = page.getByTestId('runs-import-status');
  await expect(status).toHaveAttribute('data-value', 'ok');
  await expect(status).toContainText(`${COUNT} added`);
  const table = page.getByTestId('runs-table');
  await expect(table).toHaveAttribute('data-value', String(COUNT));
  // Paged: the newest 50 only.
  await expect(page.getByTestId('run-row')).toHaveCount(50);
  await expect(page.getByTestId('run-row').first()).toContainText(`imported ${COUNT - 1}`);

  // The writes are chunked; wait until every run is in IndexedDB before reloading.
  await expect.poll(() => storedRunCount(page)).toBe(COUNT);

  await page.reload();
  await page.getByTestId('detail-tab-runs').click();
  await expect(table).toHaveAttribute('data-value', String(COUNT));
  await expect(page.getByTestId('run-row')).toHaveCount(50);
  await expect(page.getByTestId('run-row').first()).toContainText(`imported ${COUNT - 1}`);
  await page.getByTestId('runs-panel').getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('runs-page')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('run-row').first()).toContainText(`imported ${COUNT - 51}`);

  // The export, built in pieces, holds every run, newest first.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('runs-export-json').click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as {
    runs: { id: string }[];
  };
  expect(exported.runs).toHaveLength(COUNT);
  expect(exported.runs[0].id).toBe(`big-${COUNT - 1}`);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('runs-export-csv').click(),
  ]);
  const lines = (await readFile((await csv.path()) as string, 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(COUNT + 1);
  expect(pageErrors).toEqual([]);
});
