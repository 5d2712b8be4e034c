import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { sampleIndices, takeSubset } from './subset';
import type { DataSplit } from './types';

/** n examples of 3 features; example i holds [i, i, i] (mod 256) and label i % k. */
function split(n: number, k: number): DataSplit {
  const x = new Uint8Array(3 * n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x.fill(i % 256, 3 * i, 3 * i + 3);
    y[i] = i % k;
  }
  return { x, scale: 1 / 255, y, n };
}

describe('takeSubset', () => {
  const full = split(1000, 10);

  it('takes a seeded random subset of the requested size, copied', () => {
    const a = takeSubset(full, 100, createRng(7));
    const b = takeSubset(full, 100, createRng(7));
    const c = takeSubset(full, 100, createRng(8));
    expect(a.n).toBe(100);
    expect(a.x.length).toBe(300);
    expect(a.y.length).toBe(100);
    expect(a.scale).toBe(full.scale);
    expect(a.x).toBeInstanceOf(Uint8Array);
    expect(a.x.buffer).not.toBe(full.x.buffer);
    expect(a).toEqual(b);
    expect(a.x).not.toEqual(c.x);
  });

  it('keeps rows intact (features and label travel together)', () => {
    const a = takeSubset(full, 200, createRng(3));
    for (let i = 0; i < a.n; i++) {
      // Example j holds j % 256 and label j % 10; with j < 1000 both are consistent mod 2.
      expect(a.x[3 * i]).toBe(a.x[3 * i + 2]);
      expect(a.y[i] % 2).toBe(a.x[3 * i] % 2);
    }
  });

  it('keeps classes roughly balanced', () => {
    const a = takeSubset(full, 500, createRng(11));
    const counts = new Array<number>(10).fill(0);
    for (const c of a.y) counts[c]++;
    for (const c of counts) expect(c).toBeGreaterThan(25);
  });

  it('caps at the split size and copies Float32 data too', () => {
    const f: DataSplit = { x: Float32Array.from([0.5, -1, 2, 3]), scale: 1, y: Uint8Array.from([0, 1]), n: 2 };
    const a = takeSubset(f, 10, createRng(1));
    expect(a.n).toBe(2);
    expect(a.x).toBeInstanceOf(Float32Array);
    expect(Array.from(a.x)).toEqual([0.5, -1, 2, 3]);
    expect(a.x).not.toBe(f.x);
  });
});

describe('sampleIndices', () => {
  it('takes an equal share of each class, grouped by class', () => {
    const idx = sampleIndices(split(1000, 10), 20, createRng(5));
    expect(idx.length).toBe(20);
    expect(new Set(idx).size).toBe(20);
    const labels = Array.from(idx, (i) => i % 10);
    expect(labels).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]);
  });

  it('is deterministic per rng and tops up when classes are short', () => {
    const s = split(12, 4);
    expect(sampleIndices(s, 10, createRng(1))).toEqual(sampleIndices(s, 10, createRng(1)));
    const all = sampleIndices(s, 100, createRng(1));
    expect(Array.from(all).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
