import { describe, expect, it } from 'vitest';
import { committedPointSchema } from './pointSchema';
import { testPoint } from './testRun';

const latency = {
  backend: 'wasm',
  ownKernels: 'js' as const,
  maxRelativeDifference: 1e-7,
  rows: [
    {
      variant: 'own-sparse' as const,
      batch: 1,
      p50Ms: 0.1,
      p10Ms: 0.09,
      p90Ms: 0.2,
      runs: 9,
      repeat: 20,
    },
  ],
};

describe('committed points and speed', () => {
  it('a point saved before MACs and latency existed still reads', () => {
    const old = testPoint('old');
    delete old.point.macs;
    delete old.point.latency;
    expect(committedPointSchema.safeParse(old).success).toBe(true);
  });

  it('a point keeps its MACs and latency', () => {
    const p = testPoint('new', { macs: 14_260, latency });
    const parsed = committedPointSchema.parse(JSON.parse(JSON.stringify(p)));
    expect(parsed.point.macs).toBe(14_260);
    expect(parsed.point.latency).toEqual(latency);
  });

  it('refuses a latency row of an unknown variant', () => {
    const bad = testPoint('bad', {
      latency: { ...latency, rows: [{ ...latency.rows[0], variant: 'magic' as never }] },
    });
    expect(committedPointSchema.safeParse(bad).success).toBe(false);
  });
});
