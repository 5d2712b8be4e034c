import { describe, expect, it } from 'vitest';
import { findParam, parseQuery } from '../config';
import {
  checkCompression,
  COMPRESSION_METHODS,
  methodsOfKind,
  QUANT_MODE_NAMES,
  SCHEDULE_NAMES,
  SCORE_NAMES,
} from './registry';

const check = (query: string) => {
  const { config, notices } = parseQuery(query);
  expect(notices).toEqual([]);
  return checkCompression(config);
};

describe('registry', () => {
  it('lists unique methods, each with a description and the config keys it reads', () => {
    const names = COMPRESSION_METHODS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of COMPRESSION_METHODS) {
      expect(m.describe.length, m.name).toBeGreaterThan(10);
      for (const key of m.keys) expect(findParam(key), `${m.name}: ${key}`).toBeDefined();
    }
    expect(methodsOfKind('factoriser').map((m) => m.name)).toEqual(['svd']);
    expect(methodsOfKind('score').map((m) => m.name)).toEqual([
      'magnitude',
      'random',
      'taylor',
      'synflow',
      'wanda',
      'unit-l1',
      'unit-l2',
    ]);
  });

  it('drives the PARAMS enums', () => {
    expect(findParam('prune.method')?.options).toEqual(SCORE_NAMES);
    expect(findParam('prune.schedule')?.options).toEqual(SCHEDULE_NAMES);
    expect(findParam('quant.mode')?.options).toEqual(QUANT_MODE_NAMES);
    expect(QUANT_MODE_NAMES).toEqual(['ptq', 'qat', 'kmeans', 'pq']);
  });
});

describe('checkCompression: refused combinations name their reason', () => {
  it.each([
    [
      'prune.sparsity=0.5&prune.schedule=gradual&prune.finetuneEpochs=2&prune.init=rewind',
      'prune.schedule',
      /init must be keep/,
    ],
    ['prune.sparsity=0.5&prune.schedule=gradual', 'prune.schedule', /finetuneEpochs ≥ 1/],
    [
      'prune.granularity=2:4&prune.schedule=iterative&prune.finetuneEpochs=1',
      'prune.schedule',
      /2:4/,
    ],
    [
      'prune.granularity=2:4&prune.schedule=gradual&prune.finetuneEpochs=1',
      'prune.schedule',
      /2:4/,
    ],
    [
      'prune.sparsity=0.5&prune.granularity=neuron&prune.schedule=iterative&prune.finetuneEpochs=1',
      'prune.schedule',
      /neuron/,
    ],
    ['prune.sparsity=0.5&prune.schedule=iterative', 'prune.schedule', /finetuneEpochs ≥ 1/],
    ['prune.sparsity=0.5&prune.init=rewind&lowrank.rank=0.5', 'prune.init', /factorised/],
    ['prune.sparsity=0.5&prune.init=reinit&lowrank.rank=0.5', 'prune.init', /factorised/],
    ['prune.sparsity=0.5&prune.at=init&lowrank.rank=0.5', 'prune.at', /factorisation/],
    ['prune.sparsity=0.5&prune.at=init&prune.init=rewind', 'prune.schedule', /already trains/],
    [
      'prune.sparsity=0.5&prune.at=init&prune.schedule=iterative&prune.finetuneEpochs=1',
      'prune.schedule',
      /cuts once/,
    ],
    ['prune.sparsity=0.5&prune.method=unit-l2', 'prune.method', /granularity=neuron/],
    [
      'prune.sparsity=0.5&prune.method=synflow&prune.granularity=neuron',
      'prune.method',
      /single weights/,
    ],
    ['prune.sparsity=0.5&prune.method=wanda&prune.scope=global', 'prune.method', /scope=layer/],
    ['prune.sparsity=0.5&prune.method=wanda&prune.at=init', 'prune.method', /trained weights/],
    [
      'prune.sparsity=0.5&prune.method=wanda&prune.granularity=neuron',
      'prune.method',
      /within a unit/,
    ],
    ['quant.bits=4&quant.mode=qat&quant.epochs=0', 'quant.mode', /trains nothing/],
    ['quant.bits=4&quant.noise=0.5', 'quant.noise', /quant.mode=qat/],
    [
      'quant.bits=4&quant.mode=pq&quant.noise=0.5&quant.epochs=0',
      'quant.noise',
      /quant.epochs ≥ 1/,
    ],
  ])('%s', (query, key, reason) => {
    const { refusals } = check(query);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0].key).toBe(key);
    expect(refusals[0].text).toMatch(reason);
  });

  it.each([
    'prune.sparsity=0.5&prune.method=unit-l2&prune.granularity=neuron',
    'prune.sparsity=0.5&prune.method=random&prune.schedule=gradual&prune.finetuneEpochs=1',
    'prune.sparsity=0.5&prune.schedule=iterative&prune.init=rewind',
    'prune.sparsity=0.5&prune.at=init&prune.method=synflow',
    'prune.sparsity=0.5&prune.at=init&prune.init=reinit',
    'prune.granularity=2:4&prune.method=wanda',
    'quant.bits=2&quant.mode=qat&quant.noise=0.25',
    'quant.bits=3&quant.mode=pq&quant.pqBlock=16&quant.epochs=1',
    'quant.bits=8&quant.mode=pq&quant.epochs=1&quant.noise=0.5',
    'lowrank.rank=0.3&prune.sparsity=0.5&quant.bits=4',
  ])('runs %s', (query) => {
    expect(check(query).refusals).toEqual([]);
  });

  it('says when a key has no effect instead of ignoring it silently', () => {
    const { notes } = check('prune.sparsity=0.5&prune.init=rewind&prune.finetuneEpochs=2');
    expect(notes.map((n) => n.text).join(' ')).toMatch(/retrainEpochs/);
  });
});
