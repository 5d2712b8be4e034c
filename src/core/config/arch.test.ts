import { describe, expect, it } from 'vitest';
import { archError, formatArch, parseArch } from './arch';

describe('parseArch', () => {
  it('reads MLP and CNN strings', () => {
    expect(parseArch('mlp:300-100')).toEqual({ kind: 'mlp', hidden: [300, 100] });
    expect(parseArch('mlp:30')).toEqual({ kind: 'mlp', hidden: [30] });
    expect(parseArch('cnn:8-16')).toEqual({ kind: 'cnn', hidden: [8, 16] });
    expect(parseArch('mlp:2048-1-1-1')).toEqual({ kind: 'mlp', hidden: [2048, 1, 1, 1] });
  });

  it.each([
    ['', /expected mlp:N or cnn:N/],
    ['mlp:', /expected mlp:N or cnn:N/],
    ['mlp', /expected mlp:N or cnn:N/],
    ['rnn:10', /expected mlp:N or cnn:N/],
    ['MLP:10', /expected mlp:N or cnn:N/],
    ['mlp:10-', /expected mlp:N or cnn:N/],
    ['mlp: 10', /expected mlp:N or cnn:N/],
    ['mlp:1.5', /expected mlp:N or cnn:N/],
    ['mlp:0', /1\.\.2048 units, got 0/],
    ['mlp:010', /1\.\.2048 units, got 010/],
    ['mlp:2049', /1\.\.2048 units, got 2049/],
    ['cnn:65', /1\.\.64 filters, got 65/],
    ['mlp:1-2-3-4-5', /at most 4 hidden layers, got 5/],
  ])('rejects %j with a clear message', (arch, message) => {
    expect(() => parseArch(arch)).toThrow(message);
    expect(archError(arch)).toMatch(message);
  });

  it('shortens a huge bad string in the message', () => {
    const error = archError(`mlp:${'9'.repeat(500)}`) ?? '';
    expect(error.length).toBeLessThan(200);
  });

  it('formats back to the same string', () => {
    for (const s of ['mlp:300-100', 'cnn:8-16', 'mlp:1']) expect(formatArch(parseArch(s))).toBe(s);
    expect(archError('mlp:30')).toBeNull();
  });
});
