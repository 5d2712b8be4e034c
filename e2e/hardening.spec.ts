import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FLAG, KIND, POSITIONS } from '../src/core/compress/size/encode';
import { testRun } from '../src/core/runs/testRun';
import { storeRuns } from './storedRuns';
import { craftedModelFile, f32Bytes } from '../src/core/testing/craftedModelFile';

/**
 * Issue 18's hostile model files through the app's file input, KaTeX's fonts under the CSP the
 * preview server sends as a header, and the crash screen a render error falls back to.
 */

const usable = async (page: Page) => {
  await expect(page.getByTestId('train-teacher')).toBeEnabled();
  await expect(page.getByTestId('crash-screen')).toHaveCount(0);
};

const zeros = (n: number) => new Array<number>(n).fill(0);

/** Each file, what the app must say about it; the decoder's unit tests hold the same bytes. */
const HOSTILE_FILES: { name: string; bytes: Uint8Array; says: RegExp }[] = [
  {
    // 78 bytes that looped forever (escape 0 reads nothing) until the heartbeat killed the worker.
    name: 'gap-bits-0.clz',
    bytes: craftedModelFile([
      { shape: [8, 8], positions: POSITIONS.relative, gapBits: 0, kept: 1, body: zeros(8) },
    ]),
    says: /0 gap bits/,
  },
  {
    // 68 bytes that allocated 8.4 GB.
    name: 'huge-bits-0.clz',
    bytes: craftedModelFile([
      { shape: [784, 262144], kind: KIND.uniform, bits: 0, kept: 784 * 262144 },
      { shape: [262144, 10], kind: KIND.uniform, bits: 0, kept: 2621440 },
    ]),
    says: /0 bits per value/,
  },
  {
    // Relative positions with K = 0 over 4 G weights: 6.6 GB before.
    name: 'k-0.clz',
    bytes: craftedModelFile([
      { shape: [65536, 65536], positions: POSITIONS.relative, gapBits: 8, kept: 0 },
    ]),
    says: /declares more data than it can hold/,
  },
  {
    // A valid file whose first layer is a 200×200 conv: ran for minutes before.
    name: 'conv-200.clz',
    bytes: craftedModelFile([
      {
        name: 'conv1',
        shape: [200, 200, 1, 1],
        kept: 40000,
        bias: 1,
        body: f32Bytes(...zeros(40001)),
      },
      { name: 'out', shape: [196, 10], kept: 1960, body: f32Bytes(...zeros(1960)) },
    ]),
    says: /200×200 kernel/,
  },
  {
    name: 'bits-200.clz',
    bytes: craftedModelFile([
      { shape: [1, 1], kind: KIND.uniform, bits: 200, kept: 1, body: zeros(5) },
    ]),
    says: /200 bits per value \(expected 1\.\.8\)/,
  },
  {
    // 2-bit k-means codes whose Huffman code lengths 1, 1, 1 give two symbols one code.
    name: 'huffman-oversubscribed.clz',
    bytes: craftedModelFile([
      {
        shape: [4, 1],
        kind: KIND.kmeans,
        bits: 2,
        flags: FLAG.valueHuffman,
        kept: 4,
        body: [...f32Bytes(0, 1, 2, 3), 1, 1, 1, 0, 0],
      },
    ]),
    says: /oversubscribed/,
  },
  {
    // Decodes fine; surfaced as tfjs's "fused matMul: inner shapes…" before.
    name: 'unchained.clz',
    bytes: craftedModelFile([
      { name: 'fc1', shape: [784, 32], kept: 784 * 32, body: f32Bytes(...zeros(784 * 32)) },
      { name: 'fc2', shape: [16, 10], kept: 160, body: f32Bytes(...zeros(160)) },
    ]),
    says: /Layer fc2 \(2 of 2\) takes 16 inputs, but gets 32/,
  },
];

test('hostile model files are refused with what was wrong; the worker lives on and still trains', async ({
  page,
}) => {
  await page.goto(
    './?dataset=mnist&trainSize=1000&backend=wasm&teacher.arch=mlp:16&teacher.epochs=1&train.batchSize=64',
  );
  await usable(page);
  await page.getByTestId('detail-tab-file').click();
  for (const file of HOSTILE_FILES) {
    await page.getByTestId('model-load').setInputFiles({
      name: file.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.bytes),
    });
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: /Could not use this file/ })
        .filter({ hasText: file.says }),
      file.name,
    ).toBeVisible({ timeout: 60_000 });
    await usable(page);
  }
  // The worker was never restarted (a hang would have been killed by the heartbeat, with this
  // notice), and the same worker still trains.
  await expect(
    page.locator('[data-testid="fault-notice"][data-value="worker-restarted"]'),
  ).toHaveCount(0);
  await page.getByTestId('train-teacher').click();
  await expect(page.getByTestId('teacher-accuracy')).toHaveAttribute('data-value', /^0\.\d/, {
    timeout: 120_000,
  });
  await expect(
    page.locator('[data-testid="fault-notice"][data-value="worker-restarted"]'),
  ).toHaveCount(0);
});

test('KaTeX fonts load under the CSP header (no data: fonts blocked)', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      consoleCsp.push(m.text());
  });
  const fontFiles: string[] = [];
  page.on('response', (r) => {
    if (/KaTeX_[^/]*\.(woff2?|ttf)$/.test(r.url()) && r.ok()) fontFiles.push(r.url());
  });

  const response = await page.goto('./?lesson=2&step=3');
  expect(response?.headers()['content-security-policy']).toContain("font-src 'self'");
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const katexFonts = await page.evaluate(() => {
    const loaded: string[] = [];
    document.fonts.forEach((f) => {
      if (f.family.replace(/["']/g, '').startsWith('KaTeX') && f.status === 'loaded')
        loaded.push(f.family);
    });
    return loaded;
  });
  expect(katexFonts.length).toBeGreaterThan(0);
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

test('a date the formatter refuses makes one bad row, not a blank app', async ({ page }) => {
  const bad = testRun({ id: 'bad-date', createdAt: 1_600_000_000_000 });
  await page.goto('./?dataset=spiral');
  await usable(page);
  await storeRuns(page, [bad, testRun({ id: 'good' })]);
  // What validation missed, simulated: the formatter throws for this one stored date, as Intl
  // did for the brick file's date before dates were checked.
  await page.addInitScript((badMs) => {
    const real = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const format = (real.get as () => (d?: Date | number) => string).call(this);
        return (d?: Date | number) => {
          if (Number(d) === badMs) throw new RangeError('Invalid time value');
          return format(d);
        };
      },
    });
  }, bad.createdAt);
  await page.reload();
  await page.getByTestId('detail-tab-runs').click();
  await expect(page.getByTestId('run-row-bad')).toHaveAttribute('data-value', 'bad-date');
  await expect(page.getByTestId('run-row-bad')).toContainText('Invalid time value');
  await expect(page.getByTestId('run-row')).toHaveAttribute('data-value', 'good');
  await usable(page);
});

test('a render error outside a row shows the crash screen; export-and-clear saves every record, then the app works', async ({
  page,
}) => {
  await page.goto('./?dataset=spiral');
  await usable(page);
  await storeRuns(page, [testRun({ id: 'stored-before-the-crash' })]);
  // A child of the app throws while rendering: every number format fails, on the next load
  // only (the reload that export-and-clear ends with must find a working app).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('hardening-sabotaged') !== null) return;
    sessionStorage.setItem('hardening-sabotaged', '1');
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      configurable: true,
      get() {
        throw new RangeError('number formatting broke');
      },
    });
  });
  await page.reload();
  await expect(page.getByTestId('crash-screen')).toContainText('number formatting broke');
  await expect(page.getByTestId('crash-reset')).toBeEnabled();

  const downloadEvent = page.waitForEvent('download');
  await page.getByTestId('crash-export-clear').click();
  const download = await downloadEvent;
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    runs: { id: string }[];
  };
  expect(exported.runs.map((r) => r.id)).toEqual(['stored-before-the-crash']);

  // The page reloads itself with the saved data gone, and the app is back.
  await usable(page);
  await page.getByTestId('detail-tab-runs').click();
  await expect(page.getByTestId('run-row')).toHaveCount(0);
});
