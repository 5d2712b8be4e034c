import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import {
  applySettings,
  fullRunBlocker,
  fullRunChanges,
  isDenseSetting,
  settingsKey,
} from './compressSettings';

describe('applySettings', () => {
  it('restores numbers and options from query-string text', () => {
    const config = applySettings(defaultConfig(), {
      'prune.sparsity': '0.9',
      'quant.bits': '4',
      'prune.granularity': '2:4',
      'lowrank.rank': '0.25',
      target: 'student',
    });
    expect(config.prune.sparsity).toBe(0.9);
    expect(config.quant.bits).toBe(4);
    expect(config.prune.granularity).toBe('2:4');
    expect(config.lowrank.rank).toBe(0.25);
    expect(config.target).toBe('student');
  });

  it('skips unknown keys, unreadable numbers and bad options, keeping the current value', () => {
    const start = applySettings(defaultConfig(), { 'prune.sparsity': '0.5' });
    const config = applySettings(start, {
      'prune.sparsity': 'lots',
      'quant.bits': '',
      'prune.method': 'psychic',
      bogus: '1',
    });
    expect(config.prune.sparsity).toBe(0.5);
    expect(config.quant.bits).toBe(32);
    expect(config.prune.method).toBe('magnitude');
  });

  it('repairs values the way a control would (bits snap to an allowed width)', () => {
    expect(applySettings(defaultConfig(), { 'quant.bits': '12' }).quant.bits).toBe(8);
  });
});

describe('settingsKey', () => {
  it('is the same for the same pairs in any order', () => {
    expect(settingsKey({ b: '2', a: '1' })).toBe('a=1&b=2');
    expect(settingsKey({ a: '1', b: '2' })).toBe(settingsKey({ b: '2', a: '1' }));
  });
});

describe('full runs', () => {
  it('turn on what each button promises', () => {
    const c = defaultConfig();
    expect(fullRunChanges(c, 'finetune')).toEqual([['prune.finetuneEpochs', 2]]);
    expect(fullRunChanges(c, 'schedule')).toEqual([
      ['prune.schedule', 'iterative'],
      ['prune.finetuneEpochs', 2],
    ]);
    expect(fullRunChanges(c, 'qat')).toEqual([['quant.mode', 'qat']]);
    expect(fullRunChanges(c, 'kmeans')).toEqual([['quant.mode', 'kmeans']]);
  });

  it('keep a schedule and epochs the user chose', () => {
    const c = applySettings(defaultConfig(), {
      'prune.schedule': 'gradual',
      'prune.finetuneEpochs': '5',
    });
    expect(fullRunChanges(c, 'schedule')).toEqual([
      ['prune.schedule', 'gradual'],
      ['prune.finetuneEpochs', 5],
    ]);
  });

  it('are blocked when there is nothing to prune or quantize', () => {
    const c = defaultConfig();
    expect(fullRunBlocker(c, 'finetune')).toBe('needs-sparsity');
    expect(fullRunBlocker(c, 'kmeans')).toBe('needs-bits');
    const set = applySettings(c, { 'prune.sparsity': '0.5', 'quant.bits': '4' });
    expect(fullRunBlocker(set, 'schedule')).toBeNull();
    expect(fullRunBlocker(set, 'qat')).toBeNull();
  });
});

describe('isDenseSetting', () => {
  it('is true only when nothing is compressed', () => {
    expect(isDenseSetting(defaultConfig())).toBe(true);
    expect(isDenseSetting(applySettings(defaultConfig(), { 'lowrank.rank': '0.5' }))).toBe(false);
  });
});
