import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { globalMasks } from '../prune/masks';
import { magnitudeScores } from '../prune/scores';
import { kmeansQuantize } from '../quantize/kmeans';
import { pqQuantize } from '../quantize/pq';
import { quantizeUniform } from '../quantize/uniform';
import { decodeModel } from './decode';
import { encodeLayer } from './encode';
import type { CompressedLayer } from './model';
import { layerWeights } from './model';
import { encodedSizeBytes, encodeModel, sizeBreakdown } from './modelSize';

/** Same float32 bit patterns (so −0 ≠ +0 and every NaN payload counts). */
const sameBits = (a: Float32Array, b: Float32Array) => {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  return x.every((v, i) => v === y[i]);
};

function normal(n: number, seed: number, sd = 0.1): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => rng.normal() * sd);
}

/** Encodes, decodes and checks every weight, bias and code bit for bit. */
function roundTrip(layers: CompressedLayer[], options = {}) {
  const bytes = encodeModel(layers, options);
  const back = decodeModel(bytes);
  expect(back.length).toBe(layers.length);
  back.forEach((d, i) => {
    const o = layers[i];
    expect(d.name).toBe(o.name);
    expect(d.shape).toEqual(o.shape);
    expect(sameBits(layerWeights(d), layerWeights(o))).toBe(true);
    expect(sameBits(d.bias, o.bias)).toBe(true);
  });
  return { bytes, back };
}

/** 4×4 layer, 50 % sparse (every other weight), 4-bit symmetric per tensor, 4 biases. */
function tinyLayer(): CompressedLayer {
  const w = Float32Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? (i - 8) / 8 : 0));
  const mask = Uint8Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : 0));
  const q = quantizeUniform(w, { bits: 4, scheme: 'symmetric', granularity: 'tensor' });
  return {
    name: 'a',
    shape: [4, 4],
    values: { kind: 'uniform', bits: 4, scheme: 'symmetric', granularity: 'tensor', ...q },
    mask,
    bias: Float32Array.from([0.1, -0.2, 0.3, 0]),
  };
}

describe('hand-counted sizes', () => {
  it('4×4 at 50 %, 4 bits: 58 bytes', () => {
    // file header 8 = "CLZ1" + u16 version + u16 layer count
    // layer header 24 = name length 1 + "a" 1 + rank 1 + dims 2×4 + kind, bits, flags,
    //                   positions, gap bits 5×1 + kept count 4 + bias length 4
    // scale 4 (one fp32; symmetric zero point implied)
    // positions 2 (bitmask: 16 bits; relative also needs 2 bytes, and ties go to the bitmask)
    // values 4 (8 kept × 4 bits = 32 bits)
    // bias 16 (4 × fp32)
    const b = sizeBreakdown([tinyLayer()]);
    expect(b).toMatchObject({
      headers: 32,
      scales: 4,
      codebook: 0,
      positions: 2,
      values: 4,
      biases: 16,
      total: 58,
      denseFp32: 80,
    });
    expect(b.positionEncoding).toBe('bitmask');
    expect(b.ratio).toBeCloseTo(80 / 58, 12);
    expect(encodedSizeBytes([tinyLayer()])).toBe(58);
    roundTrip([tinyLayer()]);
  });

  it('dense fp32 2×3 "fc" with 3 biases: 8 + 25 + 24 + 12 = 69 bytes', () => {
    const layer: CompressedLayer = {
      name: 'fc',
      shape: [2, 3],
      values: { kind: 'float', values: Float32Array.from([1, -0, 2.5, -3, 1e-30, 7]) },
      bias: Float32Array.from([0, 1, 2]),
    };
    expect(encodeLayer(layer).bytes.length).toBe(25 + 24 + 12);
    const { bytes, back } = roundTrip([layer]);
    expect(bytes.length).toBe(69);
    const v = back[0].values;
    expect(v.kind === 'float' && Object.is(v.values[1], -0)).toBe(true);
  });

  it('relative indices with 5-bit gaps and fillers, as Deep Compression stores fc layers', () => {
    // Kept at 40, 41, 99 of 100: gaps 40, 0, 57 → symbols 31 (filler) 9 | 0 | 31 26 = 5 × 5 bits = 4 bytes.
    const mask = new Uint8Array(100);
    [40, 41, 99].forEach((p) => (mask[p] = 1));
    const layer: CompressedLayer = {
      name: 'r',
      shape: [100, 1],
      values: { kind: 'float', values: Float32Array.from({ length: 100 }, (_, i) => i) },
      mask,
      bias: new Float32Array(0),
    };
    const b = sizeBreakdown([layer], { positions: 'relative', gapBits: 5 });
    expect(b.positions).toBe(4);
    expect(b.layers[0].gapBits).toBe(5);
    expect(b.values).toBe(12);
    const { back } = roundTrip([layer], { positions: 'relative', gapBits: 5 });
    expect([...back[0].mask!].flatMap((m, i) => (m ? [i] : []))).toEqual([40, 41, 99]);
  });
});

describe('bitmask or relative: the smaller wins', () => {
  const layerWithKept = (n: number, positions: number[]): CompressedLayer => {
    const mask = new Uint8Array(n);
    positions.forEach((p) => (mask[p] = 1));
    return {
      name: 'x',
      shape: [n, 1],
      values: { kind: 'float', values: new Float32Array(n).fill(1) },
      mask,
      bias: new Float32Array(0),
    };
  };

  it('one weight of 64: relative (1 byte) beats the 8-byte bitmask', () => {
    const b = sizeBreakdown([layerWithKept(64, [10])]);
    expect(b.positionEncoding).toBe('relative');
    expect(b.positions).toBe(1);
  });

  it('flips to the bitmask as density grows, and always takes the minimum', () => {
    const seen: string[] = [];
    for (let every = 32; every >= 2; every /= 2) {
      const kept = Array.from({ length: 256 / every }, (_, k) => k * every);
      const layer = layerWithKept(256, kept);
      const auto = sizeBreakdown([layer]);
      const rel = sizeBreakdown([layer], { positions: 'relative' }).positions;
      const bm = sizeBreakdown([layer], { positions: 'bitmask' }).positions;
      expect(bm).toBe(32);
      expect(auto.positions).toBe(Math.min(rel, bm));
      expect(auto.positionEncoding).toBe(rel < bm ? 'relative' : 'bitmask');
      seen.push(auto.positionEncoding);
    }
    expect(seen[0]).toBe('relative');
    expect(seen[seen.length - 1]).toBe('bitmask');
  });

  it('a full mask is stored as dense (no position bytes)', () => {
    const b = sizeBreakdown([layerWithKept(8, [0, 1, 2, 3, 4, 5, 6, 7])]);
    expect(b.positionEncoding).toBe('dense');
    expect(b.positions).toBe(0);
  });
});

describe('encode → decode is bit-exact', () => {
  const inputs = 48;
  const units = 12;
  const w = normal(inputs * units, 4);

  it('dense float32', () => {
    roundTrip([
      {
        name: 'dense',
        shape: [inputs, units],
        values: { kind: 'float', values: w },
        bias: normal(units, 5),
      },
    ]);
  });

  it('uniform quantization, every bit width, scheme and granularity, dense and sparse', () => {
    const [mask] = globalMasks([magnitudeScores(w)], 0.7);
    for (const scheme of ['symmetric', 'asymmetric'] as const) {
      for (const granularity of ['tensor', 'channel'] as const) {
        for (let bits = 1; bits <= 8; bits++) {
          const q = quantizeUniform(w, { bits, scheme, granularity, channels: units });
          const values = { kind: 'uniform' as const, bits, scheme, granularity, ...q };
          const dense = roundTrip([
            { name: 'q', shape: [inputs, units], values, bias: normal(units, 6) },
          ]);
          expect(sameBits(layerWeights(dense.back[0]), q.dequantized)).toBe(true);
          roundTrip([{ name: 'q', shape: [inputs, units], values, mask, bias: normal(units, 6) }], {
            huffman: true,
          });
        }
      }
    }
  });

  it('sparse + 4-bit per-channel asymmetric: decoded weights = masked dequantized weights', () => {
    const [mask] = globalMasks([magnitudeScores(w)], 0.9);
    const masked = Float32Array.from(w, (v, i) => (mask[i] ? v : 0));
    const q = quantizeUniform(masked, {
      bits: 4,
      scheme: 'asymmetric',
      granularity: 'channel',
      channels: units,
    });
    const layer: CompressedLayer = {
      name: 'sq',
      shape: [inputs, units],
      values: { kind: 'uniform', bits: 4, scheme: 'asymmetric', granularity: 'channel', ...q },
      mask,
      bias: normal(units, 7),
    };
    const { back } = roundTrip([layer]);
    expect(sameBits(layerWeights(back[0]), q.dequantized)).toBe(true);
  });

  it('k-means + Huffman over a multi-layer model (with a low-rank pair and an empty bias)', () => {
    const shapes = [
      [64, 32],
      [32, 16],
      [16, 10],
    ];
    const weights = shapes.map(([a, b], l) => normal(a * b, 10 + l));
    const masks = globalMasks(weights.map(magnitudeScores), 0.9, { exclude: [2] });
    const layers: CompressedLayer[] = shapes.map(([a, b], l) => {
      const q = kmeansQuantize(weights[l], { bits: 5, mask: masks[l] });
      return {
        name: `fc${l + 1}`,
        shape: [a, b],
        values: { kind: 'kmeans', bits: 5, codebook: q.codebook, codes: q.codes },
        mask: masks[l],
        bias: l === 0 ? new Float32Array(0) : normal(b, 20 + l),
      };
    });
    const { back } = roundTrip(layers, { huffman: true });
    back.forEach((d, l) => {
      const q = kmeansQuantize(weights[l], { bits: 5, mask: masks[l] });
      expect(sameBits(layerWeights(d), q.dequantized)).toBe(true);
    });
    const withH = sizeBreakdown(layers, { huffman: true });
    const without = sizeBreakdown(layers);
    expect(withH.huffmanSaving).toBeGreaterThan(0);
    expect(without.total - withH.total).toBe(withH.huffmanSaving);
    expect(
      withH.values + withH.positions + withH.scales + withH.codebook + withH.headers + withH.biases,
    ).toBe(withH.total);
  });

  it('product quantization, blocks 4/8/16, dense and sparse, with and without Huffman', () => {
    // 30 × 10 = 300 weights: 300 / 8 and 300 / 16 leave a shorter last sub-vector.
    const w = normal(300, 31);
    const masks = [undefined, globalMasks([magnitudeScores(w)], 0.7)[0]];
    for (const block of [4, 8, 16]) {
      for (const mask of masks) {
        for (const huffman of [false, true]) {
          const q = pqQuantize(w, { bits: 3, block, mask });
          const layer: CompressedLayer = {
            name: 'fc',
            shape: [30, 10],
            values: { kind: 'pq', bits: 3, block, codebook: q.codebook, codes: q.codes },
            ...(mask ? { mask } : {}),
            bias: normal(10, 32),
          };
          const { bytes, back } = roundTrip([layer], { huffman });
          expect(sameBits(layerWeights(back[0]), q.dequantized)).toBe(true);
          if (mask)
            mask.forEach((m, e) => m === 0 && expect(Object.is(q.dequantized[e], 0)).toBe(true));
          // Honest bytes: header + 1 block byte + codebook + positions + ⌈codes⌉ + bias.
          const b = sizeBreakdown([layer], { huffman });
          expect(b.codebook).toBe(1 + 8 * block * 4);
          expect(b.total).toBe(bytes.length);
          if (!mask && !huffman) expect(b.values).toBe(Math.ceil((Math.ceil(300 / block) * 3) / 8));
        }
      }
    }
  });

  it('LeNet-300-100 at 8 % kept, 6-bit k-means + Huffman: ≥ 30× smaller, round-trips', () => {
    const shapes = [
      [784, 300],
      [300, 100],
      [100, 10],
    ];
    const weights = shapes.map(([a, b], l) => normal(a * b, 30 + l, Math.sqrt(2 / a)));
    // Han's per-layer keep: 8 / 9 / 26 %.
    const keep = [0.08, 0.09, 0.26];
    const layers: CompressedLayer[] = shapes.map(([a, b], l) => {
      const mask = globalMasks([magnitudeScores(weights[l])], 1 - keep[l])[0];
      const q = kmeansQuantize(weights[l], { bits: 6, mask });
      return {
        name: `fc${l + 1}`,
        shape: [a, b],
        values: { kind: 'kmeans', bits: 6, codebook: q.codebook, codes: q.codes },
        mask,
        bias: normal(b, 40 + l),
      };
    });
    const b = sizeBreakdown(layers, { huffman: true });
    expect(b.denseFp32).toBe(1_066_440);
    expect(b.ratio).toBeGreaterThan(30);
    expect(b.positionEncoding).toBe('relative');
    roundTrip(layers, { huffman: true });
  });
});

describe('the decoder refuses bad input', () => {
  it('wrong magic, truncated data, trailing bytes', () => {
    const bytes = encodeModel([tinyLayer()]);
    expect(() => decodeModel(Uint8Array.from([0, 1, 2, 3, 1, 0, 0, 0]))).toThrow(
      /not a Compression Lab/,
    );
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3))).toThrow();
    expect(() => decodeModel(Uint8Array.from([...bytes, 0]))).toThrow(/trailing/);
  });

  it('the encoder rejects codes that do not fit and inconsistent zero points', () => {
    const bad = tinyLayer();
    if (bad.values.kind === 'uniform') bad.values.codes[0] = 16;
    expect(() => encodeModel([bad])).toThrow(/does not fit/);
    const z = tinyLayer();
    if (z.values.kind === 'uniform') z.values.zeroPoints[0] = 3;
    expect(() => encodeModel([z])).toThrow(/zero point/);
  });
});
