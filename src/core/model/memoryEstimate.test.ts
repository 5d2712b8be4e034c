import { describe, expect, it } from 'vitest';
import {
  activationFloats,
  estimateTrainingMemory,
  memoryBudget,
  overBudget,
} from './memoryEstimate';
import { buildSpec } from './spec';

const mnist = [28, 28, 1];

describe('estimateTrainingMemory', () => {
  it('counts LeNet-300-100 at batch 128 by hand', () => {
    const e = estimateTrainingMemory({
      spec: buildSpec('mlp:300-100', mnist, 10),
      batchSize: 128,
      datasetBytes: 0,
    });
    // 784·300+300 + 300·100+100 + 100·10+10
    expect(e.params).toBe(266_610);
    expect(e.weightsBytes).toBe(1_066_440);
    expect(e.optimizerBytes).toBe(2_132_880); // Adam: m and v
    expect(e.gradientBytes).toBe(1_066_440);
    // Per example: input 784 + 2·300 + 2·100 + 2·10 = 1604, plus one gradient the size of the
    // largest (the 784 inputs) = 2388 floats; × 128 × 4 bytes.
    expect(e.activationBytes).toBe(1_222_656);
    // The largest tensor is fc1's 784×300 weights, not the 128×784 batch.
    expect(e.largestTensorBytes).toBe(940_800);
    expect(e.totalBytes).toBe(4 * 1_066_440 + 1_222_656);
  });

  it('counts a small CNN by hand: conv outputs before and after pooling', () => {
    const spec = buildSpec('cnn:8-16', mnist, 10);
    // conv1 3·3·1·8+8 = 80, conv2 3·3·8·16+16 = 1168, fc 7·7·16·10+10 = 7850
    const e = estimateTrainingMemory({ spec, batchSize: 64, datasetBytes: 1000 });
    expect(e.params).toBe(9_098);
    // 784 + 2·6272 + 1568 + 2·3136 + 784 + 2·10 = 21972, + largest 6272 = 28244 per example
    expect(activationFloats(spec, 64)).toEqual({ total: 28_244 * 64, largest: 6_272 * 64 });
    expect(e.activationBytes).toBe(7_230_464);
    expect(e.largestTensorBytes).toBe(1_605_632); // conv1's output for the batch
    expect(e.datasetBytes).toBe(1000);
    expect(e.totalBytes).toBe(9_098 * 16 + 7_230_464 + 1000);
  });

  it('adds frozen models and cached values as weights only', () => {
    const spec = buildSpec('mlp:4', [2], 2); // 2·4+4 + 4·2+2 = 22 params
    const e = estimateTrainingMemory({
      spec,
      batchSize: 8,
      datasetBytes: 0,
      frozenParams: 100,
      extraFloats: 50,
    });
    expect(e.params).toBe(22);
    expect(e.extraBytes).toBe(600);
    // per example 2 + 8 + 4 = 14, + largest 4 = 18 floats
    expect(e.activationBytes).toBe(18 * 8 * 4);
    expect(e.totalBytes).toBe(22 * 16 + 18 * 8 * 4 + 600);
  });
});

describe('overBudget', () => {
  const e = estimateTrainingMemory({
    spec: buildSpec('mlp:300-100', mnist, 10),
    batchSize: 128,
    datasetBytes: 0,
  });

  it('compares the total with the backend budget', () => {
    expect(overBudget(e, { totalBytes: e.totalBytes, maxTensorBytes: null })).toBeNull();
    expect(overBudget(e, { totalBytes: e.totalBytes - 1, maxTensorBytes: null })).toBe('total');
  });

  it('checks the largest tensor against a WebGPU binding limit only', () => {
    expect(overBudget(e, memoryBudget('webgpu', 940_799))).toBe('tensor');
    expect(overBudget(e, memoryBudget('webgpu', 940_800))).toBeNull();
    expect(memoryBudget('webgl', 1).maxTensorBytes).toBeNull();
    expect(memoryBudget('wasm').totalBytes).toBe(1024 * 1024 * 1024);
  });
});
