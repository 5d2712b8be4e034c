import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encode } from 'fast-png';

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

// FIXME(merge of the workbench layout): the panel this test drives moved into a detail tab or
// changed its wording in the same landing; the test still waits for the old place. Open in the issue.
test.fixme('draw a 1: the teacher answers, and the compressed model follows a slider release', async ({
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

/** A seeded 16×16 gray PNG of one of three shapes, a little noisy, as a user's photos would be. */
function shapePng(kind: number, i: number): Uint8Array {
  let s = (kind + 1) * 7919 + i * 104729;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const data = new Uint8Array(16 * 16);
  const off = Math.floor(rand() * 4) - 2;
  for (let y = 0; y < 16; y++)
    for (let x = 0; x < 16; x++) {
      const on =
        kind === 0
          ? Math.abs(y - 8 - off) < 2
          : kind === 1
            ? Math.abs(x - 8 - off) < 2
            : Math.abs(x - y - off) < 2;
      data[y * 16 + x] = Math.min(255, (on ? 220 : 20) + Math.floor(rand() * 30));
    }
  return encode({ width: 16, height: 16, data, channels: 1, depth: 8 });
}

function writeFolder(root: string, classes: string[], perClass: number): string {
  for (const [k, name] of classes.entries()) {
    mkdirSync(join(root, name), { recursive: true });
    for (let i = 0; i < perClass; i++) writeFileSync(join(root, name, `${i}.png`), shapePng(k, i));
  }
  return root;
}

/** Two classes of points, one numeric column with gaps, one categorical column. */
function tabularCsv(): string {
  const lines = ['x,y,colour,label'];
  for (let i = 0; i < 60; i++) {
    const c = i % 2;
    const x = (c ? 2 : -2) + Math.sin(i) * 0.8;
    const y = i % 7 === 0 ? '' : ((c ? -1 : 1) + Math.cos(i * 3) * 0.8).toFixed(3);
    lines.push(`${x.toFixed(3)},${y},"${c ? 'red, dark' : 'blue'}",${c ? 'yes' : 'no'}`);
  }
  return lines.join('\n');
}

async function trainAndCompress(page: Page): Promise<void> {
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
  const sparsity = page.getByTestId('sparsity-slider');
  await sparsity.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('pareto-chart')).not.toHaveAttribute('data-value', '0');
}

// FIXME(merge of the workbench layout): the panel this test drives moved into a detail tab or
// changed its wording in the same landing; the test still waits for the old place. Open in the issue.
test.fixme('own data: import a folder and a CSV, refuse bad ones untouched, keep them, train and compress', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputPath('fixtures');
  const shapes = writeFolder(join(dir, 'shapes'), ['diagonal', 'horizontal', 'vertical'], 12);
  const lonely = writeFolder(join(dir, 'lonely'), ['only'], 8);

  // A link to a dataset this browser does not have names it and trains on nothing else.
  await page.goto('./?dataset=user:ghost@0123456789ab&backend=wasm');
  await expect(page.getByTestId('dataset-missing')).toContainText('0123456789ab');
  await expect(page.getByTestId('dataset-missing')).toContainText('ghost');

  await page.goto('./?backend=wasm&trainSize=100&teacher.arch=mlp:16&teacher.epochs=4');
  const list = page.getByTestId('dataset-list');
  await expect(list).toHaveAttribute('data-value', '0');
  await page.getByTestId('dataset-import-folder').setInputFiles(shapes);
  await expect(page.getByTestId('dataset-imported')).toHaveAttribute(
    'data-value',
    /^user:shapes@[0-9a-f]{12}$/,
  );
  await expect(page.getByTestId('dataset-summary').first()).toContainText('horizontal');
  await page.getByTestId('dataset-import').setInputFiles({
    name: 'blobs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(tabularCsv()),
  });
  await expect(page.getByTestId('dataset-imported')).toHaveAttribute('data-value', /^user:blobs@/);
  await expect(list).toHaveAttribute('data-value', '2');

  // Refusals: specific, and nothing stored.
  await page.getByTestId('dataset-import').setInputFiles({
    name: 'ragged.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b,label\n1,2,x\n3,y\n'),
  });
  const errors = page.getByTestId('dataset-errors').locator('li');
  await expect(errors).toHaveCount(1);
  await expect(errors).toHaveAttribute('data-code', 'ragged');
  await expect(errors).toContainText('Row 3 has 2 fields; the header has 3.');
  await page.getByTestId('dataset-import-folder').setInputFiles(lonely);
  await expect(errors).toHaveAttribute('data-code', 'one-class');
  await expect(errors).toContainText('only');
  await expect(list).toHaveAttribute('data-value', '2');

  await page.reload();
  await expect(list).toHaveAttribute('data-value', '2');

  // Train and compress on each.
  for (const name of ['shapes', 'blobs']) {
    await list.locator('li', { hasText: name }).getByRole('button', { name: 'Use' }).click();
    await expect(page.getByTestId('dataset-select')).toHaveValue(new RegExp(`^user:${name}@`));
    await trainAndCompress(page);
  }
});
