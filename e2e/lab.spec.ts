import { expect, test, type Locator, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions of the page, so a test can insist there are none. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 300));
  });
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 300)));
  return errors;
}

async function trainTeacher(page: Page, query: string): Promise<number> {
  await page.goto(`./?${query}`);
  await page.getByTestId('train-teacher').click();
  const acc = page.getByTestId('teacher-accuracy');
  await expect(acc).toHaveAttribute('data-value', /^\d/, { timeout: 120_000 });
  return Number(await acc.getAttribute('data-value'));
}

const readout = (page: Page) => page.locator('.lab-readout');
const num = async (l: Locator) => Number(await l.getAttribute('data-value'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the readouts show the full-test-set measurement of `key=value`. Form and settings
 * are read together: a preview of the new value must not pass for its commit.
 */
async function committedAt(page: Page, key: string, value: string): Promise<void> {
  const shown = () =>
    readout(page).evaluate((el: HTMLElement) => `${el.dataset.form}|${el.dataset.settings}`);
  await expect
    .poll(shown, { timeout: 30_000 })
    .toMatch(new RegExp(`^commit\\|(.*&)?${escape(key)}=${escape(value)}(&|$)`));
}

test('sliders compress the teacher, the chart keeps each release and restores it, no tensors leak', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const dense = await trainTeacher(
    page,
    'dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=2&backend=wasm',
  );
  const size = page.getByTestId('compressed-size-bytes');
  const accuracy = page.getByTestId('compressed-accuracy');
  const chart = page.getByTestId('pareto-chart');
  // Training measures the dense settings once, without adding a chart point.
  await committedAt(page, 'prune.sparsity', '0');
  await expect(chart).toHaveAttribute('data-value', '0');
  await expect(accuracy).toHaveAttribute('data-split', 'test');
  const sizes = [await num(size)];
  const acc0 = await num(accuracy);

  const sparsity = page.getByTestId('sparsity-slider');
  await expect(sparsity).toHaveAttribute('role', 'slider');
  await sparsity.focus();
  for (let k = 1; k <= 9; k++) {
    await page.keyboard.press('PageUp'); // one tenth per press
    const v = String(k / 10);
    await expect(sparsity).toHaveAttribute('aria-valuenow', v);
    await committedAt(page, 'prune.sparsity', v);
    await expect(chart).toHaveAttribute('data-value', String(k));
    sizes.push(await num(size));
  }
  for (let k = 1; k < sizes.length; k++) expect(sizes[k]).toBeLessThanOrEqual(sizes[k - 1]);
  expect(sizes[9]).toBeLessThan(sizes[0] / 3);
  const acc9 = await num(accuracy);
  expect(acc9).not.toBe(acc0);
  console.log(`lab: sizes ${sizes.join(' ')}; accuracy ${acc0} -> ${acc9} at 0.9`);

  // Quantization alone: back to no pruning, then 8, 2 and 1 bits.
  await page.keyboard.press('Home');
  await committedAt(page, 'prune.sparsity', '0');
  const bits = page.getByTestId('bits-slider');
  await bits.focus();
  await page.keyboard.press('ArrowLeft'); // 32 -> 8
  await expect(bits).toHaveAttribute('aria-valuenow', '8');
  await committedAt(page, 'quant.bits', '8');
  const acc8 = await num(accuracy);
  expect(Math.abs(acc8 - dense)).toBeLessThanOrEqual(0.01);
  await page.keyboard.press('Home'); // 1 bit
  await expect(bits).toHaveAttribute('aria-valuenow', '1');
  await committedAt(page, 'quant.bits', '1');
  const acc1 = await num(accuracy);
  await page.keyboard.press('ArrowRight'); // 2 bits
  await committedAt(page, 'quant.bits', '2');
  const acc2 = await num(accuracy);
  console.log(`lab: dense ${dense}, 8 bits ${acc8}, 2 bits ${acc2}, 1 bit ${acc1}`);
  expect(acc1).toBeLessThan(acc8 - 0.02);
  expect(acc2).toBeLessThan(acc8);
  const count = await num(chart);
  expect(count).toBe(13);

  // A click on the 0.5-sparsity point moves the sliders back to its settings.
  const point = chart.locator('[data-point-id][data-settings*="prune.sparsity=0.5&"]').first();
  await point.dispatchEvent('click');
  await expect(sparsity).toHaveAttribute('aria-valuenow', '0.5');
  await expect(bits).toHaveAttribute('aria-valuenow', '32');
  await expect(readout(page)).toHaveAttribute('data-settings', /prune\.sparsity=0\.5(&|$)/);
  await expect(chart).toHaveAttribute('data-value', String(count));

  // Inspectors of an image model: receptive fields, histogram, bars, breakdown, confusion.
  await page.getByTestId('detail-tab-inspect').click();
  await expect(page.getByTestId('weight-picture')).toHaveAttribute('data-value', 'fields');
  for (const id of [
    'layer-sparsity',
    'size-breakdown',
    'weight-histogram',
    'confusion-matrix',
    'newly-wrong',
  ])
    await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByTestId('decision-boundary')).toHaveCount(0);

  // 50 mouse drags: the worker must end with as many tensors as it started with.
  const tensors = page.getByTestId('tensor-count');
  const box = (await page.locator('.slider-root').filter({ has: sparsity }).boundingBox())!;
  const drag = async (from: number, to: number) => {
    await page.mouse.move(box.x + box.width * from, box.y + box.height / 2);
    await page.mouse.down();
    for (let s = 1; s <= 4; s++)
      await page.mouse.move(
        box.x + box.width * (from + ((to - from) * s) / 4),
        box.y + box.height / 2,
      );
    await page.mouse.up();
  };
  await drag(0.2, 0.6);
  await expect(readout(page)).toHaveAttribute('data-form', 'commit');
  await page.waitForTimeout(2500);
  await expect(tensors).toHaveAttribute('data-value', /^\d+$/);
  const before = await num(tensors);
  for (let i = 0; i < 50; i++) await drag(i % 2 ? 0.7 : 0.3, i % 2 ? 0.3 : 0.7);
  await expect(readout(page)).toHaveAttribute('data-form', 'commit', { timeout: 60_000 });
  await expect.poll(() => num(tensors), { timeout: 30_000 }).toBe(before);
  expect(errors).toEqual([]);
});

test('on a 2-D set every inspector renders, long jobs run, report progress and stop', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await trainTeacher(
    page,
    'dataset=spiral&trainSize=1000&teacher.arch=mlp:32-32&teacher.epochs=20&backend=wasm&quant.epochs=50',
  );
  await committedAt(page, 'prune.sparsity', '0');
  const sparsity = page.getByTestId('sparsity-slider');
  await sparsity.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('PageUp');
  await committedAt(page, 'prune.sparsity', '0.5');
  const bits = page.getByTestId('bits-slider');
  await bits.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft'); // 32 -> 4
  await committedAt(page, 'quant.bits', '4');
  await expect(page.getByTestId('weight-picture')).toHaveAttribute('data-value', 'heatmap');
  // One scale per layer: the few levels a 4-bit layer can take are drawn one bar each.
  await page.getByTestId('detail-tab-compress').click();
  await page.getByText('Quantization options').click();
  await page.getByLabel('Scale per').selectOption('tensor');
  await committedAt(page, 'quant.granularity', 'tensor');
  await page.getByTestId('detail-tab-inspect').click();
  await expect(page.getByTestId('decision-boundary')).toHaveAttribute('data-value', /^\d/);
  await expect(
    page.getByTestId('weight-histogram').locator('rect[data-level]').first(),
  ).toBeVisible();
  for (const id of ['layer-sparsity', 'size-breakdown', 'confusion-matrix', 'newly-wrong'])
    await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByTestId('output-layer-note')).toHaveAttribute('data-value', 'output');

  // Structured and 2:4 pruning draw differently from unstructured.
  await page.getByLabel('Granularity', { exact: true }).selectOption('neuron');
  await committedAt(page, 'prune.granularity', 'neuron');
  await page.getByLabel('Granularity', { exact: true }).selectOption('2:4');
  await committedAt(page, 'prune.granularity', '2:4');

  // A full run: progress, then its point on the chart.
  const chart = page.getByTestId('pareto-chart');
  const points = await num(chart);
  await page.getByTestId('detail-tab-compress').click();
  await page.getByTestId('apply-finetune').click();
  await expect(chart).toHaveAttribute('data-value', String(points + 1), { timeout: 120_000 });
  await expect(readout(page)).toHaveAttribute('data-form', 'full');

  // Another one, stopped: no error, no point.
  await page.getByTestId('apply-qat').click();
  await expect(page.getByTestId('compress-progress-full')).toBeVisible();
  await page.getByTestId('compress-stop-full').click();
  await expect(page.getByTestId('compress-progress-full')).toHaveCount(0, { timeout: 30_000 });
  await expect(chart).toHaveAttribute('data-value', String(points + 1));

  await page.getByTestId('detail-tab-layers').click();
  await page.getByTestId('sensitivity-scan').click();
  await expect(page.getByTestId('sensitivity-chart')).toHaveAttribute('data-value', /^[1-9]/, {
    timeout: 120_000,
  });
  await expect(page.getByTestId('sensitivity-split')).toHaveAttribute('data-split', 'validation');
  await page.getByTestId('sparse-vs-dense').click();
  await expect(page.getByTestId('sparse-vs-dense-result')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('sparse-vs-dense-split')).toHaveAttribute(
    'data-split',
    'validation',
  );
  expect(errors).toEqual([]);
});
