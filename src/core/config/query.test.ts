import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import {
  defaultConfig,
  PARAMS,
  parseQuery,
  setParam,
  toQuery,
  type ExperimentConfig,
  type ParamKey,
} from './index';

/** Interesting valid values of a row: its ends, a middle, every option. */
function sampleValues(row: (typeof PARAMS)[number]): unknown[] {
  if (row.kind === 'enum') return [...(row.options ?? [])];
  if (row.kind === 'string') return ['mlp:1', 'mlp:2048-1024-512-256', 'cnn:8-16', 'cnn:64'];
  if ('values' in row && row.values) return [...row.values];
  const min = row.min as number;
  const max = row.max as number;
  const mid = row.kind === 'int' ? Math.round((min + max) / 2) : (min + max) / 3;
  return [min, max, mid, ...('nullable' in row && row.nullable ? [null] : [])];
}

const set = (c: ExperimentConfig, key: ParamKey, value: unknown): ExperimentConfig =>
  setParam(c, key, value as never);

describe('toQuery', () => {
  it('writes only v=1 for the defaults', () => {
    expect(toQuery(defaultConfig())).toBe('v=1');
  });

  it('writes changed keys in table order, readably', () => {
    let c = defaultConfig();
    c = set(c, 'quant.bits', 4);
    c = set(c, 'prune.sparsity', 0.9);
    c = set(c, 'dataset', 'fashion-mnist');
    c = set(c, 'teacher.arch', 'cnn:8-16');
    c = set(c, 'prune.granularity', '2:4');
    expect(toQuery(c)).toBe(
      'v=1&dataset=fashion-mnist&teacher.arch=cnn:8-16&prune.sparsity=0.9&prune.granularity=2:4&quant.bits=4',
    );
  });

  it('prints numbers without float noise', () => {
    const c = defaultConfig();
    c.prune.sparsity = 0.1 + 0.2; // written directly, bypassing setParam
    c.train.lr = 0.00001;
    expect(toQuery(c)).toBe('v=1&train.lr=0.00001&prune.sparsity=0.3');
  });

  it('leaves out a null student trainSize and writes a set one', () => {
    expect(toQuery(defaultConfig())).not.toContain('student.trainSize');
    const c = set(defaultConfig(), 'student.trainSize', 500);
    expect(toQuery(c)).toBe('v=1&student.trainSize=500');
  });
});

describe('round trip parseQuery(toQuery(c))', () => {
  it('is exact for every sample value of every key', () => {
    for (const row of PARAMS) {
      for (const value of sampleValues(row)) {
        const c = set(defaultConfig(), row.key, value);
        const back = parseQuery(toQuery(c));
        expect(back.notices, `${row.key}=${String(value)}`).toEqual([]);
        expect(back.config).toEqual(c);
      }
    }
  });

  it('is exact for 300 random configs', () => {
    const rng = createRng(2024);
    for (let i = 0; i < 300; i++) {
      let c = defaultConfig();
      for (const row of PARAMS) {
        if (rng.next() < 0.5) continue;
        const values = sampleValues(row);
        const numeric = row.kind === 'int' || row.kind === 'number';
        const free = numeric && !('values' in row && row.values);
        // Free numbers get arbitrary in-range doubles; setParam makes them canonical.
        const value = free
          ? (row.min as number) + rng.next() * ((row.max as number) - (row.min as number))
          : values[Math.floor(rng.next() * values.length)];
        c = set(c, row.key, value);
      }
      const back = parseQuery(toQuery(c));
      expect(back.notices).toEqual([]);
      expect(back.config).toEqual(c);
    }
  });
});

describe('parseQuery', () => {
  it('reads a full URL, a ?query, a bare query and URLSearchParams alike', () => {
    const inputs = [
      'https://example.org/lab/?prune.sparsity=0.5&quant.bits=4#top',
      'http://localhost:5173/#/lab?prune.sparsity=0.5&quant.bits=4',
      '?prune.sparsity=0.5&quant.bits=4',
      'prune.sparsity=0.5&quant.bits=4',
      new URLSearchParams({ 'prune.sparsity': '0.5', 'quant.bits': '4' }),
    ];
    for (const input of inputs) {
      const { config, notices } = parseQuery(input);
      expect(notices).toEqual([]);
      expect(config.prune.sparsity).toBe(0.5);
      expect(config.quant.bits).toBe(4);
    }
  });

  it('gives defaults for empty input and for a URL without a query', () => {
    for (const input of ['', '?', 'https://example.org/lab/', '#frag']) {
      expect(parseQuery(input)).toEqual({ config: defaultConfig(), notices: [], extras: {} });
    }
  });

  it('decodes percent-encoding', () => {
    expect(parseQuery('teacher.arch=mlp%3A300-10').config.teacher.arch).toBe('mlp:300-10');
  });

  it('puts app keys into extras without notices', () => {
    const r = parseQuery('v=1&autorun=1&lang=ko&ui=compact&lesson=pruning&step=3&run=abc');
    expect(r.notices).toEqual([]);
    expect(r.extras).toEqual({
      v: '1',
      autorun: '1',
      lang: 'ko',
      ui: 'compact',
      lesson: 'pruning',
      step: '3',
      run: 'abc',
    });
    expect(r.config).toEqual(defaultConfig());
  });

  it('notes another version but still parses', () => {
    const r = parseQuery('v=2&quant.bits=4');
    expect(r.notices).toEqual([
      {
        key: 'v',
        value: '2',
        reason: 'unknown config version; read as version 1',
        used: '1',
      },
    ]);
    expect(r.config.quant.bits).toBe(4);
    expect(r.extras.v).toBe('2');
  });

  it('lets the last duplicate win', () => {
    expect(parseQuery('quant.bits=4&quant.bits=2').config.quant.bits).toBe(2);
    const r = parseQuery('quant.bits=4&quant.bits=abc');
    expect(r.config.quant.bits).toBe(32);
    expect(r.notices).toHaveLength(1);
  });

  it('reads empty or "null" as a null student trainSize', () => {
    expect(parseQuery('student.trainSize=').config.student.trainSize).toBeNull();
    expect(parseQuery('student.trainSize=null').config.student.trainSize).toBeNull();
    expect(parseQuery('student.trainSize=300').config.student.trainSize).toBe(300);
  });

  it('accepts bits=32 and rejects bits=9', () => {
    expect(parseQuery('quant.bits=32')).toEqual({
      config: defaultConfig(),
      notices: [],
      extras: {},
    });
    const r = parseQuery('quant.bits=9');
    expect(r.config.quant.bits).toBe(32);
    expect(r.notices).toEqual([
      {
        key: 'quant.bits',
        value: '9',
        reason: 'out of range; expected an integer in 1..8 or 32',
        used: '32',
      },
    ]);
  });

  it('a malformed escape (?x=%) is a notice, never a throw', () => {
    const r = parseQuery('?x=%&quant.bits=4');
    expect(r.config.quant.bits).toBe(4);
    expect(r.notices[0]).toMatchObject({ key: 'x', reason: 'malformed %-escape, read literally' });
    expect(parseQuery('?%E0%A4%A=1').notices[0].reason).toMatch(/malformed/);
  });

  it('80 kB of repeated keys is refused whole, with one notice', () => {
    const huge = `?${'quant.bits=4&'.repeat(6200)}`;
    expect(huge.length).toBeGreaterThan(80_000);
    const r = parseQuery(huge);
    expect(r.config).toEqual(defaultConfig());
    expect(r.notices).toEqual([
      {
        key: '(link)',
        value: `${huge.length - 1} characters`,
        reason: 'longer than 16000',
        used: '',
      },
    ]);
  });
});
