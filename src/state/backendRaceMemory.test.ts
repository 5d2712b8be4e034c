import { describe, expect, it } from 'vitest';
import type { BackendRace } from '../core/backendRace';
import { readRace, writeRace } from './backendRaceMemory';

const race: BackendRace = {
  entries: [
    {
      backend: 'webgpu',
      msPerStep: null,
      steps: 0,
      outcome: 'over-budget',
      shareMs: 333,
      softwareAdapter: 'SwiftShader',
    },
    { backend: 'wasm', msPerStep: 4.2, steps: 5, outcome: 'timed', shareMs: 500 },
  ],
  winner: 'wasm',
  model: 'mlp:300-100 · batch 128',
  budgetMs: 1000,
  elapsedMs: 870,
  deviceKey: 'UA | 2 threads | SwiftShader',
  remembered: true,
};

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
};

describe('the remembered race', () => {
  it('round-trips, stored as a fresh race', () => {
    const storage = memoryStorage();
    writeRace(storage, race);
    expect(readRace(storage)).toEqual({ ...race, remembered: false });
  });

  it('is null when storage is missing, refuses, or holds something odd', () => {
    expect(readRace(undefined)).toBeNull();
    expect(
      readRace({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeNull();
    const storage = memoryStorage();
    storage.setItem('compression-lab:backend-race', '{"winner":"quantum"}');
    expect(readRace(storage)).toBeNull();
    storage.setItem('compression-lab:backend-race', 'not json');
    expect(readRace(storage)).toBeNull();
  });
});
