import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatBytes,
  formatDecimal,
  formatDuration,
  formatInteger,
  formatPercent,
  fractionDataValue,
} from './format';

describe('formatBytes', () => {
  it('uses decimal units with a few significant digits', () => {
    expect(formatBytes(1_066_440, 'en')).toBe('1.07 MB');
    expect(formatBytes(101_800, 'en')).toBe('102 kB');
    expect(formatBytes(61_234, 'en')).toBe('61.2 kB');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(0, 'en')).toBe('0 B');
  });

  it('follows the locale', () => {
    expect(formatBytes(1_066_440, 'ko')).toBe('1.07MB');
  });
});

describe('formatPercent', () => {
  it('shows one decimal by default', () => {
    expect(formatPercent(0.9731, 'en')).toBe('97.3%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0.5, 'ko', 0)).toBe('50%');
  });
});

describe('formatInteger and formatDecimal', () => {
  it('group thousands and keep significant digits', () => {
    expect(formatInteger(266_610, 'en')).toBe('266,610');
    expect(formatDecimal(0.123456, 'en')).toBe('0.123');
    expect(formatDecimal(2.302585, 'en')).toBe('2.3');
  });
});

describe('formatDuration', () => {
  it('picks the unit by size', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(12_500, 'en')).toBe('13 sec');
    expect(formatDuration(4_250, 'en')).toBe('4.3 sec');
    expect(formatDuration(185_000, 'en')).toBe('3 min 5 sec');
    expect(formatDuration(120_000, 'en')).toBe('2 min');
    expect(formatDuration(3_720_000, 'en')).toBe('1 hr 2 min');
  });

  it('reads naturally in Korean', () => {
    expect(formatDuration(185_000, 'ko')).toBe('3분 5초');
  });

  it('never shows a negative or infinite time', () => {
    expect(formatDuration(-5, 'en')).toBe('0 ms');
    expect(formatDuration(Infinity, 'en')).toBe('0 ms');
  });
});

describe('fractionDataValue', () => {
  it('always has four decimals and stays in 0..1', () => {
    expect(fractionDataValue(0.97312)).toBe('0.9731');
    expect(fractionDataValue(1)).toBe('1.0000');
    expect(fractionDataValue(-0.1)).toBe('0.0000');
    expect(fractionDataValue(NaN)).toBe('0.0000');
  });
});

describe('formatDateTime', () => {
  it('formats a time, and shows a dash for one Date cannot hold instead of throwing', () => {
    expect(formatDateTime(Date.UTC(2025, 5, 1, 12), 'en')).toMatch(/2025|25/);
    expect(formatDateTime(8640000000000001, 'en')).toBe('—');
    expect(formatDateTime(Number.NaN, 'ko')).toBe('—');
  });
});
