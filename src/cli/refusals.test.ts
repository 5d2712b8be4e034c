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

  it('refuses attention transfer from an mlp teacher the same way', async () => {
    let stderr = '';
    const code = await main(
      ['run', '--config', 'teacher.arch=mlp:30&student.arch=vit:p7-d16-h2-l1&distill.attention=1'],
      { stdout: () => {}, stderr: (t) => void (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      'refused: distill.attention=1: mlp:30 has no attention maps: attention transfer needs a vit: teacher and a vit: student\n',
    );
  });
});
