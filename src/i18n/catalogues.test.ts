import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { pickLanguage } from './index';

/** "a.b.c" → leaf value, for every leaf of a nested catalogue. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object')
      for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('message catalogues', () => {
  const enLeaves = leaves(en);
  const koLeaves = leaves(ko);

  it('have identical key sets', () => {
    expect([...koLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty or non-string messages', () => {
    for (const [key, value] of [...enLeaves, ...koLeaves]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enLeaves) expect(vars(koLeaves.get(key)), key).toEqual(vars(value));
  });
});

describe('pickLanguage', () => {
  it('prefers the link, then the browser, then English', () => {
    expect(pickLanguage('ko', ['en-US'])).toBe('ko');
    expect(pickLanguage(undefined, ['ko-KR', 'en'])).toBe('ko');
    expect(pickLanguage('fr', ['de-DE'])).toBe('en');
    expect(pickLanguage(undefined, [])).toBe('en');
  });
});
