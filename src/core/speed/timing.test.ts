import { describe, expect, it } from 'vitest';
import { quantile, timeInterleaved } from './timing';

describe('quantile', () => {
  it('interpolates between sorted samples', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.1)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('timeInterleaved', () => {
  it('runs every side in every round, warm-up first, each sample long enough', async () => {
    const calls: string[] = [];
    const spin = (ms: number) => {
      const t = performance.now();
      while (performance.now() - t < ms);
    };
    const t = await timeInterleaved(
      {
        fast: () => calls.push('fast'),
        slow: () => {
          calls.push('slow');
          spin(0.5);
        },
      },
      { warmupRounds: 2, minRuns: 5, maxRuns: 5, minSampleMs: 1, budgetMs: 0 },
    );
    expect(t.fast.runs).toBe(5);
    expect(t.slow.runs).toBe(5);
    // Each sample repeats the call until it lasts ≥ 1 ms: the fast side many times more.
    expect(t.fast.repeat).toBeGreaterThan(t.slow.repeat);
    expect(t.slow.p50Ms).toBeGreaterThan(t.fast.p50Ms);
    expect(t.slow.p10Ms).toBeLessThanOrEqual(t.slow.p50Ms);
    expect(t.slow.p90Ms).toBeGreaterThanOrEqual(t.slow.p50Ms);
    // Runs of the same side, merged: warm-up f|s|f|s, then the timed rounds alternate who goes
    // first, (f s)(s f)(f s)(s f)(f s), merging into 6 runs (10 without the rotation).
    const blocks = calls.filter((c, i) => i === 0 || c !== calls[i - 1]);
    expect(blocks).toHaveLength(10);
  });

  it('stops when the check throws (cancellation)', async () => {
    let rounds = 0;
    await expect(
      timeInterleaved(
        { a: () => 0 },
        {
          warmupRounds: 1,
          check: () => {
            if (++rounds > 2) throw new Error('cancelled');
          },
        },
      ),
    ).rejects.toThrow('cancelled');
  });
});
