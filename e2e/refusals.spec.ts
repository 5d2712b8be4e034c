import { expect, test } from '@playwright/test';

// A combination of compression methods the engine refuses is named, with its reason, in the
// config notice, live for the current settings; fixing the setting removes it.
// The score and granularity pickers sit beside the sliders; the schedule is under the
// "Compression options" detail tab.
test('a refused method combination is listed with its reason until a setting fixes it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?backend=wasm&prune.sparsity=0.5&prune.method=unit-l2');
  const refused = page.getByTestId('config-notice').locator('li[data-kind="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('prune.method');
  await expect(refused).toContainText('granularity=neuron');
  await page.getByLabel('Granularity', { exact: true }).selectOption('neuron');
  await expect(refused).toHaveCount(0);
  await expect(page.getByTestId('config-notice')).toHaveCount(0);
  // Another refusal, from a schedule: gradual pruning without fine-tuning epochs.
  await page.getByLabel('Granularity', { exact: true }).selectOption('weight');
  await page.getByLabel('Pruning score', { exact: true }).selectOption('magnitude');
  await page.getByTestId('detail-tab-compress').click();
  await page.getByLabel('Schedule', { exact: true }).selectOption('gradual');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('finetuneEpochs');
  expect(errors).toEqual([]);
});

// The reason is a code the app translates: in Korean the notice says it in Korean.
test('a refusal reason is shown in the learner’s language', async ({ page }) => {
  await page.goto('./?backend=wasm&lang=ko&prune.sparsity=0.5&prune.method=unit-l2');
  const refused = page.getByTestId('config-notice').locator('li[data-kind="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toHaveAttribute('data-code', 'unitNormNeuron');
  await expect(refused).toContainText('유닛 전체에 점수를 매깁니다');
  await expect(refused).toContainText('prune.granularity=neuron');
});
