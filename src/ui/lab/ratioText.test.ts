import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ratioText } from './ratioText';

describe('ratioText', () => {
  const i18n = initI18n('en');
  const t = i18n.t.bind(i18n);

  it('says how many times smaller from 1.05× up', () => {
    expect(ratioText(4.2, 'en', t)).toBe('4.2× smaller than float32');
    expect(ratioText(1.05, 'en', t)).toBe('1.05× smaller than float32');
  });

  it('calls a ratio within 5 % either way about the same size, never "1× smaller"', () => {
    expect(ratioText(1.04, 'en', t)).toBe('about the same size as float32');
    expect(ratioText(1, 'en', t)).toBe('about the same size as float32');
    expect(ratioText(0.96, 'en', t)).toBe('about the same size as float32');
  });

  it('says larger when the encoding is bigger than float32', () => {
    expect(ratioText(0.5, 'en', t)).toBe('2× larger than float32');
  });
});
