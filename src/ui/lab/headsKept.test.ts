import { describe, expect, it } from 'vitest';
import { defaultConfig, setParam } from '../../core/config';
import { headsKept, sparsityForKept, targetHeads } from './headsKept';

describe('heads kept', () => {
  it('counts the target ViT heads; none for an mlp', () => {
    const vit = setParam(defaultConfig(), 'teacher.arch', 'vit:p7-d32-h4-l2');
    expect(targetHeads(vit)).toEqual({ total: 8, min: 2 });
    expect(targetHeads(setParam(vit, 'target', 'student'))).toBeNull();
  });

  it('maps every kept count to a sparsity that prunes back to it', () => {
    const base = setParam(defaultConfig(), 'prune.granularity', 'head');
    for (const total of [2, 3, 8, 12, 48])
      for (let kept = 1; kept <= total; kept++) {
        const s = sparsityForKept(kept, total);
        expect(headsKept(setParam(base, 'prune.sparsity', s), total, 1)).toBe(kept);
      }
    expect(sparsityForKept(3, 8)).toBe(0.63);
    // Weight pruning keeps every head.
    expect(headsKept(setParam(defaultConfig(), 'prune.sparsity', 0.5), 8, 2)).toBe(8);
  });
});
