import { describe, expect, it } from 'vitest';
import { defaultConfig, type ExperimentConfig } from '../config';
import { checkRunMemory, describeMemoryRefusal } from './memoryCheck';

const MiB = 1024 * 1024;

function config(arch: string, batchSize: number, trainSize = 60000): ExperimentConfig {
  const base = defaultConfig();
  return {
    ...base,
    dataset: 'mnist',
    trainSize,
    teacher: { ...base.teacher, arch },
    train: { ...base.train, batchSize },
  };
}

describe('checkRunMemory', () => {
  it('lets the default lesson through, counting the data the worker holds', () => {
    const check = checkRunMemory(config('mlp:300-100', 128, 10000), 'teacher', 'webgpu');
    expect(check.over).toBeNull();
    expect(check.suggestion).toBeNull();
    // 60000 + 10000 loaded images, plus the 10000-image training subset, 784 bytes each
    expect(check.estimate.datasetBytes).toBe(80000 * 784);
  });

  it('lets the widest MLP the schema allows through on every backend', () => {
    const widest = config('mlp:2048-2048-2048-2048', 1024);
    for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu'] as const)
      expect(checkRunMemory(widest, 'teacher', backend).over).toBeNull();
  });

  it('refuses the biggest CNN at batch 1024 on a GPU and suggests the largest batch that fits', () => {
    const check = checkRunMemory(config('cnn:64-64-64-64', 1024), 'teacher', 'webgpu');
    expect(check.over).toBe('total');
    expect(check.estimate.totalBytes).toBeGreaterThan(512 * MiB);
    expect(check.suggestion).toEqual({ key: 'train.batchSize', value: 512 });
    const suggested = checkRunMemory(config('cnn:64-64-64-64', 512), 'teacher', 'webgpu');
    expect(suggested.over).toBeNull();
    expect(describeMemoryRefusal(check)).toMatch(
      /^This run needs about \d+ MiB \(weights .*activations .*\), but the webgpu backend allows 512 MiB\. Try train\.batchSize=512\.$/,
    );
  });

  it('refuses a tensor over the WebGPU binding limit even when the total fits', () => {
    const c = config('cnn:64', 512);
    expect(checkRunMemory(c, 'teacher', 'webgpu', 64 * MiB).over).toBe('tensor');
    expect(checkRunMemory(c, 'teacher', 'webgpu', 128 * MiB).over).toBeNull();
    expect(checkRunMemory(c, 'teacher', 'webgl', 64 * MiB).over).toBeNull();
  });

  it('narrows the net when even the smallest batch does not fit', () => {
    const check = checkRunMemory(config('cnn:64-64', 8), 'teacher', 'webgpu', 1 * MiB);
    // batch 8: conv1 output 8·28·28·64·4 = 1.6 MB > 1 MiB; 32 filters: 0.8 MB fits
    expect(check.over).toBe('tensor');
    expect(check.suggestion).toEqual({ key: 'teacher.arch', value: 'cnn:32-32' });
  });

  it('counts the frozen teacher and its cached logits for a students run', () => {
    const c = {
      ...config('mlp:300-100', 128, 10000),
      student: { ...defaultConfig().student, arch: 'mlp:30', trainSize: null },
    };
    const e = checkRunMemory(c, 'students', 'wasm').estimate;
    // student 784·30+30 + 30·10+10 = 23860; teacher 266610; logits 10000·10
    expect(e.params).toBe(23_860);
    expect(e.extraBytes).toBe((266_610 + 23_860 + 100_000) * 4);
  });

  it('counts the hidden states and attention maps the students cache', () => {
    const base = defaultConfig();
    const c: ExperimentConfig = {
      ...config('vit:p4-d32-h4-l2', 64, 10000),
      student: { ...base.student, arch: 'vit:p4-d16-h2-l1', trainSize: null },
      distill: { ...base.distill, hidden: 0.5, attention: 1 },
    };
    const plain = checkRunMemory(
      { ...c, distill: { ...c.distill, hidden: 0, attention: 0 } },
      'students',
      'wasm',
    ).estimate;
    const both = checkRunMemory(c, 'students', 'wasm').estimate;
    // Per transfer example: the teacher's class token (32 floats) and, for the student's one
    // block, a (49 patches + class token)² map: 32 + 50² = 2,532 floats, for 10,000 examples.
    expect(both.extraBytes - plain.extraBytes).toBe(10_000 * (32 + 50 * 50) * 4);
  });
});

describe('assertFitsMemory (the worker side)', () => {
  it('throws a RunError with code memory and the estimate', async () => {
    const { assertFitsMemory } = await import('./trainTeacher');
    const huge = config('cnn:64-64-64-64', 1024);
    let error: unknown = null;
    try {
      assertFitsMemory(huge, 'teacher', 'webgl');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'RunError', code: 'memory' });
    expect(String((error as Error).message)).toMatch(
      /needs about \d+ MiB.*Try train\.batchSize=512/,
    );
    expect(() => assertFitsMemory(huge, 'teacher', 'cpu')).not.toThrow();
  });
});
