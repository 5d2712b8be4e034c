import { describe, expect, it } from 'vitest';
import { decodeUserDataset, encodeUserDataset, toDataset } from './format';
import type { DecodeImage, ImportFile } from './importFiles';
import { importFiles } from './importFiles';
import { datasetRefError, parseUserRef } from './ref';

const text = (path: string, body: string): ImportFile => ({
  path,
  read: async () => new TextEncoder().encode(body),
});

/** A 4×4 "image" whose bytes are its gray level, decoded by a stand-in for the browser. */
const gray = (path: string, level: number): ImportFile => ({
  path,
  read: async () => Uint8Array.of(level),
});
const decode: DecodeImage = async (bytes) => {
  if (bytes[0] === 0) throw new Error('not an image');
  return { width: 4, height: 4, rgba: new Uint8Array(64).fill(bytes[0]) };
};

const options = { name: 'demo', labelColumn: '', imageSize: 2, channels: 1 as const, seed: 3 };
const csv = ['a,b,label', ...Array.from({ length: 20 }, (_, i) => `${i},${i % 3},${i % 2 ? 'yes' : 'no'}`)].join('\n');

describe('importFiles', () => {
  it('splits a CSV 80/20 per class with a seed, and the hash names the file', async () => {
    const r = await importFiles([text('t.csv', csv)], options, decode);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.train.y.length).toBe(16);
    expect(r.dataset.test.y.length).toBe(4);
    expect([...r.dataset.test.y].sort()).toEqual([0, 0, 1, 1]);
    expect(r.hash).toMatch(/^[0-9a-f]{12}$/);
    const again = await importFiles([text('t.csv', csv)], options, decode);
    expect(again.ok && again.hash).toBe(r.hash);
    const other = await importFiles([text('t.csv', csv)], { ...options, seed: 4 }, decode);
    expect(other.ok && other.hash).not.toBe(r.hash);
  });

  it('round-trips through the exported file: same bytes, same hash, same data', async () => {
    const r = await importFiles([text('t.csv', csv)], options, decode);
    if (!r.ok) throw new Error('failed');
    const back = await importFiles([{ path: 'demo.clds', read: async () => r.bytes }], options, decode);
    if (!back.ok) throw new Error('failed');
    expect(back.hash).toBe(r.hash);
    expect(encodeUserDataset(decodeUserDataset(r.bytes))).toEqual(r.bytes);
    const data = toDataset(back.dataset, back.hash);
    expect(parseUserRef(data.name)).toEqual({ name: 'demo', hash: r.hash });
    expect(data.featureShape).toEqual([2]);
    expect(data.train.n + data.test.n).toBe(20);
  });

  it('labels images by their class folder and resizes them', async () => {
    const files = ['cat', 'dog'].flatMap((c, k) =>
      Array.from({ length: 5 }, (_, i) => gray(`pets/${c}/${i}.png`, 100 + k * 100)),
    );
    const r = await importFiles(files, options, decode);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.classNames).toEqual(['cat', 'dog']);
    expect(r.dataset.featureShape).toEqual([2, 2, 1]);
    expect(r.dataset.report.counts).toEqual([5, 5]);
    const firstDog = r.dataset.train.y.indexOf(1);
    expect([...r.dataset.train.x.subarray(firstDog * 4, firstDog * 4 + 4)]).toEqual([200, 200, 200, 200]);
  });

  it('refuses with every problem and no dataset', async () => {
    const oneClass = Array.from({ length: 6 }, (_, i) => gray(`x/only/${i}.png`, 9));
    expect(await importFiles(oneClass, options, decode)).toEqual({
      ok: false,
      problems: [{ code: 'one-class', className: 'only' }],
    });
    const few = [...oneClass, gray('x/other/0.png', 9), gray('x/bad/1.png', 0)];
    expect(await importFiles(few, options, decode)).toEqual({
      ok: false,
      problems: [{ code: 'unreadable', file: 'x/bad/1.png', reason: 'not an image' }],
    });
    const fewer = [...oneClass, gray('x/other/0.png', 9)];
    expect(await importFiles(fewer, options, decode)).toEqual({
      ok: false,
      problems: [{ code: 'too-few', className: 'other', count: 1, min: 5 }],
    });
    expect(await importFiles([text('notes.txt', 'hi')], options, decode)).toEqual({
      ok: false,
      problems: [{ code: 'unknown-files', files: ['notes.txt'] }],
    });
  });
});

describe('dataset references', () => {
  it('accept built-in names and user:<name>@<12 hex>, in any script', () => {
    expect(datasetRefError('mnist')).toBeNull();
    expect(datasetRefError('user:손글씨@0123456789ab')).toBeNull();
    expect(datasetRefError('user:a b@0123456789ab')).not.toBeNull();
    expect(datasetRefError('user:abc@0123')).not.toBeNull();
    expect(datasetRefError('cifar')).not.toBeNull();
  });
});
