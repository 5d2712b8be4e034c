import { describe, expect, it } from 'vitest';
import { DataFileError, sha256Hex } from './manifest';
import { FASHION_MNIST_CLASS_NAMES, loadImageDataset } from './mnist';
import { gzipBytes, makeIdx } from './testUtil';
import type { ReadDataFile } from './types';

/** A tiny fake image dataset in memory, packed exactly as scripts/pack-data.ts packs the real ones. */
async function fakeFiles(opts: { trainLabels?: number[]; imageSide?: number; manifestTest?: number } = {}): Promise<Map<string, Uint8Array>> {
  const side = opts.imageSide ?? 28;
  const trainLabels = opts.trainLabels ?? [9, 0, 3];
  const testLabels = [1, 2];
  const image = (n: number) => makeIdx([n, side, side], Uint8Array.from({ length: n * side * side }, (_, i) => i % 256));
  const raw: Record<string, Uint8Array> = {
    'fashion-mnist/train-images.idx.gz.bin': image(3),
    'fashion-mnist/train-labels.idx.gz.bin': makeIdx([trainLabels.length], trainLabels),
    'fashion-mnist/test-images.idx.gz.bin': image(2),
    'fashion-mnist/test-labels.idx.gz.bin': makeIdx([2], testLabels),
  };
  const files = new Map<string, Uint8Array>();
  const entries: Record<string, { bytes: number; sha256: string }> = {};
  for (const [path, bytes] of Object.entries(raw)) {
    const gz = await gzipBytes(bytes);
    files.set(path, gz);
    entries[path] = { bytes: gz.length, sha256: await sha256Hex(gz) };
  }
  const manifest = { version: 1, files: entries, datasets: { 'fashion-mnist': { train: 3, test: opts.manifestTest ?? 2 } } };
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return files;
}

const reader =
  (files: Map<string, Uint8Array>): ReadDataFile =>
  async (path) => {
    const f = files.get(path);
    if (!f) throw new Error(`HTTP 404 for ${path}`);
    return f;
  };

async function loadError(files: Map<string, Uint8Array>): Promise<DataFileError> {
  const err = await loadImageDataset('fashion-mnist', reader(files)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataFileError);
  return err as DataFileError;
}

describe('loadImageDataset (in-memory files)', () => {
  it('loads, checks and parses the four files', async () => {
    const ds = await loadImageDataset('fashion-mnist', reader(await fakeFiles()));
    expect(ds.name).toBe('fashion-mnist');
    expect(ds.featureShape).toEqual([28, 28, 1]);
    expect(ds.featureSize).toBe(784);
    expect(ds.numClasses).toBe(10);
    expect(ds.classNames).toEqual(FASHION_MNIST_CLASS_NAMES);
    expect(ds.classNames[9]).toBe('Ankle boot');
    expect(ds.train.n).toBe(3);
    expect(ds.test.n).toBe(2);
    expect(ds.train.x).toBeInstanceOf(Uint8Array);
    expect(ds.train.x.length).toBe(3 * 784);
    expect(ds.train.x[300]).toBe(300 % 256);
    expect(ds.train.scale).toBeCloseTo(1 / 255, 12);
    expect(Array.from(ds.train.y)).toEqual([9, 0, 3]);
    expect(Array.from(ds.test.y)).toEqual([1, 2]);
  });

  it('reports a missing file by name', async () => {
    const files = await fakeFiles();
    files.delete('fashion-mnist/test-labels.idx.gz.bin');
    const err = await loadError(files);
    expect(err.file).toBe('fashion-mnist/test-labels.idx.gz.bin');
    expect(err.reason).toBe('missing');
    expect(err.message).toMatch(/^Data file "fashion-mnist\/test-labels.idx.gz.bin" is missing \(HTTP 404/);
  });

  it('reports a missing manifest', async () => {
    const files = await fakeFiles();
    files.delete('manifest.json');
    expect((await loadError(files)).file).toBe('manifest.json');
  });

  it('reports a flipped byte by name', async () => {
    const files = await fakeFiles();
    const gz = files.get('fashion-mnist/train-images.idx.gz.bin')!.slice();
    gz[gz.length >> 1] ^= 0x40;
    files.set('fashion-mnist/train-images.idx.gz.bin', gz);
    const err = await loadError(files);
    expect(err.file).toBe('fashion-mnist/train-images.idx.gz.bin');
    expect(err.message).toMatch(/is corrupt: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}$/);
  });

  it('rejects labels outside 0..9', async () => {
    const err = await loadError(await fakeFiles({ trainLabels: [9, 10, 3] }));
    expect(err.file).toBe('fashion-mnist/train-labels.idx.gz.bin');
    expect(err.message).toMatch(/label 10 at index 1/);
  });

  it('rejects images that are not 28×28', async () => {
    const err = await loadError(await fakeFiles({ imageSide: 27 }));
    expect(err.file).toBe('fashion-mnist/train-images.idx.gz.bin');
    expect(err.message).toMatch(/shape 3×27×27, expected N×28×28/);
  });

  it('rejects counts that disagree with the manifest or the labels', async () => {
    const err = await loadError(await fakeFiles({ trainLabels: [9, 0] }));
    expect(err.file).toBe('fashion-mnist/train-labels.idx.gz.bin');
    expect(err.message).toMatch(/expected 3 labels/);

    const err2 = await loadError(await fakeFiles({ manifestTest: 5 }));
    expect(err2.file).toBe('fashion-mnist/test-images.idx.gz.bin');
    expect(err2.message).toMatch(/2 images, but manifest.json says 5/);
  });

  it('reports a dataset the manifest does not know', async () => {
    const err = await loadImageDataset('mnist', reader(await fakeFiles())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).message).toMatch(/"manifest.json" is corrupt: no entry for dataset "mnist"/);
  });
});
