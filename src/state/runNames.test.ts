import { describe, expect, it } from 'vitest';
import { distinctRunName } from './runNames';

describe('distinctRunName', () => {
  it('keeps a new name and numbers repeats from 2', () => {
    expect(distinctRunName('mnist · mlp:100', [])).toBe('mnist · mlp:100');
    expect(distinctRunName('mnist · mlp:100', ['mnist · mlp:100'])).toBe('mnist · mlp:100 (2)');
    expect(
      distinctRunName('mnist · mlp:100', ['mnist · mlp:100', 'mnist · mlp:100 (2)', 'xor · mlp:8']),
    ).toBe('mnist · mlp:100 (3)');
  });

  it('fills the first free number, and leaves other names alone', () => {
    expect(distinctRunName('a', ['a', 'a (3)'])).toBe('a (2)');
    expect(distinctRunName('b', ['a', 'a (2)'])).toBe('b');
  });
});
