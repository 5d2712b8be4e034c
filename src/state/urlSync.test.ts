import { describe, expect, it } from 'vitest';
import { searchFor } from './urlSync';

describe('searchFor', () => {
  it('appends extras after the config query, keeping readable values', () => {
    expect(searchFor('v=1&teacher.arch=mlp:32', { lang: 'ko' })).toBe(
      '?v=1&teacher.arch=mlp:32&lang=ko',
    );
  });

  it('lets the config query win over an extra of the same key', () => {
    expect(searchFor('v=1', { v: '0', lang: 'en' })).toBe('?v=1&lang=en');
  });

  it('accepts a leading "?" and an empty query', () => {
    expect(searchFor('?v=1', {})).toBe('?v=1');
    expect(searchFor('', {})).toBe('');
    expect(searchFor('', { lang: 'a b' })).toBe('?lang=a%20b');
  });
});
