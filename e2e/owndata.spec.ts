import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encode } from 'fast-png';
import { zipSync } from 'fflate';

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
    './?dataset=mnist&trainSize=2000&teacher.arch=mlp:64&teacher.epochs=3&student.arch=mlp:16&student.epochs=1&backend=wasm&ui=present',
  );
  // A "1": one vertical stroke, slightly slanted, as people write it. Drawn before training,
  // the pad says there is no model yet; the answer comes when the teacher is trained.
  await stroke(page, [
    [0.52, 0.15],
    [0.5, 0.5],
    [0.48, 0.85],
  ]);
  await expect(
    page.getByRole('region', { name: 'Draw a digit' }).getByText('Train the teacher first'),
  ).toBeVisible();
  await page.getByTestId('train-teacher').click();
  const teacher = page.getByTestId('draw-prediction');
  await expect(teacher).toHaveAttribute('data-value', '1', { timeout: 120_000 });
  // The students join the table once trained: distilled and its from-scratch control.
  await expect(page.getByTestId('draw-prediction-student')).toHaveCount(0);
  await page.getByTestId('train-student').click();
  await expect(page.getByTestId('draw-prediction-student')).toHaveAttribute('data-value', /^\d$/, {
    timeout: 120_000,
  });
  await expect(page.getByTestId('draw-prediction-scratch')).toHaveAttribute('data-value', /^\d$/);
  const compressed = page.getByTestId('draw-prediction-compressed');
  await expect(compressed).toHaveAttribute('data-value', /^\d$/);
  const before = await compressed.getAttribute('data-probs');

  // Prune hard: the released setting is what the compressed column answers with.
  const sparsity = page.getByTestId('sparsity-slider');
  await sparsity.focus();
  await page.keyboard.press('End');
  await expect(sparsity).toHaveAttribute('aria-valuenow', '0.999');
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

/** The same images as `writeFolder` writes, zipped as a user zips the folder (`top/class/i.png`). */
function folderZip(top: string, classes: string[], perClass: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, name] of classes.entries())
    for (let i = 0; i < perClass; i++) files[`${top}/${name}/${i}.png`] = shapePng(k, i);
  return zipSync(files);
}

/** Opens the import's file input in folder mode with its button, as a user does, and picks `dir`. */
async function chooseFolder(page: Page, dir: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await (await chooser).setFiles(dir);
}

/** Drops `bytes` as a file named `name` on the import's drop zone. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, base64]) => {
      const data = new DataTransfer();
      const body = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([body], fileName));
      return data;
    },
    [name, Buffer.from(bytes).toString('base64')] as const,
  );
  await page.getByTestId('dataset-drop').dispatchEvent('drop', { dataTransfer: transfer });
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

test('own data: import a folder, a CSV and a zip, refuse bad ones untouched, keep them, train and compress', async ({
  page,
}, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const dir = testInfo.outputPath('fixtures');
  const classes = ['diagonal', 'horizontal', 'vertical'];
  const shapes = writeFolder(join(dir, 'shapes'), classes, 12);
  const lonely = writeFolder(join(dir, 'lonely'), ['only'], 8);

  // A link to a dataset this browser does not have names it and trains on nothing else.
  await page.goto('./?dataset=user:ghost@0123456789ab&backend=wasm');
  await expect(page.getByTestId('dataset-missing')).toContainText('0123456789ab');
  await expect(page.getByTestId('dataset-missing')).toContainText('ghost');

  await page.goto('./?backend=wasm&trainSize=100&teacher.arch=mlp:16&teacher.epochs=4');
  // Import and the stored list live in the "Data" tab of the workbench.
  await page.getByTestId('detail-tab-data').click();
  const list = page.getByTestId('dataset-list');
  await expect(list).toHaveAttribute('data-value', '0');
  // Not MNIST's shape: 16×16 colour, so every view must use the data's own shape.
  await page.getByLabel('Image size').selectOption('16');
  await page.getByLabel('Colour').selectOption('3');
  await chooseFolder(page, shapes);
  const imported = page.getByTestId('dataset-imported');
  await expect(imported).toHaveAttribute('data-value', /^user:shapes@[0-9a-f]{12}$/);
  await expect(page.getByTestId('dataset-summary').first()).toContainText('horizontal');
  const shapesRef = (await imported.getAttribute('data-value'))!;
  await page.getByTestId('dataset-import').setInputFiles({
    name: 'blobs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(tabularCsv()),
  });
  await expect(imported).toHaveAttribute('data-value', /^user:blobs@/);
  const blobsRef = (await imported.getAttribute('data-value'))!;
  await expect(list).toHaveAttribute('data-value', '2');
  // The same folder as a dropped zip is the same dataset: same content hash, stored once.
  await dropFile(page, 'shapes.zip', folderZip('shapes', classes, 12));
  await expect(imported).toHaveAttribute('data-value', shapesRef);
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
  await chooseFolder(page, lonely);
  await expect(errors).toHaveAttribute('data-code', 'one-class');
  await expect(errors).toContainText('only');
  await expect(list).toHaveAttribute('data-value', '2');

  await page.reload();
  await page.getByTestId('detail-tab-data').click();
  await expect(list).toHaveAttribute('data-value', '2');

  // Train and compress on each.
  for (const name of ['shapes', 'blobs']) {
    await list.locator('li', { hasText: name }).getByRole('button', { name: 'Use' }).click();
    await expect(page.getByTestId('dataset-select')).toHaveValue(new RegExp(`^user:${name}@`));
    await trainAndCompress(page);
  }

  // A CNN on the 16×16 colour images (on cpu: wasm has no convolution gradient): the
  // inspectors draw them at their own size.
  await page.goto(
    `./?backend=cpu&trainSize=100&teacher.arch=cnn:4&teacher.epochs=10&dataset=${shapesRef}`,
  );
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^\d/, {
    timeout: 120_000,
  });
  const sparsity = page.getByTestId('sparsity-slider');
  await sparsity.focus();
  await page.keyboard.press('End');
  await page.getByTestId('detail-tab-inspect').click();
  const wrong = page.getByTestId('newly-wrong');
  await expect(wrong).toHaveAttribute('data-value', /^[1-9]/);
  await expect(wrong.locator('canvas').first()).toHaveAttribute('width', '16');

  // A CNN on the table is refused with the reason before training, and by the run itself.
  await page.goto(`./?backend=wasm&teacher.arch=cnn:4&dataset=${blobsRef}`);
  await expect(page.getByTestId('arch-data-refusal')).toHaveAttribute('data-value', 'teacher.arch');
  await page.getByTestId('train-teacher').click();
  await expect(page.getByRole('alert').filter({ hasText: 'needs image data' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
