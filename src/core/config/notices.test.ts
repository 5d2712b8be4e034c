// One notice per bad key, and only that key falls back (DESIGN §2): the same for URLs and JSON.
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfigJson, parseQuery } from './index';

const GOOD = 'prune.sparsity=0.5&quant.bits=4';

/** Parses GOOD plus one bad pair and checks that the good keys survive. */
function withBad(pair: string) {
  const r = parseQuery(`${GOOD}&${pair}`);
  expect(r.config.prune.sparsity).toBe(0.5);
  expect(r.config.quant.bits).toBe(4);
  expect(r.notices).toHaveLength(1);
  return r;
}

describe('per-key notices', () => {
  it('unknown key', () => {
    const r = withBad('prune.sparsityy=0.9');
    expect(r.notices[0]).toEqual({
      key: 'prune.sparsityy',
      value: '0.9',
      reason: 'unknown key',
      used: '',
    });
    expect(r.extras).toEqual({});
  });

  it('wrong type for an int', () => {
    const r = withBad('trainSize=abc');
    expect(r.notices[0]).toEqual({
      key: 'trainSize',
      value: 'abc',
      reason: 'not a number; expected an integer in 100..60000',
      used: '10000',
    });
    expect(r.config.trainSize).toBe(10000);
  });

  it.each(['3.5', '', '0x10', '1e', 'Infinity', 'NaN', '5 0'])('not an int: %j', (raw) => {
    const r = withBad(`teacher.epochs=${encodeURIComponent(raw)}`);
    expect(r.notices[0].key).toBe('teacher.epochs');
    expect(r.notices[0].value).toBe(raw);
    expect(r.notices[0].used).toBe('5');
    expect(r.config.teacher.epochs).toBe(5);
  });

  it('out of range uses the default and names the range', () => {
    const r = withBad('distill.temperature=50');
    expect(r.notices[0]).toEqual({
      key: 'distill.temperature',
      value: '50',
      reason: 'out of range; expected a number in 1..20',
      used: '4',
    });
    expect(r.config.distill.temperature).toBe(4);
    expect(withBad('trainSize=99').notices[0].reason).toContain('100..60000');
    expect(withBad('seed=-1').notices[0].used).toBe('1');
    expect(withBad('train.lr=0').notices[0].reason).toContain('0.00001..1');
  });

  it('bad enum', () => {
    const r = withBad('prune.method=biggest');
    expect(r.notices[0]).toEqual({
      key: 'prune.method',
      value: 'biggest',
      reason: 'expected one of magnitude, random, taylor, synflow, wanda, unit-l1, unit-l2',
      used: 'magnitude',
    });
  });

  it('bad architecture', () => {
    const r = withBad('student.arch=mlp:0');
    expect(r.notices[0].reason).toMatch(/1\.\.2048 units/);
    expect(r.notices[0].used).toBe('mlp:30');
  });

  it('markup stays verbatim text and affects nothing else', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const r = withBad(`dataset=${encodeURIComponent(markup)}`);
    expect(r.notices[0]).toEqual({
      key: 'dataset',
      value: markup,
      reason:
        'expected one of mnist, fashion-mnist, spiral, circles, xor, gaussians, or user:<name>@<12 hex digits> for an imported dataset',
      used: 'mnist',
    });
    const expected = defaultConfig();
    expected.prune.sparsity = 0.5;
    expected.quant.bits = 4;
    expect(r.config).toEqual(expected);
    // Markup in a key is kept as text too.
    const k = parseQuery(`${encodeURIComponent(markup)}=1`);
    expect(k.notices[0].key).toBe(markup);
  });

  it('truncates long values and keys to 80 characters', () => {
    const long = 'x'.repeat(500);
    const r = parseQuery(`dataset=${long}&${long}=1`);
    expect(r.notices).toHaveLength(2);
    for (const n of r.notices) {
      expect(n.value.length).toBeLessThanOrEqual(80);
      expect(n.key.length).toBeLessThanOrEqual(80);
    }
    expect(r.notices[0].value.startsWith('xxx')).toBe(true);
  });

  it('never throws, even on odd keys', () => {
    const r = parseQuery('__proto__=1&constructor=2&prune=3&prune.=4&.=5&=6');
    expect(r.notices).toHaveLength(6);
    expect(r.config).toEqual(defaultConfig());
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('gives the same notices for the same bad JSON value', () => {
    const fromJson = parseConfigJson({ trainSize: 'abc', prune: { method: 'biggest' } });
    const fromQuery = parseQuery('trainSize=abc&prune.method=biggest');
    expect(fromJson.notices).toEqual(fromQuery.notices);
  });
});
