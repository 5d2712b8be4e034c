import { describe, expect, it } from 'vitest';
import { gradualSparsity, iterativeSparsities } from './schedule';

describe('gradualSparsity (Zhu & Gupta cubic)', () => {
  const s = { si: 0.1, sf: 0.9, t0: 100, n: 4, dt: 10 };

  it('is exactly s_i at t0 and before, exactly s_f at t0 + nΔt and after', () => {
    expect(gradualSparsity(100, s)).toBe(0.1);
    expect(gradualSparsity(0, s)).toBe(0.1);
    expect(gradualSparsity(140, s)).toBe(0.9);
    expect(gradualSparsity(1e6, s)).toBe(0.9);
  });

  it('follows the cube in between and never decreases', () => {
    // t = 120: 0.9 + (0.1 − 0.9)(1 − 0.5)³ = 0.8.
    expect(gradualSparsity(120, s)).toBeCloseTo(0.8, 12);
    let prev = -1;
    for (let t = 90; t <= 150; t++) {
      const v = gradualSparsity(t, s);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
  });

  it('jumps straight to s_f when n·Δt = 0', () => {
    expect(gradualSparsity(100, { ...s, n: 0 })).toBe(0.9);
    expect(gradualSparsity(99, { ...s, n: 0 })).toBe(0.1);
  });
});

describe('iterativeSparsities', () => {
  it('keeps the same fraction each round and ends exactly at the target', () => {
    const r = iterativeSparsities(0.9, 2);
    expect(r[1]).toBe(0.9);
    expect(1 - r[0]).toBeCloseTo(Math.sqrt(0.1), 12);
    const five = iterativeSparsities(0.672, 5);
    five.forEach((v, i) => expect(1 - v).toBeCloseTo(0.8 ** (i + 1), 3));
    expect(iterativeSparsities(0.5, 1)).toEqual([0.5]);
  });
});
