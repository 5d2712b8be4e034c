import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { formatArch, parseArch } from '../config/arch';
import type { DataSplit } from '../data/types';
import { createRng } from '../random';
import { evaluateAccuracy } from '../train/evaluate';
import { trainNetwork } from '../train/trainLoop';
import type { AttnSpec } from './layers';
import { Network } from './network';
import { buildSpec, specParamCount } from './spec';
import { layerNorm, multiHeadAttention } from './vitForward';

beforeAll(async () => {
  await initBackend('wasm');
});

const attn = (role: AttnSpec['role']) => ({
  spec: { kind: 'attn', name: role, role, dim: 2, heads: 2, headDim: 1 } as AttnSpec,
  weights: tf.tensor2d([
    [1, 0],
    [0, 1],
  ]),
  bias: tf.zeros([2]),
});

describe('multi-head self-attention', () => {
  it('matches a hand-computed case: two tokens, two heads of width 1, identity projections', () => {
    const before = tf.memory().numTensors;
    const e = Math.E;
    const out = tf.tidy(() => {
      // Head 0 sees feature 0: scores [[1,0],[0,0]] → rows softmax [e,1]/(e+1) and [½,½];
      // values [1,0] → outputs e/(e+1) and ½. Head 1 mirrors it on feature 1.
      const x = tf.tensor3d([
        [
          [1, 0],
          [0, 1],
        ],
      ]);
      const [q, k, v, o] = (['q', 'k', 'v', 'o'] as const).map(attn);
      const plain = multiHeadAttention(x, q, k, v, o, null);
      const gated = multiHeadAttention(x, q, k, v, o, tf.tensor1d([1, 0]));
      return [plain.out.arraySync(), plain.probs.arraySync(), gated.out.arraySync()];
    });
    const [plain, probs, gated] = out as [number[][][], number[][][][], number[][][]];
    const s = e / (e + 1);
    expect(plain[0][0][0]).toBeCloseTo(s, 6);
    expect(plain[0][0][1]).toBeCloseTo(0.5, 6);
    expect(plain[0][1][0]).toBeCloseTo(0.5, 6);
    expect(plain[0][1][1]).toBeCloseTo(s, 6);
    expect(probs[0][0][0][0]).toBeCloseTo(s, 6);
    expect(probs[0][1][1][1]).toBeCloseTo(s, 6);
    // Gate 0 on head 1: its column is gone, head 0's is unchanged.
    expect(gated[0][0][0]).toBeCloseTo(s, 6);
    expect(gated[0][0][1]).toBe(0);
    expect(gated[0][1][1]).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('layer norm: zero mean, unit variance, then gain and shift', () => {
    const y = tf.tidy(() =>
      layerNorm(
        tf.tensor2d([[1, 2, 3]]),
        tf.tensor1d([1, 2, 1]),
        tf.tensor1d([0, 0, 5]),
      ).arraySync(),
    ) as number[][];
    const sd = Math.sqrt(2 / 3 + 1e-5);
    expect(y[0][0]).toBeCloseTo(-1 / sd, 5);
    expect(y[0][1]).toBeCloseTo(0, 6);
    expect(y[0][2]).toBeCloseTo(1 / sd + 5, 5);
  });
});

describe('vit architectures', () => {
  it('vit:p7-d32-h4-l2 on MNIST has 19,658 parameters, counted layer by layer', () => {
    const spec = buildSpec('vit:p7-d32-h4-l2', [28, 28, 1], 10);
    // patch 49·32+32, tokens 17·32+32, per block 2 norms 4·32, q k v o 4·(32·32+32),
    // mlp 32·64+64 + 64·32+32; final norm 64, head 32·10+10.
    const block = 4 * 32 + 4 * (32 * 32 + 32) + 32 * 64 + 64 + 64 * 32 + 32;
    expect(specParamCount(spec)).toBe(1600 + 576 + 2 * block + 64 + 330);
    expect(specParamCount(spec)).toBe(19658);
    expect(spec.layers.map((l) => l.name).slice(0, 4)).toEqual([
      'patch',
      'tokens',
      'b1.ln1',
      'b1.q',
    ]);
  });

  it('refuses what it cannot build, saying why', () => {
    expect(formatArch(parseArch('vit:p7-d32-h4-l2'))).toBe('vit:p7-d32-h4-l2');
    expect(parseArch('vit:p4-d64-h8-l4').vit).toEqual({ patch: 4, dim: 64, heads: 8, layers: 4 });
    expect(() => parseArch('vit:p7-d30-h4-l2')).toThrow(/split evenly into 4 heads/);
    expect(() => parseArch('vit:p7-d32-h4')).toThrow(/vit:pP-dD-hH-lL/);
    expect(() => buildSpec('vit:p5-d32-h4-l2', [28, 28, 1], 10)).toThrow(/does not divide/);
    expect(() => buildSpec('vit:p7-d32-h4-l2', [2], 2)).toThrow(/square images/);
  });
});

/** 8×8 images: class 1 has a bright bar in the top half, class 0 in the bottom half. */
function bars(n: number, seed: number): DataSplit {
  const rng = createRng(seed);
  const x = new Float32Array(n * 64);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 2;
    y[i] = c;
    const row = c ? Math.floor(rng.next() * 4) : 4 + Math.floor(rng.next() * 4);
    for (let p = 0; p < 64; p++) x[i * 64 + p] = 0.1 * rng.next();
    for (let col = 0; col < 8; col++) x[i * 64 + row * 8 + col] = 1;
  }
  return { x, y, n, scale: 1 };
}

describe('training a tiny vit', () => {
  it('learns a two-class image task on a fixed seed and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(buildSpec('vit:p4-d8-h2-l1', [8, 8, 1], 2), createRng(2));
    const data = bars(256, 5);
    const test = bars(128, 6);
    const accBefore = await evaluateAccuracy(net, test, 64);
    await trainNetwork(net, data, {
      epochs: 6,
      batchSize: 32,
      learningRate: 0.01,
      rng: createRng(3),
      featureSize: 64,
      numClasses: 2,
    });
    const accAfter = await evaluateAccuracy(net, test, 64);
    expect(accAfter).toBeGreaterThan(0.9);
    expect(accAfter).toBeGreaterThan(accBefore);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
