import { describe, expect, it } from 'vitest';
import { setParam } from '../config';
import { compareRuns } from './compare';
import { thinCurve } from './types';
import { testRun } from './testRun';

describe('compareRuns', () => {
  it('lists changed keys in table order with both values, and the metric deltas', () => {
    const base = testRun();
    const run = testRun({
      config: setParam(setParam(base.config, 'train.lr', 0.01), 'dataset', 'xor'),
      teacher: { ...base.teacher, accuracy: 0.95, sizeBytes: 50900 },
    });
    const c = compareRuns(run, base);
    expect(c.changes).toEqual([
      { key: 'dataset', value: 'xor', baseline: 'mnist' },
      { key: 'train.lr', value: '0.01', baseline: String(base.config.train.lr) },
    ]);
    expect(c.teacherAccuracy).toBeCloseTo(0.95 - 0.9123, 12);
    expect(c.teacherSizeRatio).toBe(0.5);
    expect(c.studentAccuracy).toBeNull();
  });

  it('compares students only when both runs have them', () => {
    const s = { accuracy: 0.8, params: 1, sizeBytes: 4, trainMs: 1 };
    const base = testRun({ kind: 'students', student: s, scratchStudent: s });
    const run = testRun({ kind: 'students', student: { ...s, accuracy: 0.9 }, scratchStudent: s });
    expect(compareRuns(run, base).studentAccuracy).toBeCloseTo(0.1, 12);
    expect(compareRuns(run, base).changes).toEqual([]);
  });
});

describe('thinCurve', () => {
  it('keeps short curves and thins long ones to max points, first and last kept', () => {
    expect(thinCurve([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const long = Array.from({ length: 1001 }, (_, i) => i);
    const thin = thinCurve(long, 11);
    expect(thin).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});
