import { describe, expect, it } from 'vitest';
import { checkClaim, latencySides, withLatency, type Claim, type Measure } from './claims';
import { lessonSpeed } from './lessonSpeed';

/** "compressed under our CSR kernel is at least 3× as fast as under our dense one, batch 1". */
const claim: Claim = {
  figure: 'speedup',
  a: 'compressed',
  b: 'compressed',
  variants: ['own-sparse', 'own-dense'],
  batch: 1,
  op: '>=',
  value: 3,
};
const measure: Measure = { accuracy: 0.9, sizeBytes: 1000 };

describe('speed claims', () => {
  it('read the ratio of the two sides’ medians, pending until both are timed', () => {
    expect(checkClaim(claim, { compressed: measure })).toEqual({ state: 'pending', value: null });
    const timed = withLatency({ compressed: measure }, claim, 0.5, 1.6);
    expect(timed.compressed?.latencyMs).toEqual({ 'own-sparse': 0.5, 'own-dense': 1.6 });
    expect(checkClaim(claim, timed)).toEqual({ state: 'met', value: 3.2 });
    expect(checkClaim(claim, withLatency({ compressed: measure }, claim, 1, 2))).toEqual({
      state: 'differs',
      value: 2,
    });
  });

  it('time two models when the sides differ, without touching the measures given', () => {
    const across: Claim = {
      ...claim,
      b: 'reference',
      variants: ['tfjs-dense', 'tfjs-dense'],
      op: '<=',
      value: 1.5,
      reference: 'prune.sparsity=0',
    };
    const given = { compressed: measure, reference: { ...measure } };
    const timed = withLatency(given, across, 2, 2.2);
    expect(given.compressed.latencyMs).toBeUndefined();
    expect(checkClaim(across, timed)).toEqual({ state: 'met', value: 1.1 });
  });

  it('only time the compressed model and its reference', () => {
    expect(() => latencySides({ ...claim, a: 'student' })).toThrow(/not student/);
    expect(() => latencySides({ ...claim, variants: undefined })).toThrow(/not a speedup/);
  });

  it('lesson 8 states only speed claims, each on the compressed model and a batch', () => {
    for (const step of lessonSpeed.steps) {
      expect(step.run).toBe('latency');
      expect(latencySides(step.expect).batch).toBeGreaterThanOrEqual(1);
    }
  });
});
