import { describe, expect, it } from 'vitest';
import { mnistStyle } from './mnistStyle';

/** A width×height black image with the listed rectangles painted at `value`. */
function image(
  width: number,
  height: number,
  rects: [number, number, number, number][],
  value = 255,
) {
  const g = new Uint8Array(width * height);
  for (const [x0, y0, w, h] of rects)
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) g[y * width + x] = value;
  return g;
}

/** The painted cells of a 28×28 result as "row,col=value" strings. */
function painted(out: Float32Array): Map<string, number> {
  const m = new Map<string, number>();
  out.forEach((v, i) => {
    if (v > 0) m.set(`${Math.floor(i / 28)},${i % 28}`, v);
  });
  return m;
}

describe('mnistStyle', () => {
  it('gives all zeros for an empty drawing', () => {
    expect(mnistStyle(new Uint8Array(100 * 100), 100, 100).every((v) => v === 0)).toBe(true);
  });

  it('scales a square of ink to the 20×20 box and centres it (rows and cols 4..23)', () => {
    const out = mnistStyle(image(100, 100, [[3, 50, 40, 40]]), 100, 100);
    const cells = painted(out);
    expect(cells.size).toBe(400);
    for (let r = 4; r < 24; r++)
      for (let c = 4; c < 24; c++) expect(cells.get(`${r},${c}`)).toBe(1);
  });

  it('keeps the aspect ratio: a 10×40 bar becomes 5×20, centred by mass', () => {
    const cells = painted(mnistStyle(image(60, 60, [[0, 10, 10, 40]]), 60, 60));
    expect(cells.size).toBe(100);
    // Mass centre at x = 2.5 in the 5-wide strip: shifted by round(14 - 2.5) = 12.
    for (let r = 4; r < 24; r++)
      for (let c = 12; c < 17; c++) expect(cells.get(`${r},${c}`)).toBe(1);
  });

  it('anti-aliases a partly covered column to grey instead of dropping it', () => {
    // 3×40 → 1.5×20: one full column and one half-covered column (0.5).
    const cells = painted(mnistStyle(image(50, 50, [[20, 5, 3, 40]]), 50, 50));
    expect(cells.size).toBe(40);
    // Mass centre (0.5·1 + 1.5·0.5)/1.5 = 0.833 → shift round(13.17) = 13.
    for (let r = 4; r < 24; r++) {
      expect(cells.get(`${r},13`)).toBe(1);
      expect(cells.get(`${r},14`)).toBeCloseTo(0.5, 6);
    }
  });

  it('centres by mass, not by the box: a heavy bottom bar pulls the digit up', () => {
    // An "L": a thin stem (4×40) and a foot (24×6) at the bottom.
    const out = mnistStyle(
      image(80, 80, [
        [10, 10, 4, 40],
        [10, 44, 24, 6],
      ]),
      80,
      80,
    );
    let mass = 0;
    let my = 0;
    let minRow = 28;
    let maxRow = -1;
    out.forEach((v, i) => {
      const r = Math.floor(i / 28);
      mass += v;
      my += (r + 0.5) * v;
      if (v > 0) {
        minRow = Math.min(minRow, r);
        maxRow = Math.max(maxRow, r);
      }
    });
    expect(Math.abs(my / mass - 14)).toBeLessThanOrEqual(0.5);
    // The box centre is not the field centre: the foot's mass pulls the box upwards.
    expect((minRow + maxRow + 1) / 2).toBeLessThan(13);
    expect(maxRow - minRow + 1).toBe(20);
  });

  it('ignores faint background below the ink threshold and scales grey ink to [0, 1]', () => {
    const g = image(40, 40, [[0, 0, 40, 40]], 5);
    g.set(image(40, 40, [[10, 10, 20, 20]], 102).subarray(0), 0);
    const out = mnistStyle(g, 40, 40);
    expect(Math.max(...out)).toBeCloseTo(0.4, 6);
    expect(painted(out).size).toBe(400);
  });
});
