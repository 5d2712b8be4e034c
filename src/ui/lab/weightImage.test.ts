import { describe, expect, it } from 'vitest';
import {
  divergingRgba,
  matrixShape,
  maxAbs,
  PRUNED_RGB,
  transposedPatch,
  unitColumn,
} from './weightImage';

describe('divergingRgba', () => {
  it('is white at zero, full colour at ±scale, grey where pruned', () => {
    const rgba = divergingRgba([0, -2, 2, 1, 5], [1, 1, 1, 1, 0], 2);
    expect([...rgba.slice(0, 4)]).toEqual([255, 255, 255, 255]);
    expect([...rgba.slice(4, 8)]).toEqual([0, 114, 178, 255]);
    expect([...rgba.slice(8, 12)]).toEqual([213, 94, 0, 255]);
    // Halfway to vermillion.
    expect([...rgba.slice(12, 16)]).toEqual([234, 175, 128, 255]);
    expect([...rgba.slice(16, 19)]).toEqual([...PRUNED_RGB]);
  });

  it('clamps beyond the scale', () => {
    expect([...divergingRgba([-10], null, 1)]).toEqual([0, 114, 178, 255]);
  });
});

describe('matrix helpers', () => {
  // [inputs=3, units=2], row-major: row i holds input i's weights to both units.
  const m = [1, 2, 3, 4, 5, 6];
  const mask = [1, 0, 1, 1, 0, 1];

  it("unitColumn reads one unit's incoming weights", () => {
    expect(unitColumn(m, mask, 3, 2, 1)).toEqual({
      values: new Float32Array([2, 4, 6]),
      mask: new Uint8Array([0, 1, 1]),
    });
  });

  it('transposedPatch puts units down and inputs across, cropped', () => {
    const p = transposedPatch(m, mask, 3, 2, 1, 2);
    expect(p).toEqual({
      values: new Float32Array([1, 3]),
      mask: new Uint8Array([1, 1]),
      width: 2,
      height: 1,
    });
    expect(transposedPatch(m, null, 3, 2, 10, 10).values).toEqual(
      new Float32Array([1, 3, 5, 2, 4, 6]),
    );
  });

  it('matrixShape flattens conv kernels', () => {
    expect(matrixShape([784, 64])).toEqual([784, 64]);
    expect(matrixShape([3, 3, 8, 16])).toEqual([72, 16]);
    expect(maxAbs([-3, 2])).toBe(3);
  });
});
