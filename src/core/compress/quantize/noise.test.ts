import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { quantNoiseBlocks } from './noise';

describe('Quant-Noise blocks', () => {
  it('p = 0 quantizes nothing, p = 1 everything; the last block may be short', () => {
    expect(quantNoiseBlocks(10, 4, 0, createRng(1)).every((b) => b === 0)).toBe(true);
    const all = quantNoiseBlocks(10, 4, 1, createRng(1));
    expect(all.length).toBe(3);
    expect(all.every((b) => b === 1)).toBe(true);
  });

  it('chooses about p of the blocks, reproducibly from the seed', () => {
    const a = quantNoiseBlocks(80_000, 8, 0.1, createRng(9));
    const rate = a.reduce((s, b) => s + b, 0) / a.length;
    expect(rate).toBeGreaterThan(0.09);
    expect(rate).toBeLessThan(0.11);
    expect([...quantNoiseBlocks(80_000, 8, 0.1, createRng(9))]).toEqual([...a]);
  });
});
