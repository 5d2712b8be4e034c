import { describe, expect, it } from 'vitest';
import {
  defaultConfig,
  parseConfigJson,
  parseQuery,
  setParam,
  toConfigJson,
  toQuery,
  validateConfig,
} from './index';

const changed = () => {
  let c = defaultConfig();
  c = setParam(c, 'prune.sparsity', 0.9);
  c = setParam(c, 'quant.bits', 4);
  c = setParam(c, 'student.trainSize', 500);
  c = setParam(c, 'dataset', 'spiral');
  return c;
};

describe('parseConfigJson', () => {
  it('reads nested and flat shapes to the same config', () => {
    const nested = parseConfigJson({
      dataset: 'spiral',
      prune: { sparsity: 0.9 },
      quant: { bits: 4 },
      student: { trainSize: 500 },
    });
    const flat = parseConfigJson({
      dataset: 'spiral',
      'prune.sparsity': 0.9,
      'quant.bits': 4,
      'student.trainSize': 500,
    });
    expect(nested.notices).toEqual([]);
    expect(flat.notices).toEqual([]);
    expect(nested.config).toEqual(changed());
    expect(flat.config).toEqual(changed());
  });

  it('fills missing keys with defaults', () => {
    expect(parseConfigJson({})).toEqual({ config: defaultConfig(), notices: [] });
    expect(parseConfigJson({ prune: {} }).config).toEqual(defaultConfig());
  });

  it('tolerates numeric strings', () => {
    const r = parseConfigJson({ 'quant.bits': '4', prune: { sparsity: ' 0.5 ' } });
    expect(r.notices).toEqual([]);
    expect(r.config.quant.bits).toBe(4);
    expect(r.config.prune.sparsity).toBe(0.5);
  });

  it('leaves one notice per bad key and keeps the rest', () => {
    const r = parseConfigJson({
      prune: { sparsity: 2, method: 'taylor', nope: 1 },
      quant: 4,
      teacher: { epochs: true },
      student: { trainSize: null },
      mystery: { a: 1 },
    });
    expect(r.config.prune.method).toBe('taylor');
    expect(r.config.prune.sparsity).toBe(0);
    expect(r.config.student.trainSize).toBeNull();
    expect(r.notices.map((n) => n.key).sort()).toEqual(
      ['mystery', 'prune.nope', 'prune.sparsity', 'quant', 'teacher.epochs'].sort(),
    );
    const epochs = r.notices.find((n) => n.key === 'teacher.epochs');
    expect(epochs).toEqual({
      key: 'teacher.epochs',
      value: 'true',
      reason: 'not a number; expected an integer in 1..200',
      used: '5',
    });
    expect(r.notices.find((n) => n.key === 'mystery')?.value).toBe('{"a":1}');
  });

  it('accepts v: 1 and notes another version', () => {
    expect(parseConfigJson({ v: 1, quant: { bits: 2 } }).notices).toEqual([]);
    const r = parseConfigJson({ v: 3, quant: { bits: 2 } });
    expect(r.notices.map((n) => n.key)).toEqual(['v']);
    expect(r.config.quant.bits).toBe(2);
  });

  it('does not throw on non-objects', () => {
    for (const input of [null, undefined, 42, 'x', [1, 2], 10n]) {
      const r = parseConfigJson(input);
      expect(r.config).toEqual(defaultConfig());
      expect(r.notices).toHaveLength(1);
    }
  });

  it('takes an own __proto__ key as an unknown key', () => {
    const r = parseConfigJson(JSON.parse('{"__proto__": {"x": 1}, "quant": {"bits": 4}}'));
    expect(r.notices.map((n) => n.key)).toEqual(['__proto__']);
    expect(r.config.quant.bits).toBe(4);
  });
});

describe('toConfigJson', () => {
  it('writes the full nested config, and reads back exactly', () => {
    const c = changed();
    const json = toConfigJson(c);
    expect(json).toEqual(c);
    expect(json).not.toBe(c);
    const text = JSON.stringify(json);
    expect(parseConfigJson(JSON.parse(text))).toEqual({ config: c, notices: [] });
    expect(validateConfig(JSON.parse(text))).toEqual({ ok: true, config: c });
  });

  it('keeps a null student trainSize through JSON and the URL', () => {
    const c = defaultConfig();
    const json = JSON.parse(JSON.stringify(toConfigJson(c)));
    expect(json.student.trainSize).toBeNull();
    expect(parseConfigJson(json).config.student.trainSize).toBeNull();
    expect(parseQuery(toQuery(c)).config.student.trainSize).toBeNull();
  });
});

describe('validateConfig', () => {
  it('accepts a valid partial object', () => {
    expect(validateConfig({ 'quant.bits': 32, prune: { sparsity: 0.5 } })).toEqual({
      ok: true,
      config: setParam(defaultConfig(), 'prune.sparsity', 0.5),
    });
  });

  it.each([
    [{ quant: { bits: 9 } }, 'quant.bits'],
    [{ 'quant.bits': '4' }, 'quant.bits'],
    [{ extra: 1 }, 'extra'],
    [{ prune: { method: 'x' } }, 'prune.method'],
    [{ teacher: 'mlp:30' }, 'teacher'],
    [{ teacher: { arch: 'mlp:' } }, 'teacher.arch'],
    [{ v: 2 }, 'v'],
    [null, ''],
  ])('rejects %j', (input, key) => {
    const r = validateConfig(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.key)).toEqual([key]);
  });
});
