import { expect, test } from '@playwright/test';

const QUERY =
  'dataset=mnist&trainSize=2000&backend=wasm&teacher.arch=mlp:100&teacher.epochs=2&train.lr=0.003&train.batchSize=64&student.arch=mlp:30&student.epochs=3&student.trainSize=500';

test('the temperature slider softens the teacher instantly, and distillation trains two students', async ({
  page,
}) => {
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[browser error] ${m.text().slice(0, 400)}`);
  });
  await page.goto(`./?${QUERY}`);
  await expect(page.getByTestId('train-student')).toBeDisabled();
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });

  // The soft targets sit in the distillation tab; the temperature slider on the workbench.
  await page.getByTestId('detail-tab-distill').click();
  const chart = page.getByTestId('probability-chart');
  const entropy = page.getByTestId('softened-entropy');
  await expect(entropy).toHaveAttribute('data-value', /^\d/);
  const readEntropy = async () => Number(await entropy.getAttribute('data-value'));
  const start = await readEntropy();

  const slider = page.getByTestId('temperature-slider');
  await expect(slider).toHaveAttribute('role', 'slider');
  const t0 = Number(await slider.getAttribute('aria-valuenow'));
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', String(t0 + 0.5));
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '20');
  await expect.poll(readEntropy).toBeGreaterThan(start);
  await expect(chart).toBeVisible();
  await expect(page).toHaveURL(/distill\.temperature=20/);
  const high = await readEntropy();

  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await expect.poll(readEntropy).toBeLessThan(high);
  expect(await readEntropy()).toBeLessThanOrEqual(start);
  await expect(chart).toBeVisible();

  const trainStudent = page.getByTestId('train-student');
  await expect(trainStudent).toBeEnabled();
  await trainStudent.click();
  const student = page.getByTestId('student-accuracy');
  const scratch = page.getByTestId('scratch-accuracy');
  await expect(student).toHaveAttribute('data-value', /^\d/, { timeout: 120_000 });
  await expect(scratch).toHaveAttribute('data-value', /^\d/);
  const s = Number(await student.getAttribute('data-value'));
  const c = Number(await scratch.getAttribute('data-value'));
  expect(s).toBeGreaterThan(0.3);
  expect(c).toBeGreaterThan(0.3);
  // Both students' learning curves, one point per epoch each (student.epochs=3).
  await expect(page.getByTestId('student-curves')).toHaveAttribute('data-value', '3');
  // The teacher's result survives the student run.
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/);
  await expect(page.getByText(/distillation (gained|lost|made no difference)/i)).toBeVisible();
  console.log(`distill: student ${s}, scratch ${c}`);

  // The temperature sweep adds to these results: the table stays, and each model shows one
  // number per split — the sweep's scratch student and its student at this T (1) are the same
  // models as the table's (same init, batches and budget), so their validation figures match.
  const val = async (id: string) => page.getByTestId(id).getAttribute('data-value');
  const studentVal = await val('student-val-accuracy');
  const scratchVal = await val('scratch-val-accuracy');
  await page.getByTestId('temperature-sweep-run').click();
  await expect(page.getByTestId('temperature-sweep')).toHaveAttribute('data-value', '5', {
    timeout: 180_000,
  });
  await expect(student).toHaveAttribute('data-value', s.toFixed(4));
  await expect(scratch).toHaveAttribute('data-value', c.toFixed(4));
  await expect(page.getByTestId('student-curves')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('sweep-scratch')).toHaveAttribute('data-value', scratchVal!);
  await expect(
    page.getByTestId('temperature-sweep').locator('output[data-temperature="1"]'),
  ).toHaveAttribute('data-value', studentVal!);
});

test('the attention-transfer weight sits with the student settings and is refused for an mlp teacher', async ({
  page,
}) => {
  await page.goto(`./?${QUERY}`);
  await page.getByTestId('detail-tab-distill').click();
  const field = page.getByLabel('Attention-map matching weight', { exact: true });
  await field.fill('2');
  await field.press('Enter');
  const refusal = page
    .getByTestId('config-notice')
    .locator('li[data-kind="refused"][data-code="attentionNeedsVit"]');
  await expect(refusal).toHaveAttribute('data-key', 'distill.attention');
  await expect(refusal).toContainText('“2”');
  await expect(refusal).toContainText('mlp:100');
});
