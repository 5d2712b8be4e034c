import { describe, expect, it } from 'vitest';
import { gunzip } from './gunzip';
import { parseIdx } from './idx';
import { gzipBytes, makeIdx } from './testUtil';

describe('parseIdx', () => {
  it('parses labels (0x00000801) and images (0x00000803)', () => {
    const labels = parseIdx(Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 3, 5, 0, 4]));
    expect(labels.dims).toEqual([3]);
    expect(Array.from(labels.data)).toEqual([5, 0, 4]);

    const values = Array.from({ length: 2 * 2 * 3 }, (_, i) => i * 10);
    const images = parseIdx(makeIdx([2, 2, 3], values));
    expect(images.dims).toEqual([2, 2, 3]);
    expect(Array.from(images.data)).toEqual(values);
  });

  it('reads dims big-endian, also from a view with an offset', () => {
    const file = makeIdx([258], new Uint8Array(258));
    const padded = new Uint8Array(file.length + 3);
    padded.set(file, 3);
    expect(parseIdx(padded.subarray(3)).dims).toEqual([258]);
  });

  it('rejects a bad magic number', () => {
    expect(() => parseIdx(Uint8Array.from([0, 0, 8, 2, 0, 0, 0, 1, 0, 0, 0, 1, 7]))).toThrow(/bad magic number 0x00000802/);
    expect(() => parseIdx(Uint8Array.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 7]))).toThrow(/bad magic number 0x00000d01/);
    expect(() => parseIdx(Uint8Array.from([0x1f, 0x8b, 8, 1, 0, 0, 0, 1, 7]))).toThrow(/bad magic/);
    expect(() => parseIdx(Uint8Array.from([0, 0]))).toThrow(/too short/);
  });

  it('rejects truncated data, a truncated header and trailing bytes', () => {
    const good = makeIdx([2, 3, 3], new Uint8Array(18));
    expect(() => parseIdx(good.subarray(0, good.length - 1))).toThrow(/truncated.*2×3×3 = 18 values, found 17/);
    expect(() => parseIdx(good.subarray(0, 10))).toThrow(/truncated header/);
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(() => parseIdx(longer)).toThrow(/trailing bytes/);
  });
});

describe('gunzip', () => {
  it('round-trips through CompressionStream', async () => {
    const data = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 251);
    const gz = await gzipBytes(data);
    expect(gz.length).toBeLessThan(data.length);
    expect(await gunzip(gz)).toEqual(data);
  });

  it('rejects bytes that are not gzip', async () => {
    await expect(gunzip(Uint8Array.from([1, 2, 3, 4]))).rejects.toThrow();
  });
});
