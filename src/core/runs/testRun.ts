import { defaultConfig, setParam } from '../config';
import type { CommittedPoint } from '../experiment/compress/types';
import type { SavedRun } from './types';

/** A valid saved run for tests; `over` replaces top-level fields. */
export function testRun(over: Partial<SavedRun> = {}): SavedRun {
  return {
    id: 'run-a',
    name: 'mnist · mlp:32',
    kind: 'teacher',
    createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    config: setParam(setParam(defaultConfig(), 'teacher.arch', 'mlp:32'), 'trainSize', 1000),
    backend: { name: 'wasm', adapter: null, isFallbackAdapter: false },
    teacher: { accuracy: 0.9123, params: 25450, sizeBytes: 101800, trainMs: 1234.5 },
    student: null,
    scratchStudent: null,
    curves: {
      step: [{ step: 1, epoch: 0.1, loss: 2.3, accuracy: 0.1 }],
      epoch: [{ epoch: 1, loss: 0.5, trainAccuracy: 0.85, previewAccuracy: 0.84 }],
    },
    points: [],
    ...over,
  };
}

/** A committed compression point as the compression engine reports one. */
export function testPoint(id = 'p1', over: Partial<CommittedPoint['point']> = {}): CommittedPoint {
  return {
    id,
    createdAt: 1_700_000_000_000,
    point: {
      target: 'teacher',
      form: 'commit',
      technique: 'combined',
      accuracy: 0.9,
      denseAccuracy: 0.91,
      evaluatedOn: 'test',
      examples: 10000,
      sizeBytes: 12000,
      denseBytes: 101800,
      ratio: 8.48,
      sparsity: 0.9,
      bits: 4,
      rank: 1,
      params: 2545,
      breakdown: {
        values: 8000,
        positions: 3000,
        scales: 100,
        codebook: 0,
        headers: 60,
        biases: 840,
        huffmanSaving: 0,
        total: 12000,
        denseFp32: 101800,
        ratio: 8.48,
        positionEncoding: 'bitmask',
      },
      layers: [
        {
          name: 'dense0',
          shape: [784, 32],
          weights: 25088,
          kept: 2509,
          sparsity: 0.9,
          bits: 4,
          bytes: 11000,
        },
      ],
      settings: { 'prune.sparsity': '0.9', 'quant.bits': '4' },
      ms: 42,
      ...over,
    },
  };
}
