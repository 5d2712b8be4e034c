import { describe, expect, it } from 'vitest';
import { main } from './main';

describe('CLI: a refused combination', () => {
  it('exits 2 with the English reason on stderr and in compressed.notes, before any training', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['run', '--json', '--config', 'prune.sparsity=0.5&prune.method=unit-l2&trainSize=500'],
      { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    );
    const line =
      'prune.method=unit-l2: unit-l2 scores whole units: it needs prune.granularity=neuron';
    expect(code).toBe(2);
    expect(stderr).toBe(`refused: ${line}\n`);
    expect(JSON.parse(stdout)).toEqual({ compressed: { refused: true, notes: [line] } });
  });
});
