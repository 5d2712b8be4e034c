import { describe, expect, it } from 'vitest';
import { checkFile, DataFileError, parseManifest, sha256Hex } from './manifest';
import type { DataManifest } from './manifest';

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);

async function manifestFor(path: string, b: Uint8Array): Promise<DataManifest> {
  return { version: 1, files: { [path]: { bytes: b.length, sha256: await sha256Hex(b) } }, datasets: {} };
}

describe('sha256Hex', () => {
  it('matches a known digest', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('checkFile', () => {
  const path = 'mnist/train-images.idx.gz.bin';

  it('accepts the bytes the manifest describes', async () => {
    await expect(checkFile(path, bytes, await manifestFor(path, bytes))).resolves.toBeUndefined();
  });

  it('detects one flipped byte and names the file', async () => {
    const manifest = await manifestFor(path, bytes);
    const bad = bytes.slice();
    bad[500] ^= 0x01;
    const err = await checkFile(path, bad, manifest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe(path);
    expect((err as DataFileError).reason).toBe('corrupt');
    expect((err as Error).message).toBe(
      `Data file "${path}" is corrupt: expected sha256 ${manifest.files[path].sha256}, got ${await sha256Hex(bad)}`,
    );
  });

  it('detects a size mismatch', async () => {
    const manifest = await manifestFor(path, bytes);
    await expect(checkFile(path, bytes.subarray(0, 999), manifest)).rejects.toThrow(
      `Data file "${path}" is corrupt: expected 1000 bytes, got 999`,
    );
  });

  it('reports a file the manifest does not list', async () => {
    const manifest = await manifestFor(path, bytes);
    const err = await checkFile('mnist/other.gz', bytes, manifest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toMatch(/^Data file "mnist\/other.gz" is missing/);
  });
});

describe('parseManifest', () => {
  const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
  const good = { version: 1, files: { 'a.gz': { bytes: 3, sha256: 'a'.repeat(64) } }, datasets: { mnist: { train: 2, test: 1 } } };

  it('accepts a well-formed manifest', () => {
    expect(parseManifest(enc(good))).toEqual(good);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['a wrong version', { ...good, version: 2 }, /version 2, expected 1/],
    ['a bad file entry', { ...good, files: { 'a.gz': { bytes: 3, sha256: 'xyz' } } }, /bad entry for "a.gz"/],
    ['bad counts', { ...good, datasets: { mnist: { train: -1, test: 1 } } }, /bad counts for dataset "mnist"/],
  ])('rejects %s as a corrupt manifest.json', (_what, value, message) => {
    let err: unknown;
    try {
      parseManifest(enc(value));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe('manifest.json');
    expect((err as Error).message).toMatch(message);
  });
});
