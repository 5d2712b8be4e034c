import { describe, expect, it } from 'vitest';
import { REASONS_EN, reasonText } from '../core/compress/reasons';
import { refusalReasonsKo } from './refusals.ko';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('refusal reasons', () => {
  it('every code is said in Korean with the same placeholders as in English', () => {
    for (const [code, en] of Object.entries(REASONS_EN)) {
      const ko = refusalReasonsKo[code as keyof typeof REASONS_EN];
      expect(ko, code).toMatch(/[가-힣]/);
      expect(placeholders(ko), code).toEqual(placeholders(en));
    }
  });

  it('fills the English sentence from the params (the CLI prints it)', () => {
    expect(reasonText({ code: 'scheduleNeuron', params: { schedule: 'gradual' } })).toBe(
      'gradual pruning cuts single weights: neuron pruning removes units in one cut (prune.schedule=oneshot)',
    );
    expect(reasonText({ code: 'unitNormNeuron', params: {} })).toBe(
      '{{method}} scores whole units: it needs prune.granularity=neuron',
    );
  });
});
