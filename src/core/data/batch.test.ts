import { describe, expect, it } from 'vitest';
import { fillBatch } from './batch';
import type { DataSplit } from './types';

describe('fillBatch', () => {
  const bytes: DataSplit = { x: Uint8Array.from([0, 255, 51, 102, 153, 204]), scale: 1 / 255, y: Uint8Array.from([7, 1, 4]), n: 3 };

  it('copies the selected rows scaled, with their labels', () => {
    const out = new Float32Array(4).fill(-1);
    const labels = new Int32Array(2).fill(-1);
    fillBatch(bytes, Int32Array.from([2, 0, 1]), 1, 2, out, labels);
    expect(Array.from(out)).toEqual([0, 1, 0.2, 0.4].map(Math.fround));
    expect(Array.from(labels)).toEqual([7, 1]);
  });

  it('copies float data unchanged at scale 1', () => {
    const floats: DataSplit = { x: Float32Array.from([0.5, -0.25, 1, 2]), scale: 1, y: Uint8Array.from([0, 1]), n: 2 };
    const out = new Float32Array(4);
    const labels = new Int32Array(2);
    fillBatch(floats, Int32Array.from([1, 0]), 0, 2, out, labels);
    expect(Array.from(out)).toEqual([1, 2, 0.5, -0.25]);
    expect(Array.from(labels)).toEqual([1, 0]);
  });

  it('refuses to read past the index list, the split or the buffers', () => {
    const out = new Float32Array(4);
    const labels = new Int32Array(2);
    expect(() => fillBatch(bytes, Int32Array.from([0, 1]), 1, 2, out, labels)).toThrow(RangeError);
    expect(() => fillBatch(bytes, Int32Array.from([0, 3]), 0, 2, out, labels)).toThrow(/index 3/);
    expect(() => fillBatch(bytes, Int32Array.from([0, 1, 2]), 0, 3, out, labels)).toThrow(/too small/);
  });
});
