import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { initBackend } from './backend';
import { pickWinner, type RaceEntry, type RaceModel } from './backendRace';

const timed = (backend: RaceEntry['backend'], ms: number, softwareAdapter?: string): RaceEntry => ({
  backend,
  msPerStep: ms,
  steps: 3,
  outcome: 'timed',
  ...(softwareAdapter ? { softwareAdapter } : {}),
});
const untimed = (backend: RaceEntry['backend'], outcome: 'over-budget' | 'failed', sw?: string) =>
  ({
    backend,
    msPerStep: null,
    steps: 0,
    outcome,
    ...(sw ? { softwareAdapter: sw } : {}),
  }) as RaceEntry;

describe('pickWinner', () => {
  it('picks the fastest timed backend, a software GPU included when it is faster', () => {
    expect(
      pickWinner([timed('webgpu', 40, 'SwiftShader'), timed('webgl', 9), timed('wasm', 12)]),
    ).toBe('webgl');
    expect(pickWinner([timed('webgpu', 3, 'SwiftShader'), timed('wasm', 12)])).toBe('webgpu');
  });

  it('never picks a software GPU for its name when nothing was timed, nor a failed backend', () => {
    expect(
      pickWinner([untimed('webgpu', 'over-budget', 'SwiftShader'), untimed('wasm', 'over-budget')]),
    ).toBe('wasm');
    expect(
      pickWinner([untimed('webgpu', 'over-budget', 'SwiftShader'), untimed('wasm', 'failed')]),
    ).toBe('webgpu');
    expect(pickWinner([untimed('webgpu', 'failed'), untimed('wasm', 'failed')])).toBeNull();
  });
});

describe('auto: the calibration race', () => {
  const model: RaceModel = { arch: 'mlp:16', inputShape: [2], numClasses: 3, batchSize: 32 };

  it('times the actual model on every backend that starts, picks the fastest, leaks nothing, and is reused on the same device', async () => {
    await tf.ready();
    const before = tf.memory().numTensors;
    const info = await initBackend('auto', new Map(), { race: model });
    const race = info.race!;
    // Node has neither WebGPU nor WebGL: both are listed with why, and wasm is timed and wins.
    expect(race.entries.map((e) => [e.backend, e.outcome])).toEqual([
      ['webgpu', 'failed'],
      ['webgl', 'failed'],
      ['wasm', 'timed'],
    ]);
    expect(race.entries[0].reason).toMatch(/navigator\.gpu/);
    expect(race.entries[2].msPerStep).toBeGreaterThan(0);
    expect(race.entries[2].steps).toBeGreaterThanOrEqual(1);
    expect(race).toMatchObject({ winner: 'wasm', model: 'mlp:16 · batch 32', remembered: false });
    expect(info.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(tf.memory().numTensors).toBe(before);

    // Remembered for this device: no race, the same winner, marked as remembered.
    const again = await initBackend('auto', new Map(), { race: model, remembered: race });
    expect(again.race).toEqual({ ...race, remembered: true });
    // Remembered for another device: raced afresh.
    const elsewhere = await initBackend('auto', new Map(), {
      race: model,
      remembered: { ...race, deviceKey: 'another browser', winner: 'webgl' },
    });
    expect(elsewhere.race?.remembered).toBe(false);
    expect(elsewhere.name).toBe('wasm');
  });
});
