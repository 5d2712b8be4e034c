import { expect, test } from '@playwright/test';

// No GPU here: headless Chromium offers WebGPU (and WebGL) on SwiftShader, a software GPU that
// trained the default teacher ~30x slower than wasm. `auto` must find that out by measuring.
// The default teacher (mlp:300-100, batch 128, MNIST) on 2,000 examples for one epoch: the race
// times the same model and batch as the full default run, and the training stays short.
const QUERY = 'trainSize=2000&teacher.epochs=1';

test('auto races the backends on the default teacher, trains it on wasm, shows the race, remembers it and switches in one click', async ({
  page,
}) => {
  await page.goto(`./?${QUERY}`);
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toHaveAttribute('data-value', 'wasm');

  await badge.click(); // opens the details under the badge
  const race = page.getByTestId('backend-race');
  await expect(race).toBeVisible();
  await expect(race).toHaveAttribute('data-winner', 'wasm');
  await expect(race).toHaveAttribute('data-remembered', 'false');
  await expect(race).toContainText('mlp:300-100 · batch 128');
  const rows: Record<string, { outcome: string; ms: number | null; text: string }> = {};
  for (const name of ['webgpu', 'webgl', 'wasm']) {
    const row = page.getByTestId(`backend-race-${name}`);
    const value = await row.getAttribute('data-value');
    rows[name] = {
      outcome: (await row.getAttribute('data-outcome')) ?? '',
      ms: value ? Number(value) : null,
      text: (await row.innerText()).replace(/\s+/g, ' '),
    };
  }
  console.log(`race: ${JSON.stringify(rows)}`);
  // wasm was timed, and won on time: every other timed backend measured slower.
  expect(rows.wasm.outcome).toBe('timed');
  expect(rows.wasm.ms).toBeGreaterThan(0);
  for (const other of [rows.webgpu, rows.webgl])
    if (other.outcome === 'timed') expect(other.ms!).toBeGreaterThanOrEqual(rows.wasm.ms!);
  // WebGPU here is SwiftShader, and the race says so (it started: it was raced, not skipped).
  expect(rows.webgpu.outcome).not.toBe('failed');
  expect(rows.webgpu.text).toMatch(/SwiftShader/);
  await expect(badge).toContainText(/ms/);
  await badge.click(); // closes them again

  // The default teacher trains on the winner.
  await page.getByTestId('train-teacher').click();
  const accuracy = page.getByTestId('teacher-accuracy');
  await expect(accuracy).toHaveAttribute('data-value', /^\d/, { timeout: 120_000 });
  expect(Number(await accuracy.getAttribute('data-value'))).toBeGreaterThan(0.8);
  await expect(badge).toHaveAttribute('data-value', 'wasm');

  // Remembered for this browser and GPU: the next visit reuses the result without racing.
  await page.reload();
  await expect(badge).toHaveAttribute('data-value', 'wasm');
  await badge.click();
  await expect(race).toHaveAttribute('data-remembered', 'true');
  await expect(race).toHaveAttribute('data-winner', 'wasm');

  // One click moves to another backend (it becomes the link's backend=) ...
  await page.getByTestId('backend-use-webgpu').click();
  await expect(badge).toHaveAttribute('data-value', 'webgpu');
  await expect(page).toHaveURL(/backend=webgpu/);
  // ... and one click gives the choice back to the speed test.
  await page.getByTestId('backend-auto').click();
  await expect(badge).toHaveAttribute('data-value', 'wasm');
  await expect(page).not.toHaveURL(/backend=/);
});

test("a link's backend= wins: no race", async ({ page }) => {
  await page.goto(`./?${QUERY}&backend=webgl`);
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toHaveAttribute('data-value', 'webgl');
  await badge.click();
  await expect(page.getByTestId('backend-auto')).toBeVisible();
  await expect(page.getByTestId('backend-race')).toHaveCount(0);
});
