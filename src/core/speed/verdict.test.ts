import { describe, expect, it } from 'vitest';
import type { LatencyRow, SpeedVariant } from './variants';
import type { StudyPoint } from './verdict';
import { crossoverSparsity, speedVerdicts } from './verdict';

const row = (variant: SpeedVariant, batch: number, p50Ms: number): LatencyRow => ({
  variant,
  batch,
  p50Ms,
  p10Ms: p50Ms,
  p90Ms: p50Ms,
  runs: 9,
  repeat: 1,
});

describe('speedVerdicts', () => {
  it('names the fastest per batch and how many times slower the runner-up is', () => {
    const v = speedVerdicts([
      row('tfjs-dense', 256, 10),
      row('own-sparse', 1, 0.1),
      row('own-dense', 1, 0.4),
      row('own-sparse', 256, 40),
    ]);
    expect(v).toEqual([
      { batch: 1, fastest: 'own-sparse', fastestMs: 0.1, next: 'own-dense', times: 4 },
      { batch: 256, fastest: 'tfjs-dense', fastestMs: 10, next: 'own-sparse', times: 4 },
    ]);
  });
});

describe('crossoverSparsity', () => {
  const study = (pairs: [number, number, number][]): StudyPoint[] =>
    pairs.flatMap(([sparsity, sparse, dense]) => [
      { sparsity, batch: 1, variant: 'own-sparse' as const, p50Ms: sparse },
      { sparsity, batch: 1, variant: 'own-dense' as const, p50Ms: dense },
    ]);

  it('is the first sparsity from which sparse stays faster', () => {
    expect(
      crossoverSparsity(
        study([
          [0, 3, 2],
          [0.5, 2.1, 2],
          [0.8, 1, 2],
          [0.9, 0.5, 2],
        ]),
        1,
      ),
    ).toBe(0.8);
  });

  it('ignores an early win that is lost again', () => {
    expect(
      crossoverSparsity(
        study([
          [0, 1, 2],
          [0.5, 3, 2],
          [0.9, 1, 2],
        ]),
        1,
      ),
    ).toBe(0.9);
  });

  it('is null when sparse never wins, or on another batch', () => {
    expect(crossoverSparsity(study([[0.9, 3, 2]]), 1)).toBeNull();
    expect(crossoverSparsity(study([[0.9, 1, 2]]), 256)).toBeNull();
  });
});
