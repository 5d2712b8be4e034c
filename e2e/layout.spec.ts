import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** A tiny 2-D experiment: trains in a second or two on wasm. */
const TINY =
  'dataset=spiral&trainSize=500&teacher.arch=mlp:16&teacher.epochs=2&train.batchSize=64&backend=wasm';

/** The essentials of one experiment: the cause (train, three sliders) and the effect. */
const ESSENTIALS = [
  'train-teacher',
  'sparsity-slider',
  'bits-slider',
  'temperature-slider',
  'pareto-chart',
  'compressed-accuracy',
  'compressed-size-bytes',
];

async function expectInViewport(page: Page, ids: readonly string[]): Promise<void> {
  const viewport = page.viewportSize()!;
  for (const id of ids) {
    await expect(page.getByTestId(id)).toBeVisible(); // the chart's code loads after first paint
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x, id).toBeGreaterThanOrEqual(0);
    expect(box!.y, id).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height, id).toBeLessThanOrEqual(viewport.height);
  }
}

const pageSize = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));

async function axeSerious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('1280×800: one experiment on one screen, in English and Korean, light and dark', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?${TINY}&prune.sparsity=0.6`);
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('compressed-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 60_000,
  });
  await expectInViewport(page, ESSENTIALS);
  expect((await pageSize(page)).height).toBeLessThanOrEqual(2 * 800);
  await page.screenshot({ path: info.outputPath('workbench-en.png') });
  expect(await axeSerious(page)).toEqual([]);

  // Two points of one size (only the pruning score differs) are drawn side by side, each
  // labelled with what tells it apart.
  const score = page.getByLabel('Pruning score', { exact: true });
  await score.selectOption('random');
  await expect(page.getByTestId('pareto-chart')).toHaveAttribute('data-value', '1');
  await score.selectOption('taylor');
  await expect(page.getByTestId('pareto-chart')).toHaveAttribute('data-value', '2');
  const tags = page.getByTestId('pareto-point-tag');
  await expect(tags).toHaveCount(2);
  expect((await tags.allTextContents()).sort()).toEqual([
    expect.stringMatching(/^Random/),
    expect.stringMatching(/^Taylor/),
  ]);
  await expect(page.locator('.pareto-point[aria-label^="Random"]')).toHaveCount(1);

  // Korean: longer words, the same screen.
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // The shipped Korean font, not the system's: this Chromium has no CJK font of its own.
  await expect(page.locator('html')).toHaveAttribute('data-hangul', 'ready');
  // Faces of the shipped font were fetched for the Hangul on screen.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        let loaded = 0;
        document.fonts.forEach((f) => {
          if (f.family.includes('Noto Sans KR') && f.status === 'loaded') loaded++;
        });
        return loaded;
      }),
    )
    .toBeGreaterThan(0);
  await expectInViewport(page, ESSENTIALS);
  expect((await pageSize(page)).height).toBeLessThanOrEqual(2 * 800);
  await page.screenshot({ path: info.outputPath('workbench-ko.png') });

  // Dark theme, chosen in the header and kept across a reload.
  await page.getByTestId('theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme')).toHaveValue('dark');
  await page.screenshot({ path: info.outputPath('workbench-ko-dark.png') });
  expect(await axeSerious(page)).toEqual([]);
});

test('details sit in tabs: the keyboard moves between them, each panel shows on its own', async ({
  page,
}) => {
  await page.goto(`./?${TINY}`);
  const data = page.getByTestId('detail-tab-data');
  await page.getByTestId('detail-tab-training').focus();
  await page.keyboard.press('ArrowRight');
  await expect(data).toHaveAttribute('aria-selected', 'true');
  await expect(data).toBeFocused();
  await expect(page.locator('#detail-panel-data')).toBeVisible();
  await expect(page.locator('#detail-panel-training')).toBeHidden();
  await page.getByTestId('detail-tab-runs').click();
  await expect(page.getByTestId('share-link')).toBeVisible();
  // Help is a "?" away: reached with the keyboard (just before the dataset menu), it shows the
  // text that also describes the menu itself; a click keeps it open, Escape closes it.
  const dataset = page.getByLabel('Dataset', { exact: true });
  const helpId = (await dataset.getAttribute('aria-describedby'))!;
  const tip = page.locator(`[id="${helpId}"]`);
  await expect(tip).toBeHidden();
  await dataset.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(tip).toBeHidden();
  const help = page.getByRole('button', { name: 'Explain this setting' }).first();
  await help.click();
  await page.mouse.move(0, 0);
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveAttribute('aria-expanded', 'false');
});

test('1920×1080 presenter: the step, its slider and the result fit one screen at 24 px', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?ui=present&lesson=1&step=2');
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '2');
  await expectInViewport(page, [
    'train-teacher',
    'sparsity-slider',
    'pareto-chart',
    'compressed-accuracy',
    'compressed-size-bytes',
    'lesson-do',
  ]);
  const size = await pageSize(page);
  expect(size.height).toBeLessThanOrEqual(1080);
  expect(size.width).toBeLessThanOrEqual(1920);
  const bodyPx = await page
    .getByTestId('lesson-do')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodyPx).toBeGreaterThanOrEqual(24);
  // Nothing else: no tabs, no method pickers.
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.getByTestId('bits-slider')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('presenter.png') });
  expect(await axeSerious(page)).toEqual([]);
});

test('simple view is much shorter; narrow screens stack without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?ui=simple');
  await expect(page.getByTestId('pareto-chart')).toBeVisible();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  expect((await pageSize(page)).height).toBeLessThanOrEqual(1.25 * 800);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeSerious(page)).toEqual([]);

  for (const width of [800, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await expect(page.getByTestId('pareto-chart')).toBeVisible();
    expect((await pageSize(page)).width, `width ${width}`).toBeLessThanOrEqual(width);
  }
});
