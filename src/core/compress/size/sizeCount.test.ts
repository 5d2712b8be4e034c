import { describe, expect, it } from 'vitest';
import type { Rng } from '../../random';
import { createRng } from '../../random';
import { lowestMask, pruneCount } from '../prune/masks';
import { magnitudeScores } from '../prune/scores';
import { kmeansQuantize } from '../quantize/kmeans';
import { pqQuantize } from '../quantize/pq';
import { quantizeUniform } from '../quantize/uniform';
import type { EncodeOptions } from './encode';
import type { CompressedLayer, WeightValues } from './model';
import { weightCount } from './model';
import { encodeModelWithBreakdown } from './modelSize';
import { countModelSize } from './sizeCount';

/** Shapes the lab stores: MLP and conv layers, a low-rank factor, and a ViT's records
 * (width 16, 2 heads of 8, 17 tokens, MLP 32): patch, tokens, norm, q/k/v/o, fc, head. */
const SHAPES: number[][] = [
  [784, 64],
  [64, 10],
  [40, 12],
  [12, 3],
  [3, 3, 1, 8],
  [5, 5, 8, 4],
  [49, 16],
  [17, 16],
  [16],
  [16, 16],
  [16, 32],
  [32, 16],
  [16, 10],
  [1, 1],
  [7],
];

/** A mask of the given sparsity: scattered, in runs (long gaps, escapes) or by magnitude. */
function randomMask(n: number, sparsity: number, rng: Rng, w: Float32Array): Uint8Array {
  const style = rng.int(3);
  if (style === 0) return Uint8Array.from({ length: n }, () => (rng.next() < sparsity ? 0 : 1));
  if (style === 1) {
    const mask = new Uint8Array(n);
    let on = rng.next() < 0.5;
    for (let e = 0; e < n;) {
      const run = 1 + rng.int(on ? 20 : Math.max(1, Math.round(2000 * sparsity)));
      for (let k = 0; k < run && e < n; k++) mask[e++] = on ? 1 : 0;
      on = !on;
    }
    return mask;
  }
  return lowestMask(magnitudeScores(w), pruneCount(n, sparsity));
}

/** Codes skewed towards a few values, so Huffman sometimes pays and sometimes does not. */
const randomCode = (bits: number, rng: Rng, skew: boolean) =>
  skew ? Math.min(2 ** bits - 1, Math.floor(-Math.log(1 - rng.next()) * 1.5)) : rng.int(2 ** bits);

function randomValues(shape: number[], w: Float32Array, mask: Uint8Array | undefined, rng: Rng) {
  const n = weightCount(shape);
  const units = shape[shape.length - 1];
  const bits = 1 + rng.int(8);
  const skew = rng.next() < 0.5;
  const real = rng.next() < 0.3; // from the lab's quantizers rather than drawn codes
  const kind = ['float', 'uniform', 'kmeans', 'pq'][rng.int(4)];
  if (kind === 'float') return { kind: 'float', values: w } satisfies WeightValues;
  if (kind === 'uniform') {
    const scheme = rng.next() < 0.5 ? 'symmetric' : 'asymmetric';
    const granularity = rng.next() < 0.5 ? 'tensor' : 'channel';
    if (real) {
      const q = quantizeUniform(w, { bits, scheme, granularity, channels: units, mask });
      return { kind: 'uniform', bits, scheme, granularity, ...q } satisfies WeightValues;
    }
    const groups = granularity === 'channel' ? units : 1;
    return {
      kind: 'uniform',
      bits,
      scheme,
      granularity,
      codes: Uint8Array.from({ length: n }, () => randomCode(bits, rng, skew)),
      scales: Float32Array.from({ length: groups }, () => rng.next()),
      zeroPoints: Int32Array.from({ length: groups }, () =>
        scheme === 'symmetric' ? (bits === 1 ? 0 : 2 ** (bits - 1)) : rng.int(2 ** bits),
      ),
    } satisfies WeightValues;
  }
  if (kind === 'kmeans') {
    if (real && n >= 2 ** bits) {
      const q = kmeansQuantize(w, { bits, iterations: 3, ...(mask ? { mask } : {}) });
      return { kind: 'kmeans', bits, codebook: q.codebook, codes: q.codes } satisfies WeightValues;
    }
    return {
      kind: 'kmeans',
      bits,
      codebook: Float32Array.from({ length: 2 ** bits }, () => rng.normal()),
      codes: Uint8Array.from({ length: n }, () => randomCode(bits, rng, skew)),
    } satisfies WeightValues;
  }
  const block = [1, 2, 3, 4, 8, 16][rng.int(6)];
  if (real && Math.ceil(n / block) >= 2 ** bits) {
    const q = pqQuantize(w, { bits, block, iterations: 2, ...(mask ? { mask } : {}) });
    return { kind: 'pq', bits, block, codebook: q.codebook, codes: q.codes } satisfies WeightValues;
  }
  return {
    kind: 'pq',
    bits,
    block,
    codebook: Float32Array.from({ length: 2 ** bits * block }, () => rng.normal()),
    codes: Uint8Array.from({ length: Math.ceil(n / block) }, () => randomCode(bits, rng, skew)),
  } satisfies WeightValues;
}

function randomLayer(index: number, rng: Rng): CompressedLayer {
  const shape = SHAPES[rng.int(SHAPES.length)];
  const n = weightCount(shape);
  const w = Float32Array.from({ length: n }, () => rng.normal() * 0.1);
  const sparsity = [0, 0.3, 0.5, 0.9, 0.99, 1, rng.next()][rng.int(7)];
  const mask = rng.next() < 0.15 ? undefined : randomMask(n, sparsity, rng, w);
  const units = shape[shape.length - 1];
  return {
    name: `layer${index}.${'é'.repeat(rng.int(3))}`,
    shape,
    values: randomValues(shape, w, mask, rng),
    ...(mask ? { mask } : {}),
    // A low-rank pair's first factor has no bias.
    bias: rng.next() < 0.1 ? new Float32Array(0) : Float32Array.from({ length: units }, rng.normal),
  };
}

function randomOptions(rng: Rng): EncodeOptions {
  const options: EncodeOptions = { huffman: rng.next() < 0.5 };
  const positions = (['auto', 'bitmask', 'relative'] as const)[rng.int(3)];
  if (positions !== 'auto') options.positions = positions;
  if (rng.next() < 0.2) options.gapBits = 1 + rng.int(16);
  return options;
}

describe('countModelSize', () => {
  it('is the encoded length and breakdown, over 1,800 random layers of every kind', () => {
    const rng = createRng(13);
    let layers = 0;
    const seen = { huffmanValues: 0, relative: 0, bitmask: 0, dense: 0 };
    for (let model = 0; model < 600; model++) {
      const count = 1 + rng.int(5);
      const ls = Array.from({ length: count }, (_, i) => randomLayer(i, rng));
      const options = randomOptions(rng);
      const { bytes, breakdown } = encodeModelWithBreakdown(ls, options);
      const counted = countModelSize(ls, options);
      expect(counted.total).toBe(bytes.length);
      expect(counted).toEqual(breakdown);
      layers += count;
      for (const l of breakdown.layers) seen[l.positionEncoding]++;
      if (options.huffman && breakdown.huffmanSaving > 0) seen.huffmanValues++;
    }
    expect(layers).toBeGreaterThanOrEqual(1800);
    // Every branch of the encoder was exercised, not only the easy one.
    expect(Object.values(seen).every((c) => c > 20)).toBe(true);
  });

  it('refuses what the encoder refuses', () => {
    const layer: CompressedLayer = {
      name: 'bad',
      shape: [2, 2],
      values: {
        kind: 'kmeans',
        bits: 1,
        codebook: Float32Array.from([0, 1]),
        codes: Uint8Array.from([0, 1, 2, 0]),
      },
      bias: new Float32Array(2),
    };
    expect(() => countModelSize([layer])).toThrow(/does not fit/);
  });
});
