import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { createRng } from '../random';
import { attentionMaps, meanSpread } from './attentionMaps';
import { Network } from './network';
import { buildSpec } from './spec';

beforeAll(async () => {
  await initBackend('wasm');
});

describe('attention maps', () => {
  it('mean spread: 0 for one patch, the mean distance for two', () => {
    expect(meanSpread([0, 0, 0, 1], 2)).toBe(0);
    // Two opposite corners of a 2×2 grid, equal weights: centre (0.5, 0.5), each √½ away.
    expect(meanSpread([0.5, 0, 0, 0.5], 2)).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it('gives the class token row of every head and block, one map per head, no leaks', () => {
    const net = Network.create(buildSpec('vit:p4-d8-h2-l2', [8, 8, 1], 3), createRng(4));
    const n = 3;
    const x = new Uint8Array(n * 64).map((_, i) => (i * 37) % 256);
    const split = { x, y: new Uint8Array([2, 0, 1]), n, scale: 1 / 255 };
    const before = tf.memory().numTensors;
    const out = attentionMaps(net, split, 7);
    expect(tf.memory().numTensors).toBe(before);
    if (!out) throw new Error('a vit has maps');
    expect(out.index).toBe(2); // clamped into the split
    expect(out.label).toBe(1);
    expect([out.layers, out.heads, out.grid, out.side]).toEqual([2, 2, 2, 8]);
    expect(out.maps.length).toBe(2 * 2 * 4);
    expect(out.image[1]).toBeCloseTo((((2 * 64 + 1) * 37) % 256) / 255, 6);
    // Each head's full row sums to 1; without the class token's own share, to less.
    for (let m = 0; m < 4; m++) {
      const sum = out.maps.subarray(m * 4, m * 4 + 4).reduce((a, b) => a + b, 0);
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThan(1);
    }
    net.dispose();
  });

  it('is null for a network that is not a transformer', () => {
    const net = Network.create(buildSpec('mlp:4', [2], 2), createRng(1));
    expect(
      attentionMaps(net, { x: new Float32Array(2), y: new Uint8Array(1), n: 1, scale: 1 }, 0),
    ).toBeNull();
    net.dispose();
  });
});
