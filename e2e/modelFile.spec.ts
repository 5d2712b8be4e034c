import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const QUERY =
  'dataset=mnist&trainSize=2000&backend=wasm&teacher.arch=mlp:64&teacher.epochs=2&train.lr=0.003&train.batchSize=64' +
  '&student.arch=mlp:16&student.epochs=2&student.trainSize=500&prune.sparsity=0.8&quant.bits=4';

test('a downloaded compressed model loads back with the same accuracy; a foreign file is refused', async ({
  page,
}, testInfo) => {
  await page.goto(`./?${QUERY}`);
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });

  const downloadEvent = page.waitForEvent('download');
  await page.getByTestId('detail-tab-file').click();
  await page.getByTestId('model-download').click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^teacher-mlp-64-s0\.\d+-b4\.clz$/);
  const path = testInfo.outputPath('model.clz');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  // The file is the encoding whose length is reported as the size: "CLZ1" magic first.
  expect([...bytes.subarray(0, 4)]).toEqual([0x43, 0x4c, 0x5a, 0x31]);
  const before = page.getByTestId('model-downloaded-accuracy');
  await expect(before).toHaveAttribute('data-value', /^0\.\d{4}$/);

  await page.getByTestId('model-load').setInputFiles(path);
  const after = page.getByTestId('model-loaded-accuracy');
  await expect(after).toHaveAttribute('data-value', /^0\.\d{4}$/, { timeout: 60_000 });
  expect(await after.getAttribute('data-value')).toBe(await before.getAttribute('data-value'));
  await expect(page.getByText(/Same accuracy as when it was downloaded/)).toBeVisible();

  await page.getByTestId('model-load').setInputFiles({
    name: 'notes.clz',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('this is not a model'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: /Could not use this file/ }),
  ).toBeVisible();
  // The app still works: the teacher result is still shown.
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/);
});

test('the temperature sweep draws one point per temperature as students finish', async ({
  page,
}) => {
  await page.goto(`./?${QUERY}`);
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
  await page.getByTestId('detail-tab-distill').click();
  await page.getByTestId('temperature-sweep-run').click();
  const sweep = page.getByTestId('temperature-sweep');
  await expect(sweep).toHaveAttribute('data-value', '5', { timeout: 180_000 });
  await expect(sweep.locator('tbody tr')).toHaveCount(6); // scratch + five temperatures
  await expect(page.getByText(/Best on validation: T = /)).toBeVisible();
});
