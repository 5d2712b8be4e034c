import { describe, expect, it } from 'vitest';
import { parseQuery } from '../config';
import { checkCompression } from './registry';

const check = (query: string) => {
  const { config, notices } = parseQuery(query);
  expect(notices).toEqual([]);
  return checkCompression(config);
};
const refused = (query: string) => check(query).refusals.map((r) => `${r.key}=${r.value}`);

describe('compression rules for a vision transformer', () => {
  const vit = 'teacher.arch=vit:p7-d32-h4-l2';

  it('runs weight pruning and quantization as for any model', () => {
    expect(refused(`${vit}&prune.sparsity=0.5&quant.bits=4`)).toEqual([]);
    expect(refused(`${vit}&prune.granularity=2:4`)).toEqual([]);
  });

  it('runs wanda on the linear layers (per output unit, layer scope)', () => {
    expect(refused(`${vit}&prune.sparsity=0.5&prune.method=wanda`)).toEqual([]);
  });

  it('refuses neuron pruning, low rank and synflow, with reasons', () => {
    expect(
      refused(`${vit}&prune.sparsity=0.5&prune.granularity=neuron&prune.method=unit-l1`),
    ).toContain('prune.granularity=neuron');
    expect(refused(`${vit}&lowrank.rank=0.5`)).toContain('lowrank.rank=0.5');
    expect(refused(`${vit}&prune.sparsity=0.5&prune.method=synflow`)).toEqual([
      'prune.method=synflow',
    ]);
    // The same keys on an MLP target are not refused for being a transformer.
    expect(refused('prune.sparsity=0.5&prune.method=synflow')).toEqual([]);
    // The rules follow the target: a vit teacher with an mlp student target is an mlp.
    expect(refused(`${vit}&target=student&lowrank.rank=0.5`)).toEqual([]);
  });
});

describe('head pruning rules', () => {
  const heads = 'teacher.arch=vit:p7-d32-h4-l2&prune.granularity=head&prune.sparsity=0.5';

  it('runs with the gate gradient, the output norm or random order, one shot', () => {
    for (const method of ['taylor', 'magnitude', 'random'])
      expect(refused(`${heads}&prune.method=${method}`)).toEqual([]);
  });

  it('refuses scores that rank weights, training schedules, pruning at init, and non-vit targets', () => {
    for (const method of ['wanda', 'synflow', 'unit-l1'])
      expect(refused(`${heads}&prune.method=${method}`)).toEqual([`prune.method=${method}`]);
    expect(refused(`${heads}&prune.schedule=iterative`)).toEqual(['prune.schedule=iterative']);
    expect(refused(`${heads}&prune.at=init`)).toContain('prune.at=init');
    expect(refused('prune.granularity=head&prune.sparsity=0.5')).toEqual([
      'prune.granularity=head',
    ]);
  });
});
