import { expect, test, type Page } from '@playwright/test';

/** Drags the mouse along `points` (fractions of the pad) as one stroke. */
async function stroke(page: Page, points: [number, number][]): Promise<void> {
  const pad = page.getByTestId('draw-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps: 8 });
  await page.mouse.up();
}

test('draw a 1: the teacher answers, and the compressed model follows a slider release', async ({
  page,
}) => {
  await page.goto(
    './?dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=3&backend=wasm&ui=present',
  );
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
  // A "1": one vertical stroke, slightly slanted, as people write it.
  await stroke(page, [
    [0.52, 0.15],
    [0.5, 0.5],
    [0.48, 0.85],
  ]);
  const teacher = page.getByTestId('draw-prediction');
  await expect(teacher).toHaveAttribute('data-value', '1');
  const compressed = page.getByTestId('draw-prediction-compressed');
  await expect(compressed).toHaveAttribute('data-value', /^\d$/);
  const before = await compressed.getAttribute('data-probs');

  // Prune hard: the released setting is what the compressed column answers with.
  const sparsity = page.getByTestId('sparsity-slider');
  await sparsity.focus();
  await page.keyboard.press('End');
  await expect(sparsity).toHaveAttribute('aria-valuenow', '0.99');
  await expect(compressed).not.toHaveAttribute('data-probs', before!);
  const after = (await compressed.getAttribute('data-probs'))!.split(',').map(Number);
  expect(after).toHaveLength(10);
  expect(after.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);

  // Undo empties the pad and the answers go.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(teacher).toHaveCount(0);
});
