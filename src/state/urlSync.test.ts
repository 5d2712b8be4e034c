import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig, setParam } from '../core/config';
import { searchFor, shareUrl, throttle } from './urlSync';

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

describe('throttle (address bar writes while a slider moves)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the first value at once, then at most once per interval, ending on the last', () => {
    vi.useFakeTimers();
    const written: number[] = [];
    const t = throttle((v: number) => written.push(v), 250);
    // A drag: a value every 10 ms for one second.
    for (let i = 0; i <= 100; i++) {
      t.push(i);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    expect(written[0]).toBe(0);
    expect(written[written.length - 1]).toBe(100);
    expect(written.length).toBeLessThanOrEqual(6);
    expect(written.length).toBeGreaterThanOrEqual(4);
  });

  it('flush writes a pending value now and only once', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const t = throttle((v: string) => written.push(v), 250);
    t.push('a');
    t.push('b');
    t.flush();
    t.flush();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['a', 'b']);
  });
});

describe('shareUrl', () => {
  it('carries the config and extras, with autorun only when asked', () => {
    const c = setParam(defaultConfig(), 'teacher.arch', 'mlp:32');
    expect(shareUrl(c, { lang: 'ko', autorun: '1' }, false)).toBe(
      '?v=1&teacher.arch=mlp:32&lang=ko',
    );
    expect(shareUrl(c, {}, true)).toBe('?v=1&teacher.arch=mlp:32&autorun=1');
  });
});
