import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DecodeImage, ImportFile } from './importFiles';
import { importFiles } from './importFiles';
import { MAX_ZIP_BYTES, unzipImport } from './zip';

/** A one-byte "image" whose byte is its gray level, decoded by a stand-in for the browser. */
const decode: DecodeImage = async (bytes) => ({
  width: 4,
  height: 4,
  rgba: new Uint8Array(64).fill(bytes[0]),
});
const options = { name: 'pets', labelColumn: '', imageSize: 2, channels: 1 as const, seed: 3 };
const asFile = (path: string, bytes: Uint8Array): ImportFile => ({
  path,
  size: bytes.length,
  read: async () => bytes,
});

/** Class folders as a user zips them (the top folder, its classes, macOS leftovers). */
function petsZip(classes: string[]): Uint8Array {
  const tree: Record<string, Record<string, Uint8Array>> = {};
  for (const [k, c] of classes.entries()) {
    tree[`pets/${c}`] = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`${i}.png`, Uint8Array.of(60 + 80 * k)]),
    );
  }
  return zipSync({ ...tree, __MACOSX: { 'pets/._x.png': Uint8Array.of(0) }, 'pets/.DS_Store': Uint8Array.of(0) });
}

/** Rewrites every declared uncompressed size (local and central headers) to `size`. */
function forgeDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('zip import', () => {
  it('labels the images of a zip of class folders by folder, leaving hidden files out', async () => {
    const r = await importFiles([asFile('pets.zip', petsZip(['cat', 'dog']))], options, decode);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.classNames).toEqual(['cat', 'dog']);
    expect(r.dataset.report.counts).toEqual([6, 6]);
  });

  it('gives the same checks as a folder: one class is refused by name', async () => {
    const r = await importFiles([asFile('pets.zip', petsZip(['cat']))], options, decode);
    expect(r.ok ? [] : r.problems).toEqual([{ code: 'one-class', className: 'cat' }]);
  });

  it('refuses a zip bomb from its declared sizes, before inflating anything', async () => {
    // 3 GiB declared in a few hundred bytes: inflating would have to allocate it first.
    const bomb = forgeDeclaredSize(zipSync({ 'a/1.png': new Uint8Array(100) }), 3 * 2 ** 30);
    const r = await unzipImport(asFile('bomb.zip', bomb));
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'zip-too-large', file: 'bomb.zip', bytes: 3 * 2 ** 30, max: MAX_ZIP_BYTES }],
    });
  });

  it('refuses a zip over budget by its file size without reading it, and a non-zip as unreadable', async () => {
    const unread: ImportFile = {
      path: 'big.zip',
      size: MAX_ZIP_BYTES + 1,
      read: () => Promise.reject(new Error('read')),
    };
    const big = await unzipImport(unread);
    expect(big.ok ? null : big.problems[0].code).toBe('zip-too-large');
    const junk = await unzipImport(asFile('junk.zip', new TextEncoder().encode('not a zip')));
    expect(junk.ok ? null : junk.problems[0]).toMatchObject({ code: 'unreadable', file: 'junk.zip' });
  });
});
