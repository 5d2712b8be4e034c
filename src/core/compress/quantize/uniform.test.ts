import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import type { QuantScheme } from './uniform';
import { dequantizeAll, meanSquaredError, quantizeUniform } from './uniform';

const f = (a: number[]) => Float32Array.from(a);

/** [inputs, units] weights whose channels have very different ranges (as real layers do). */
function unevenWeights(inputs: number, units: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const spread = Array.from({ length: units }, (_, j) => 0.01 + (j / units) ** 2);
  return Float32Array.from({ length: inputs * units }, (_, e) => rng.normal() * spread[e % units]);
}

describe('quantizeUniform by hand', () => {
  it('2-bit symmetric: zero = 2, scale = maxAbs, levels {−max, 0, +max}', () => {
    const q = quantizeUniform(f([-1, -0.5, 0, 0.25, 1]), {
      bits: 2,
      scheme: 'symmetric',
      granularity: 'tensor',
    });
    expect([...q.scales]).toEqual([1]);
    expect([...q.zeroPoints]).toEqual([2]);
    expect([...q.codes]).toEqual([1, 2, 2, 2, 3]);
    expect([...q.dequantized]).toEqual([-1, 0, 0, 0, 1]);
  });

  it('2-bit asymmetric on [0, 3]: scale 1, zero 0, exact', () => {
    const q = quantizeUniform(f([0, 1, 2, 3]), {
      bits: 2,
      scheme: 'asymmetric',
      granularity: 'tensor',
    });
    expect([...q.codes]).toEqual([0, 1, 2, 3]);
    expect([...q.zeroPoints]).toEqual([0]);
    expect([...q.dequantized]).toEqual([0, 1, 2, 3]);
  });

  it('asymmetric keeps 0 exactly representable when every weight is positive', () => {
    const q = quantizeUniform(f([0, 2, 5, 9]), {
      bits: 3,
      scheme: 'asymmetric',
      granularity: 'tensor',
    });
    expect(q.zeroPoints[0]).toBe(0);
    expect(q.dequantized[0]).toBe(0);
  });

  it('1-bit symmetric is sign × mean|w|', () => {
    const q = quantizeUniform(f([-3, 1, 0, 2]), {
      bits: 1,
      scheme: 'symmetric',
      granularity: 'tensor',
    });
    expect([...q.codes]).toEqual([0, 1, 1, 1]);
    expect([...q.dequantized]).toEqual([-1.5, 1.5, 1.5, 1.5]);
  });

  it('with a mask, scales come from the kept weights and pruned ones stay exactly 0', () => {
    // Kept: −3, 1, 2 (mean |w| = 2); the two pruned zeros must not shrink the 1-bit scale.
    const w = f([-3, 0, 1, 0, 2]);
    const mask = Uint8Array.from([1, 0, 1, 0, 1]);
    const one = quantizeUniform(w, { bits: 1, scheme: 'symmetric', granularity: 'tensor', mask });
    expect([...one.scales]).toEqual([2]);
    expect([...one.dequantized]).toEqual([-2, 0, 2, 0, 2]);
    // A pruned weight that is not zero in the array is still neither a statistic nor a value.
    const big = f([1, 100, -1, 0.5]);
    const m2 = Uint8Array.from([1, 0, 1, 1]);
    for (const scheme of ['symmetric', 'asymmetric'] as QuantScheme[]) {
      for (const bits of [1, 2, 4, 8]) {
        const q = quantizeUniform(big, { bits, scheme, granularity: 'tensor', mask: m2 });
        expect(q.dequantized[1], `${scheme} ${bits}`).toBe(0);
        expect(Math.max(...q.dequantized.map(Math.abs)), `${scheme} ${bits}`).toBeLessThan(1.01);
      }
    }
  });

  it('all-zero channels give zeros, never NaN, for every bit width and scheme', () => {
    const w = f([0, 1, 0, -2, 0, 0.5]); // 3 inputs × 2 units; channel 0 is all zero
    for (const scheme of ['symmetric', 'asymmetric'] as QuantScheme[]) {
      for (let bits = 1; bits <= 8; bits++) {
        const q = quantizeUniform(w, { bits, scheme, granularity: 'channel', channels: 2 });
        expect(q.dequantized.every(Number.isFinite)).toBe(true);
        expect(q.scales.every((s) => Number.isFinite(s))).toBe(true);
        if (!(bits === 1 && scheme === 'symmetric')) {
          expect([q.dequantized[0], q.dequantized[2], q.dequantized[4]]).toEqual([0, 0, 0]);
        }
      }
    }
  });

  it('rejects bit widths outside 1..8 and bad channel counts', () => {
    expect(() =>
      quantizeUniform(f([1]), { bits: 0, scheme: 'symmetric', granularity: 'tensor' }),
    ).toThrow();
    expect(() =>
      quantizeUniform(f([1]), { bits: 9, scheme: 'symmetric', granularity: 'tensor' }),
    ).toThrow();
    expect(() =>
      quantizeUniform(f([1, 2, 3]), {
        bits: 4,
        scheme: 'symmetric',
        granularity: 'channel',
        channels: 2,
      }),
    ).toThrow();
  });
});

describe('quantizeUniform properties', () => {
  const inputs = 64;
  const units = 16;
  const w = unevenWeights(inputs, units, 5);

  it('has at most 2^bits distinct values per scale group, and codes in range', () => {
    for (const scheme of ['symmetric', 'asymmetric'] as QuantScheme[]) {
      for (let bits = 1; bits <= 8; bits++) {
        const t = quantizeUniform(w, { bits, scheme, granularity: 'tensor' });
        expect(new Set(t.dequantized).size).toBeLessThanOrEqual(2 ** bits);
        expect(t.codes.every((c) => c < 2 ** bits)).toBe(true);
        const c = quantizeUniform(w, { bits, scheme, granularity: 'channel', channels: units });
        for (let j = 0; j < units; j++) {
          const vals = new Set<number>();
          for (let i = 0; i < inputs; i++) vals.add(c.dequantized[i * units + j]);
          expect(vals.size).toBeLessThanOrEqual(2 ** bits);
        }
      }
    }
  });

  it('per-channel error ≤ per-tensor error on the same weights', () => {
    for (const scheme of ['symmetric', 'asymmetric'] as QuantScheme[]) {
      for (let bits = 2; bits <= 8; bits++) {
        const t = quantizeUniform(w, { bits, scheme, granularity: 'tensor' });
        const c = quantizeUniform(w, { bits, scheme, granularity: 'channel', channels: units });
        expect(meanSquaredError(w, c.dequantized)).toBeLessThanOrEqual(
          meanSquaredError(w, t.dequantized),
        );
      }
    }
  });

  it('error shrinks as bits grow, and 8 bits is close', () => {
    let prev = Infinity;
    for (let bits = 2; bits <= 8; bits++) {
      const e = meanSquaredError(
        w,
        quantizeUniform(w, { bits, scheme: 'symmetric', granularity: 'channel', channels: units })
          .dequantized,
      );
      expect(e).toBeLessThan(prev);
      prev = e;
    }
    expect(prev).toBeLessThan(1e-5);
  });

  it('dequantized is exactly what the codes and float32 scales give (the decoder’s rule)', () => {
    const q = quantizeUniform(w, {
      bits: 3,
      scheme: 'asymmetric',
      granularity: 'channel',
      channels: units,
    });
    const again = dequantizeAll(q.codes, q.scales, q.zeroPoints, 3, 'asymmetric');
    expect([...new Uint32Array(again.buffer)]).toEqual([...new Uint32Array(q.dequantized.buffer)]);
  });
});
