import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS, stepQuery } from '../src/lessons/lessons';

/** The value a lesson step gives a key, read from the lesson table itself. */
const stepValue = (lessonId: number, step: number, key: string): string =>
  new URLSearchParams(stepQuery(LESSONS[lessonId - 1], step)).get(key) ?? '';

/** The slider that shows each lesson's main knob (the lab's compression and distill sliders). */
const MAIN_SLIDER: Record<string, [testId: string, key: string]> = {
  howFar: ['sparsity-slider', 'prune.sparsity'],
  scope: ['sparsity-slider', 'prune.sparsity'],
  bits: ['bits-slider', 'quant.bits'],
  temperature: ['temperature-slider', 'distill.temperature'],
  lottery: ['sparsity-slider', 'prune.sparsity'],
  largeSparse: ['sparsity-slider', 'prune.sparsity'],
  deepCompression: ['sparsity-slider', 'prune.sparsity'],
  smallerFaster: ['sparsity-slider', 'prune.sparsity'],
  heads: ['sparsity-slider', 'prune.sparsity'],
};

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id} (${lesson.slug}) opens from its link with its first step applied`, async ({
    page,
  }) => {
    await page.goto(`./?lesson=${lesson.id}&step=1`);
    const view = page.getByTestId('lesson-view');
    await expect(view).toHaveAttribute('data-lesson', String(lesson.id));
    await expect(view).toHaveAttribute('data-step', '1');
    await expect(page.getByLabel('Training examples', { exact: true })).toHaveValue(
      stepValue(lesson.id, 1, 'trainSize'),
    );
    const [testId, key] = MAIN_SLIDER[lesson.slug];
    await expect(page.getByTestId(testId)).toHaveAttribute(
      'aria-valuenow',
      stepValue(lesson.id, 1, key),
    );
  });
}

test('moving to the next step applies it and updates the link', async ({ page }) => {
  await page.goto('./?lesson=3&step=1');
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await expect(page).toHaveURL(new RegExp(`quant\\.bits=${stepValue(3, 2, 'quant.bits')}`));
  await expect(page.getByTestId('bits-slider')).toHaveAttribute(
    'aria-valuenow',
    stepValue(3, 2, 'quant.bits'),
  );
});

test('presenter mode: shortcuts are listed, N / → / P move through the lesson, fewer controls', async ({
  page,
}) => {
  await page.goto('./?lesson=1&step=1&ui=present');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  await page.locator('body').press('n');
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '2');
  await page.locator('body').press('ArrowRight');
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '3');
  await page.locator('body').press('p');
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/ui=present/);
  // Fewer controls: the teacher's advanced settings are not shown.
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveCount(0);
});

/** Visible label-like text: headings, labels, buttons, links, legends, table heads, selects. */
async function visibleControlTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'h1, h2, h3, label, button, a, legend, summary, th, caption, [role="tab"], .field-label';
    const texts: string[] = [];
    // Array.from: the node tsconfig has no DOM.Iterable.
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      const aria = el.getAttribute('aria-label');
      texts.push(el.innerText, ...(aria ? [aria] : []));
    }
    for (const select of Array.from(document.querySelectorAll('select')))
      if (select.offsetParent !== null) texts.push(select.selectedOptions[0]?.text ?? '');
    return texts;
  });
}

/** Names, units and symbols that are the same in Korean. */
const LATIN_ALLOWED = new Set(
  [
    'MNIST',
    'Fashion-MNIST',
    'WebGPU',
    'WebGL',
    'WASM',
    'CPU',
    'GPU',
    'MLP',
    'CNN',
    'SwiftShader',
    'WebAssembly',
    // The GPU adapter's own name (SwiftShader's vendor), shown as the browser reports it.
    'Google',
    // File formats and method acronyms Korean texts use as they are.
    'JSON',
    'CSV',
    'PTQ',
    'QAT',
    'STE',
    'English',
    'T',
    'pp',
    'KB',
    'kB',
    'MB',
    'B',
    'ms',
  ].map((w) => w.toLowerCase()),
);

/** Words made of Latin letters only (digits and joiners allowed) that are not on the list. */
function latinLeftovers(texts: string[]): string[] {
  const words = texts.flatMap((t) => t.split(/[\s()[\]{},;:/·—–“”"'’!?…=+×%]+/));
  return words.filter(
    (w) =>
      /[A-Za-z]/.test(w) && /^[A-Za-z0-9.\-_]+$/.test(w) && !LATIN_ALLOWED.has(w.toLowerCase()),
  );
}

test('lang=ko shows Korean on every visible control of the main view', async ({ page }) => {
  // The check itself can fail: in English it finds plenty of leftovers.
  await page.goto('./');
  await expect(page.getByTestId('lessons-panel')).toBeVisible();
  expect(latinLeftovers(await visibleControlTexts(page)).length).toBeGreaterThan(20);

  for (const query of ['lang=ko', 'lang=ko&lesson=4&step=2', 'lang=ko&ui=present&lesson=7']) {
    await page.goto(`./?${query}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('lessons-panel')).toBeVisible();
    const leftovers = latinLeftovers(await visibleControlTexts(page));
    expect(leftovers, query).toEqual([]);
  }
});

for (const [name, query] of [
  ['default', ''],
  ['lesson open', 'lesson=2&step=3'],
  ['presenter', 'ui=present&lesson=4&step=1'],
  ['simple', 'ui=simple'],
  ['ko', 'lang=ko&lesson=7&step=2'],
] as const) {
  test(`axe: no serious or critical violations (${name})`, async ({ page }) => {
    await page.goto(`./?${query}`);
    await expect(page.getByTestId('lessons-panel')).toBeVisible();
    if (query.includes('lesson')) await expect(page.locator('.katex').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(bad).toEqual([]);
  });
}

const TINY =
  'dataset=mnist&trainSize=500&backend=wasm&teacher.arch=mlp:32&teacher.epochs=1&train.batchSize=64';

async function trainAndWait(page: Page): Promise<void> {
  const button = page.getByTestId('train-teacher');
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^0\.\d+$/, {
    timeout: 120_000,
  });
}

test.describe('offline', () => {
  // playwright.config.ts blocks service workers for every other test.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the app reloads and trains with the network off, still isolated', async ({
    page,
    context,
  }) => {
    await page.goto(`./?${TINY}`);
    // clientsClaim: the new service worker takes this page over once it is active.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    // Reload so the page and its training worker are controlled from the start, then train: the
    // data files pass through the service worker and stay in its cache.
    await page.reload();
    await trainAndWait(page);
    const cached = await page.evaluate(
      async () => (await (await caches.open('lab-data')).keys()).length,
    );
    expect(cached).toBeGreaterThanOrEqual(4); // MNIST train + test, images + labels

    await context.setOffline(true);
    // Belt and braces: anything that still reached the network would fail.
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await trainAndWait(page);
    await expect(page.getByTestId('backend-badge')).toHaveAttribute('data-value', 'wasm');
  });
});
