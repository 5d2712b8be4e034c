import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { magnitudeScores, randomScores, taylorScores, unitScores } from './scores';

describe('weight scores', () => {
  it('magnitude is |w| and Taylor is |w·g|', () => {
    const w = Float32Array.from([-2, 0.5, 0, 3]);
    expect([...magnitudeScores(w)]).toEqual([2, 0.5, 0, 3]);
    expect([...taylorScores(w, Float32Array.from([1, -4, 9, -0.5]))]).toEqual([2, 2, 0, 1.5]);
    expect(() => taylorScores(w, new Float32Array(3))).toThrow();
  });

  it('random scores are seeded and in [0, 1)', () => {
    const a = randomScores(100, createRng(7));
    expect([...a]).toEqual([...randomScores(100, createRng(7))]);
    expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('unitScores (structured)', () => {
  // [inputs = 2, units = 3]: columns are (1, 4), (−2, 5), (3, −6).
  const w = Float32Array.from([1, -2, 3, 4, 5, -6]);

  it('L1 and L2 norm of each output column', () => {
    expect([...unitScores(w, 3, 'l1')]).toEqual([5, 7, 9]);
    const l2 = unitScores(w, 3, 'l2');
    [17, 29, 45].forEach((sq, j) => expect(l2[j]).toBeCloseTo(Math.sqrt(sq), 6));
  });

  it('treats conv filters [k, k, inC, outC] per output channel', () => {
    // 1×1 kernel, 2 input channels, 2 filters: filter j holds elements j and 2 + j.
    expect([...unitScores(Float32Array.from([1, 10, -2, 20]), 2, 'l1')]).toEqual([3, 30]);
    expect(() => unitScores(w, 4)).toThrow();
  });
});
