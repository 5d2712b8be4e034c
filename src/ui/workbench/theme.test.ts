import { describe, expect, it } from 'vitest';
import { readTheme, writeTheme } from './theme';

/** A Storage with just the two calls the theme uses. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('theme choice', () => {
  it('follows the system until the user picks, then remembers the pick', () => {
    const storage = memoryStorage();
    expect(readTheme(storage)).toBe('auto');
    writeTheme(storage, 'dark');
    expect(readTheme(storage)).toBe('dark');
    writeTheme(storage, 'light');
    expect(readTheme(storage)).toBe('light');
  });

  it('falls back to auto on odd values, missing or refusing storage', () => {
    const storage = memoryStorage();
    storage.setItem('compression-lab:theme', 'purple');
    expect(readTheme(storage)).toBe('auto');
    expect(readTheme(undefined)).toBe('auto');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readTheme(refusing)).toBe('auto');
    expect(() => writeTheme(refusing, 'dark')).not.toThrow();
  });
});
