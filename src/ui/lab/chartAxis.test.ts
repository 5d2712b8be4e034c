import { describe, expect, it } from 'vitest';
import type { PointLatency } from '../../core/experiment/compress/types';
import { fastestAtBatch1, xValue } from './chartAxis';

const row = (variant: 'own-sparse' | 'tfjs-dense', batch: number, p50Ms: number) => ({
  variant,
  batch,
  p50Ms,
  p10Ms: p50Ms,
  p90Ms: p50Ms,
  runs: 7,
  repeat: 1,
});
const latency: PointLatency = {
  backend: 'wasm',
  ownKernels: 'js',
  maxRelativeDifference: 0,
  rows: [row('tfjs-dense', 1, 0.4), row('own-sparse', 1, 0.1), row('tfjs-dense', 256, 0.05)],
};

describe('chart x-axis values', () => {
  it('latency is the fastest variant at batch 1, ignoring other batches', () => {
    expect(fastestAtBatch1(latency)).toEqual({ variant: 'own-sparse', p50Ms: 0.1 });
    expect(fastestAtBatch1(undefined)).toBeNull();
  });

  it('each axis reads its own figure; a missing one is null, never a stand-in', () => {
    const p = { sizeBytes: 1000, macs: 5000, latency };
    expect(xValue(p, 'bytes')).toBe(1000);
    expect(xValue(p, 'macs')).toBe(5000);
    expect(xValue(p, 'latency')).toBe(0.1);
    expect(xValue({ sizeBytes: 1000 }, 'macs')).toBeNull();
    expect(xValue({ sizeBytes: 1000 }, 'latency')).toBeNull();
  });
});
