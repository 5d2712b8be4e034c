import { describe, expect, it } from 'vitest';
import * as compress from './index';
import { COMPRESSION_METHODS, methodsOfKind } from './registry';

describe('registry', () => {
  it('lists unique methods of each kind', () => {
    const names = COMPRESSION_METHODS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(methodsOfKind('lowrank').map((m) => m.name)).toEqual(['svd']);
    expect(methodsOfKind('prune').length).toBeGreaterThan(5);
  });

  it('the index re-exports the main entry points', () => {
    for (const name of [
      'magnitudeScores',
      'globalMasks',
      'quantizeUniform',
      'fakeQuantizeTensor',
      'kmeansQuantize',
      'truncatedSvd',
      'encodeModel',
      'decodeModel',
      'sizeBreakdown',
    ]) {
      expect(typeof (compress as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
