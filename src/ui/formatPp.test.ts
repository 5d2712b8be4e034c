import { describe, expect, it } from 'vitest';
import { formatPpDelta } from './format';

describe('formatPpDelta', () => {
  it('signs the difference in percentage points with a true minus', () => {
    expect(formatPpDelta(0.021, 'en')).toBe('+2.1');
    expect(formatPpDelta(-0.004, 'en')).toBe('\u22120.4');
    expect(formatPpDelta(0.00001, 'en')).toBe('0.0');
  });
});
