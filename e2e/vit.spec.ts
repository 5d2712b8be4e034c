import { expect, test, type Page } from '@playwright/test';

/** A tiny vision transformer on MNIST: 16 patches, 2 heads in each of 2 blocks. */
const TINY_VIT =
  'dataset=mnist&trainSize=1000&teacher.arch=vit:p7-d16-h2-l2&teacher.epochs=2&train.lr=0.003&train.batchSize=32&backend=wasm';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the readouts show the full-test-set measurement of `key=value`. */
async function committedAt(page: Page, key: string, value: string): Promise<void> {
  const shown = () =>
    page
      .locator('.lab-readout')
      .evaluate((el: HTMLElement) => `${el.dataset.form}|${el.dataset.settings}`);
  await expect
    .poll(shown, { timeout: 30_000 })
    .toMatch(new RegExp(`^commit\\|(.*&)?${escape(key)}=${escape(value)}(&|$)`));
}

test('a ViT teacher: one attention map per head and block, the heads slider adds chart points', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Not a transformer: no heads slider, and the attention panel says why in one line.
  await page.goto('./?dataset=mnist&teacher.arch=mlp:16&backend=wasm');
  await page.getByTestId('detail-tab-inspect').click();
  await expect(page.getByText(/Attention maps exist only for a vision transformer/)).toBeVisible();
  await expect(page.getByTestId('heads-slider')).toHaveCount(0);

  await page.goto(`./?${TINY_VIT}`);
  await page.getByTestId('train-teacher').click();
  const accuracy = page.getByTestId('teacher-accuracy');
  await expect(accuracy).toHaveAttribute('data-value', /^\d/, { timeout: 60_000 });
  await committedAt(page, 'prune.sparsity', '0');
  // wasm has every kernel the ViT needs (no fallback to cpu) and it learns: well above the 10 %
  // of chance after two short epochs.
  expect(Number(await accuracy.getAttribute('data-value'))).toBeGreaterThan(0.2);
  await expect(page.getByTestId('backend-badge')).toHaveAttribute('data-value', 'wasm');
  // The heads slider joins the knobs without pushing the chart off the one screen.
  for (const id of ['heads-slider', 'pareto-chart', 'compressed-accuracy']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.y + box!.height, id).toBeLessThanOrEqual(page.viewportSize()!.height);
  }
  const size = page.getByTestId('compressed-size-bytes');
  const dense = Number(await size.getAttribute('data-value'));

  // Attention: 2 blocks × 2 heads, each with its spread; the next image redraws them.
  await page.getByTestId('detail-tab-inspect').click();
  const maps = page.getByTestId('attention-map');
  await expect(maps).toHaveCount(4);
  for (const map of await maps.all()) {
    await expect(map).toBeVisible();
    expect(Number(await map.getAttribute('data-value'))).toBeGreaterThanOrEqual(0);
  }
  await expect(page.getByTestId('attention-image')).toHaveAttribute('data-value', '0');
  await page.getByRole('button', { name: 'Next image' }).click();
  await expect(page.getByTestId('attention-image')).toHaveAttribute('data-value', '1');
  await expect(maps).toHaveCount(4);

  // The per-head sensitivity scan: one cell per block and head, each a validation accuracy.
  await expect(page.getByTestId('head-sensitivity')).toHaveCount(0);
  await page.getByTestId('head-sensitivity-run').click();
  await expect(page.getByTestId('head-sensitivity')).toBeVisible({ timeout: 30_000 });
  const cells = page.getByTestId('head-sensitivity-cell');
  await expect(cells).toHaveCount(4);
  const removed = await cells.evaluateAll((els) =>
    els.map((el) => Number(el.getAttribute('data-value'))),
  );
  for (const a of removed) expect(a).toBeGreaterThanOrEqual(0);
  for (const a of removed) expect(a).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('head-sensitivity')).toHaveAttribute('data-split', 'validation');
  await expect(page.getByText(/validation examples\. Each cell/)).toBeVisible();

  // Heads kept 4 → 3: whole-head pruning of a quarter of the heads, a committed point.
  const chart = page.getByTestId('pareto-chart');
  await expect(chart).toHaveAttribute('data-value', '0');
  const heads = page.getByTestId('heads-slider');
  await expect(heads).toHaveAttribute('role', 'slider');
  await expect(heads).toHaveAttribute('aria-valuenow', '4');
  await heads.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(heads).toHaveAttribute('aria-valuenow', '3');
  await committedAt(page, 'prune.sparsity', '0.25');
  await expect(page.locator('.lab-readout')).toHaveAttribute(
    'data-settings',
    /prune\.granularity=head/,
  );
  const three = Number(await size.getAttribute('data-value'));
  // One more step (3 → 2): each release is one chart point, the switch to heads included.
  await page.keyboard.press('ArrowLeft');
  await expect(heads).toHaveAttribute('aria-valuenow', '2');
  await committedAt(page, 'prune.sparsity', '0.5');
  await expect(chart).toHaveAttribute('data-value', '2');
  // Each step really removes a head (q, k, v columns and o rows), in different blocks or not.
  const fewer = Number(await size.getAttribute('data-value'));
  expect(three).toBeLessThan(dense);
  expect(fewer).toBeLessThan(three);
  console.log(
    `vit: teacher ${await accuracy.getAttribute('data-value')}; ${dense} bytes with 4 heads, ${three} with 3, ${fewer} with 2`,
  );
  expect(errors).toEqual([]);
});
