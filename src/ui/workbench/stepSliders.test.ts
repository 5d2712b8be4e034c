import { describe, expect, it } from 'vitest';
import { findLesson, LESSONS } from '../../lessons/lessons';
import { stepSliders } from './stepSliders';

const lesson = (slug: string) => LESSONS.find((l) => l.slug === slug)!;

describe('stepSliders', () => {
  it('shows the slider a step sets', () => {
    expect(stepSliders(lesson('howFar'), 2)).toEqual(['prune.sparsity']);
    expect(stepSliders(lesson('bits'), 1)).toEqual(['quant.bits']);
    expect(stepSliders(lesson('temperature'), 3)).toEqual(['distill.temperature']);
    expect(stepSliders(lesson('deepCompression'), 2)).toEqual(['quant.bits']);
  });

  it("falls back to the lesson's shared knob when a step only switches an option", () => {
    // The lottery lesson's steps change prune.init; its sparsity lives in the shared settings.
    expect(stepSliders(lesson('lottery'), 1)).toEqual(['prune.sparsity']);
  });

  it('gives every step of every lesson one or two sliders', () => {
    for (const l of LESSONS)
      for (let step = 1; step <= l.steps.length; step++) {
        const n = stepSliders(findLesson(l.id)!, step).length;
        expect(n, `${l.slug} ${step}`).toBeGreaterThanOrEqual(1);
        expect(n, `${l.slug} ${step}`).toBeLessThanOrEqual(2);
      }
  });
});
