import { expect, test, type Page } from '@playwright/test';

/** A tiny MNIST MLP (784-32-10): fast to train, big enough that sparsity shows in the timing. */
const PRESET = 'dataset=mnist&trainSize=500&teacher.arch=mlp:32&teacher.epochs=1';

async function trainTeacher(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
}

const xs = (page: Page) =>
  page
    .locator('.pareto-point[data-x]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-x'))));

test('the chart switches to latency, and the latency study marks a crossover', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await trainTeacher(page, `${PRESET}&backend=wasm`);
  const chart = page.getByTestId('pareto-chart');
  const slider = page.getByTestId('sparsity-slider');
  await slider.focus();
  await page.keyboard.press('PageUp'); // 10 %, committed on release
  await expect(chart).toHaveAttribute('data-value', '1');
  await page.keyboard.press('PageUp'); // 20 %
  await expect(chart).toHaveAttribute('data-value', '2');
  // Each committed point gets a short batch-1 timing after its commit; wait for both.
  const axis = page.getByTestId('chart-axis');
  const bytes = await xs(page);
  expect(bytes.every((b) => b > 1000)).toBe(true);
  await axis.selectOption('latency');
  await expect(chart).toHaveAttribute('data-axis', 'latency');
  await expect(page).toHaveURL(/[?&]axis=latency(&|$)/);
  await expect.poll(async () => (await xs(page)).length, { timeout: 30_000 }).toBe(2);
  const ms = await xs(page);
  // Latencies in ms, not the bytes drawn before: a forward pass of this net takes far under 1 s.
  for (const v of ms) expect(v).toBeGreaterThan(0);
  for (const v of ms) expect(v).toBeLessThan(1000);
  expect(ms).not.toEqual(bytes);
  await axis.selectOption('macs');
  await expect(chart).toHaveAttribute('data-axis', 'macs');
  // 784·32 + 32·10 = 25,408 MACs dense; both points are pruned (10 % and 20 %), so fewer.
  await expect.poll(async () => (await xs(page)).length).toBe(2);
  for (const v of await xs(page)) expect(v).toBeLessThan(25_408);

  // The speed card (timings and the study) sits in the workbench's "layers" detail tab.
  await page.getByTestId('detail-tab-layers').click();
  await page.getByTestId('latency-study-run').click();
  const study = page.getByTestId('latency-study');
  await expect(study).toHaveAttribute('data-value', /^(0(\.\d+)?|none)$/, { timeout: 180_000 });
  const crossover = await study.getAttribute('data-value');
  console.log(`speed: batch-1 crossover ${crossover}; latencies ${ms.join(' ')} ms`);
  expect(Number(crossover)).toBeGreaterThan(0);
  expect(Number(crossover)).toBeLessThanOrEqual(0.99);
  await expect(study.locator('[data-testid="latency-crossover-text"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('on WebGPU our WGSL kernels compute what tfjs computes', async ({ page }) => {
  // 2-D data: SwiftShader's software WebGPU is slow, and the kernels' check needs no images.
  await trainTeacher(
    page,
    'dataset=spiral&trainSize=500&teacher.arch=mlp:32&teacher.epochs=1&backend=webgpu',
  );
  await expect(page.getByTestId('backend-badge')).toHaveAttribute('data-value', 'webgpu');
  // A release commits a point; its short batch-1 timing runs our kernels as WGSL shaders and
  // compares every variant's logits with tfjs's before timing.
  await page.getByTestId('sparsity-slider').focus();
  await page.keyboard.press('PageUp'); // 10 %: most weights still multiply
  const live = page.getByTestId('live-point');
  await expect(live).toHaveAttribute('data-latency-kernels', 'wgsl', { timeout: 120_000 });
  const diff = Number(await live.getAttribute('data-latency-difference'));
  console.log(`speed: WGSL vs tfjs max relative difference ${diff}`);
  expect(diff).toBeLessThan(1e-5);
});

test('lesson 8 times its claims in the app: two models against each other, then two kernels', async ({
  page,
}) => {
  const expectation = page.getByTestId('lesson-expectation');
  const timed = page.getByTestId('lesson-measured-latency');
  // Step 1 opens from its link, trains LeNet-300-100 for one short epoch and times tfjs on the
  // 50 %-pruned model against tfjs on the unpruned reference, in the same rounds.
  await page.goto('./?lesson=8&step=1&backend=wasm');
  await expect(expectation).toHaveAttribute('data-state', /^(met|differs)$/, { timeout: 150_000 });
  await expect(timed).toHaveCount(2);
  for (const v of await timed.evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))))
    expect(Number(v)).toBeGreaterThan(0);
  const sameWork = await expectation.getAttribute('data-value');
  // Step 2 reuses the teacher: our CSR kernel against our dense one at 90 % sparsity, batch 1,
  // where skipping zeros pays by several times (6-35× in Node; the claim asks 3×).
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '2');
  await expect(expectation).toHaveAttribute('data-state', /^(met|differs)$/, { timeout: 120_000 });
  const speedup = await expectation.getAttribute('data-value');
  console.log(`speed lesson: step 1 ratio ${sameWork}, step 2 CSR speed-up ${speedup}×`);
  await expect(expectation).toHaveAttribute('data-state', 'met');
  await expect(timed.and(page.locator('[data-variant="own-sparse"]'))).toHaveCount(1);
});
