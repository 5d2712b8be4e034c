import { describe, expect, it } from 'vitest';
import {
  defaultConfig,
  effectiveStudentTrainSize,
  ExperimentConfigSchema,
  getParam,
  PARAMS,
  setParam,
  type ExperimentConfig,
  type ParamKey,
} from './index';

describe('defaultConfig', () => {
  it('has every field of DESIGN §2 with the documented defaults', () => {
    // A literal of the full type: tsc fails here if the derived type gains or loses a field.
    const expected: ExperimentConfig = {
      dataset: 'mnist',
      trainSize: 10000,
      valSize: null,
      seed: 1,
      backend: 'auto',
      teacher: { arch: 'mlp:300-100', epochs: 5 },
      student: { arch: 'mlp:30', epochs: 10, trainSize: null, omitClass: null },
      train: { lr: 0.001, batchSize: 128 },
      distill: { temperature: 4, alpha: 0.9, hidden: 0, attention: 0 },
      prune: {
        sparsity: 0,
        method: 'magnitude',
        granularity: 'weight',
        scope: 'layer',
        schedule: 'oneshot',
        exclude: 'output',
        rounds: 3,
        finetuneEpochs: 0,
        retrainEpochs: null,
        init: 'keep',
        at: 'trained',
      },
      quant: {
        bits: 32,
        scheme: 'symmetric',
        granularity: 'channel',
        mode: 'ptq',
        pqBlock: 8,
        epochs: 2,
        noise: 1,
      },
      lowrank: { rank: 1 },
      size: { coding: 'fixed' },
      target: 'teacher',
    };
    expect(defaultConfig()).toEqual(expected);
  });

  it('returns a fresh object each call', () => {
    const a = defaultConfig();
    a.prune.sparsity = 0.5;
    expect(defaultConfig().prune.sparsity).toBe(0);
  });

  it('passes the whole-object zod schema, which refuses extra and bad keys', () => {
    expect(ExperimentConfigSchema.safeParse(defaultConfig()).success).toBe(true);
    expect(ExperimentConfigSchema.safeParse({ ...defaultConfig(), extra: 1 }).success).toBe(false);
    const bad = { ...defaultConfig(), quant: { ...defaultConfig().quant, bits: 9 } };
    expect(ExperimentConfigSchema.safeParse(bad).success).toBe(false);
  });
});

describe('PARAMS', () => {
  it('has one row per key, each with a one-line description and a valid default', () => {
    const keys = PARAMS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(38);
    for (const row of PARAMS) {
      expect(row.describe.length).toBeGreaterThan(10);
      expect(row.describe).not.toContain('\n');
      expect(getParam(defaultConfig(), row.key)).toBe(row.default);
    }
  });

  it('gives ranges to numbers and options to enums', () => {
    for (const row of PARAMS) {
      if (row.kind === 'int' || row.kind === 'number') {
        expect(row.min).toBeLessThan(row.max as number);
      }
      if (row.kind === 'enum') expect(row.options?.length).toBeGreaterThan(1);
    }
  });
});

describe('setParam', () => {
  const base = defaultConfig();

  it('updates immutably', () => {
    const next = setParam(base, 'prune.sparsity', 0.5);
    expect(next.prune.sparsity).toBe(0.5);
    expect(base.prune.sparsity).toBe(0);
    expect(next.quant).toBe(base.quant); // untouched groups are shared, not copied
  });

  it('clamps to the range and rounds integers', () => {
    expect(setParam(base, 'prune.sparsity', 1.5).prune.sparsity).toBe(0.999);
    expect(setParam(base, 'prune.sparsity', -1).prune.sparsity).toBe(0);
    expect(setParam(base, 'trainSize', 123.6).trainSize).toBe(124);
    expect(setParam(base, 'trainSize', 10).trainSize).toBe(100);
    expect(setParam(base, 'teacher.epochs', 1e9).teacher.epochs).toBe(200);
  });

  it('removes float noise', () => {
    expect(setParam(base, 'prune.sparsity', 0.1 + 0.2).prune.sparsity).toBe(0.3);
  });

  it('snaps bits to an allowed value', () => {
    expect(setParam(base, 'quant.bits', 4).quant.bits).toBe(4);
    expect(setParam(base, 'quant.bits', 9).quant.bits).toBe(8);
    expect(setParam(base, 'quant.bits', 30).quant.bits).toBe(32);
    expect(setParam(base, 'quant.bits', 100).quant.bits).toBe(32);
  });

  it('leaves the config unchanged for a bad enum, arch or NaN', () => {
    const bogus = 'bogus' as ExperimentConfig['prune']['method'];
    expect(setParam(base, 'prune.method', bogus)).toBe(base);
    expect(setParam(base, 'teacher.arch', 'mlp:0')).toBe(base);
    expect(setParam(base, 'train.lr', Number.NaN)).toBe(base);
    expect(setParam(base, 'unknown' as ParamKey, 1 as never)).toBe(base);
  });

  it('accepts null for the student trainSize only', () => {
    const set = setParam(base, 'student.trainSize', 500);
    expect(set.student.trainSize).toBe(500);
    expect(setParam(set, 'student.trainSize', null).student.trainSize).toBeNull();
    expect(setParam(base, 'trainSize', null as never)).toBe(base);
  });
});

describe('effectiveStudentTrainSize', () => {
  it('follows trainSize unless set', () => {
    const c = setParam(defaultConfig(), 'trainSize', 2000);
    expect(effectiveStudentTrainSize(c)).toBe(2000);
    expect(effectiveStudentTrainSize(setParam(c, 'student.trainSize', 300))).toBe(300);
  });
});
