import { expect, test, type Page } from '@playwright/test';

/*
 * A lesson step is an experiment: opened from its link it trains what it needs and measures
 * itself, Next runs the next step on the same teacher, and the claim is checked against this
 * step's own numbers. Then arrow keys on the sparsity slider: the readout catches up with the
 * last press and only a few chart points are added. Lesson 1 only (one small teacher); every
 * step's claim is asserted on three seeds by the lessons suite (src/lessons).
 */

const expectation = (page: Page) => page.getByTestId('lesson-expectation');
const readout = (page: Page) => page.locator('.lab-readout');

/** Waits for the open step's claim to be checked, and says how it came out. */
async function checked(page: Page, step: number): Promise<string> {
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', String(step));
  await expect(expectation(page)).toHaveAttribute('data-state', /^(met|differs)$/, {
    timeout: 120_000,
  });
  return (await expectation(page).getAttribute('data-state')) ?? '';
}

test('lesson 1 from its link: each step runs itself, its claim is checked, arrow keys coalesce', async ({
  page,
}) => {
  await page.goto('./?lesson=1&step=2&backend=wasm');
  // Nothing measured yet: the claim waits for this step's own run (which starts by itself).
  await expect(expectation(page)).toHaveAttribute('data-state', 'pending');
  expect(await checked(page, 2)).toBe('met');
  // The readout shows this step's setting, measured on the full test set.
  await expect(readout(page)).toHaveAttribute('data-settings', /(^|&)prune\.sparsity=0\.5(&|$)/);
  await expect(readout(page)).toHaveAttribute('data-stale', 'false');
  const gap = Number(await expectation(page).getAttribute('data-value'));
  expect(gap).toBeGreaterThanOrEqual(-1);

  // Next: the old numbers go at once, the step runs on the same teacher (no retraining).
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-run-phase')).not.toHaveAttribute('data-value', 'teacher');
  expect(await checked(page, 3)).toBe('met');
  await expect(readout(page)).toHaveAttribute('data-settings', /(^|&)prune\.sparsity=0\.99(&|$)/);
  expect(Number(await expectation(page).getAttribute('data-value'))).toBeLessThanOrEqual(-10);

  // "Run this step" measures it again and checks again.
  await page.getByTestId('lesson-run-step').click();
  expect(await checked(page, 3)).toBe('met');

  // 20 arrow presses: one measurement in flight at a time, a commit once the keys stop. How
  // soon the readout settles is a speed target: reported here, measured by the bench, never
  // asserted as a time (it depends on the machine's load).
  const chart = page.getByTestId('pareto-chart');
  const before = Number(await chart.getAttribute('data-value'));
  const slider = page.getByTestId('sparsity-slider');
  await slider.focus();
  // Playwright sends a key once the page has handled the one before; on a loaded machine
  // that can take longer than the 300 ms after which keys count as stopped (and commit).
  let longGaps = 0;
  let previous = Date.now();
  for (let i = 0; i < 20; i++) {
    await slider.press('ArrowLeft');
    if (Date.now() - previous >= 300 && i > 0) longGaps++;
    previous = Date.now();
  }
  const last = Date.now();
  const final = await slider.getAttribute('aria-valuenow');
  expect(Number(final)).toBeCloseTo(0.79, 5);
  // First the readout names the final value (its preview, or the commit if that came first)…
  await page.waitForFunction(
    () =>
      /(^|&)prune\.sparsity=0\.79(&|$)/.test(
        document.querySelector('.lab-readout')?.getAttribute('data-settings') ?? '',
      ),
    null,
    { polling: 'raf', timeout: 10_000 },
  );
  const namedMs = Date.now() - last;
  // …then the commit on the full test set replaces it.
  await expect(readout(page)).toHaveAttribute('data-settings', /(^|&)prune\.sparsity=0\.79(&|$)/, {
    timeout: 10_000,
  });
  await expect(readout(page)).toHaveAttribute('data-form', 'commit');
  const settledMs = Date.now() - last;
  await expect(readout(page)).toHaveAttribute('data-stale', 'false');
  const added = Number(await chart.getAttribute('data-value')) - before;
  expect(added).toBeGreaterThanOrEqual(1);
  expect(added).toBeLessThanOrEqual(Math.max(3, 1 + longGaps));
  test.info().annotations.push({
    type: 'slider',
    description: `named the final value ${namedMs} ms and settled ${settledMs} ms after the last press; ${added} points; ${longGaps} gaps ≥ 300 ms`,
  });
});
