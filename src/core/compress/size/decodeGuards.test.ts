import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { craftedModelFile, f32Bytes } from '../../testing/craftedModelFile';
import { modelFromFile } from '../../experiment/compress/modelFile';
import { quantizeUniform } from '../quantize/uniform';
import { decodeModel } from './decode';
import { DecodeBudget, DEFAULT_DECODE_LIMITS } from './decodeGuards';
import { FLAG, KIND, POSITIONS } from './encode';
import type { CompressedLayer } from './model';
import { encodeModel } from './modelSize';

describe('decoder guards (crafted files)', () => {
  it('a well-formed hand-written file decodes (the fixtures below differ in one field)', () => {
    const ok = craftedModelFile([{ shape: [2, 1], kept: 2, body: f32Bytes(1, 2) }]);
    expect(decodeModel(ok)[0].shape).toEqual([2, 1]);
  });

  it('relative positions with 0 gap bits (escape 0: read nothing forever) are refused', () => {
    const bytes = craftedModelFile([
      {
        shape: [8, 8],
        positions: POSITIONS.relative,
        gapBits: 0,
        kept: 1,
        body: [0, 0, 0, 0, 0, 0, 0, 0],
      },
    ]);
    expect(() => decodeModel(bytes)).toThrow(/0 gap bits/);
  });

  it('a 784×262144 + 262144×10 file of 68 bytes with bits = 0 is refused before allocating', () => {
    const bytes = craftedModelFile([
      { shape: [784, 262144], kind: KIND.uniform, bits: 0, kept: 784 * 262144 },
      { shape: [262144, 10], kind: KIND.uniform, bits: 0, kept: 2621440 },
    ]);
    expect(bytes.length).toBeLessThan(80);
    expect(() => decodeModel(bytes)).toThrow(/0 bits per value/);
  });

  it('the same shapes at 4 bits: declared codes cannot fit in the bytes present', () => {
    const bytes = craftedModelFile([
      { shape: [784, 262144], kind: KIND.uniform, bits: 4, kept: 784 * 262144, body: f32Bytes(1) },
    ]);
    const budget = new DecodeBudget(bytes.length);
    expect(() => decodeModel(bytes, undefined, budget)).toThrow(/only \d+ remain/);
    expect(budget.usedBytes).toBeLessThanOrEqual(64 * bytes.length);
  });

  it('relative positions with K = 0 over 4 G weights are refused by the budget', () => {
    const bytes = craftedModelFile([
      { shape: [65536, 65536], positions: POSITIONS.relative, gapBits: 8, kept: 0 },
    ]);
    const budget = new DecodeBudget(bytes.length);
    expect(() => decodeModel(bytes, undefined, budget)).toThrow(
      /declares more data than it can hold/,
    );
    expect(budget.usedBytes).toBe(0);
  });

  it('bits outside 1..8 for codes (200) and anything but 32 for floats are refused', () => {
    const codes = craftedModelFile([
      { shape: [1, 1], kind: KIND.uniform, bits: 200, kept: 1, body: [0, 0, 0, 0, 0] },
    ]);
    expect(() => decodeModel(codes)).toThrow(/200 bits per value \(expected 1\.\.8\)/);
    const floats = craftedModelFile([
      { shape: [1, 1], kind: KIND.float, bits: 8, kept: 1, body: f32Bytes(1) },
    ]);
    expect(() => decodeModel(floats)).toThrow(/expected 32/);
  });

  it('an oversubscribed or incomplete Huffman table is refused', () => {
    // 2-bit k-means codes: codebook of 4 floats, then a table of 4 code lengths, then codes.
    const huffman = (lengths: number[]) =>
      craftedModelFile([
        {
          shape: [4, 1],
          kind: KIND.kmeans,
          bits: 2,
          flags: FLAG.valueHuffman,
          kept: 4,
          body: [...f32Bytes(0, 1, 2, 3), ...lengths, 0],
        },
      ]);
    expect(() => decodeModel(huffman([1, 1, 1, 0]))).toThrow(/oversubscribed/);
    expect(() => decodeModel(huffman([1, 2, 0, 0]))).toThrow(/incomplete/);
    expect(() => decodeModel(huffman([0, 0, 0, 0]))).toThrow(/empty/);
    // complete: 1, 2, 2 → codes 0, 10, 11; four symbols "0" = 4 bits in one byte
    expect(decodeModel(huffman([1, 2, 2, 0])).length).toBe(1);
  });

  it('a kept count above the weight count, a zero dimension and rank 0 are refused', () => {
    expect(() =>
      decodeModel(craftedModelFile([{ shape: [2, 1], kept: 3, body: f32Bytes(1, 2, 3) }])),
    ).toThrow(/kept count/);
    expect(() => decodeModel(craftedModelFile([{ shape: [0, 5], kept: 0 }]))).toThrow(
      /dimension is 0/,
    );
    expect(() =>
      decodeModel(craftedModelFile([{ shape: [], kept: 1, body: f32Bytes(1) }])),
    ).toThrow(/rank 0/);
  });

  it('a per-device budget refuses a valid file larger than the device allows', () => {
    const ok = craftedModelFile([
      { shape: [64, 1], kept: 64, body: f32Bytes(...new Array<number>(64).fill(1)) },
    ]);
    expect(() => decodeModel(ok, { maxBytes: 100, maxExpansion: 256 })).toThrow(
      /declares more data/,
    );
    expect(decodeModel(ok)[0].shape).toEqual([64, 1]);
  });

  it("the lab's sparsest real layer (784×300, 99 % pruned, 4 bits) fits the default expansion", () => {
    const rng = createRng(1);
    const n = 784 * 300;
    const mask = Uint8Array.from({ length: n }, () => (rng.next() < 0.01 ? 1 : 0));
    const w = Float32Array.from(mask, (m) => (m ? rng.normal() : 0));
    const q = quantizeUniform(w, { bits: 4, scheme: 'symmetric', granularity: 'tensor' });
    const layer: CompressedLayer = {
      name: 'fc1',
      shape: [784, 300],
      values: { kind: 'uniform', bits: 4, scheme: 'symmetric', granularity: 'tensor', ...q },
      mask,
      bias: new Float32Array(300),
    };
    const bytes = encodeModel([layer]);
    const budget = new DecodeBudget(bytes.length);
    decodeModel(bytes, undefined, budget);
    const expansion = budget.usedBytes / bytes.length;
    // Measured: 4,869 bytes, 98× (mask and codes take 2 bytes per weight): more than the 64× random files stay under, well under the limit.
    expect(expansion).toBeGreaterThan(64);
    expect(expansion).toBeLessThan(DEFAULT_DECODE_LIMITS.maxExpansion);
  });
});

describe('model files the lab cannot run', () => {
  const dense = (name: string, rows: number, cols: number): CompressedLayer => ({
    name,
    shape: [rows, cols],
    values: { kind: 'float', values: new Float32Array(rows * cols) },
    bias: new Float32Array(cols),
  });

  it('a hidden-size mismatch names the layer instead of a tfjs shape error', () => {
    const bytes = encodeModel([dense('fc1', 784, 32), dense('fc2', 16, 10)]);
    expect(() => modelFromFile(bytes, [28, 28, 1], 10)).toThrow(
      /Layer fc2 \(2 of 2\) takes 16 inputs, but gets 32/,
    );
  });

  it('a 200×200 conv kernel is refused, not run for minutes', () => {
    const conv: CompressedLayer = {
      name: 'conv1',
      shape: [200, 200, 1, 1],
      values: { kind: 'float', values: new Float32Array(40000) },
      bias: new Float32Array(1),
    };
    const bytes = encodeModel([conv, dense('out', 14 * 14, 10)]);
    expect(() => modelFromFile(bytes, [28, 28, 1], 10)).toThrow(/200×200 kernel/);
  });

  it('a bias of the wrong length is refused', () => {
    const bad = { ...dense('out', 784, 10), bias: new Float32Array(3) };
    expect(() => modelFromFile(encodeModel([bad]), [28, 28, 1], 10)).toThrow(/3 biases for 10/);
  });
});

describe('decoder property: bounded by the file', () => {
  /** A valid file header and layer count, then random bytes; or random bytes alone. */
  const headed = fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.uint8Array({ maxLength: 4088 }))
    .map(([count, body]) => Uint8Array.from([0x43, 0x4c, 0x5a, 0x31, 1, 0, count, 0, ...body]));
  /** Plausible layer headers (small ranks and dims, valid kinds) with random field values. */
  const layered = fc
    .array(
      fc.record({
        shape: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 4 }),
        kind: fc.integer({ min: 0, max: 3 }),
        bits: fc.constantFrom(0, 1, 2, 4, 8, 9, 32),
        flags: fc.integer({ min: 0, max: 15 }),
        positions: fc.integer({ min: 0, max: 3 }),
        gapBits: fc.integer({ min: 0, max: 17 }),
        kept: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.nat()),
        bias: fc.integer({ min: 0, max: 20 }),
        body: fc.array(fc.nat({ max: 255 }), { maxLength: 1000 }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((layers) => craftedModelFile(layers))
    .filter((b) => b.length <= 4096);
  const anyFile = fc.oneof(fc.uint8Array({ maxLength: 4096 }), headed, layered);

  it('random files up to 4 KB: at most 64× their size allocated, no run over 200 ms', () => {
    // Allocation is measured by the decoder's one allocation helper (DecodeBudget): every
    // array sized by a declared count goes through it, and copies of file bytes are counted
    // as what they copy (≤ 1× the file). Time is wall clock per decode, the slowest reported.
    let slowest = 0;
    fc.assert(
      fc.property(anyFile, (bytes) => {
        const budget = new DecodeBudget(bytes.length);
        const start = performance.now();
        try {
          decodeModel(bytes, undefined, budget);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
        slowest = Math.max(slowest, performance.now() - start);
        expect(budget.usedBytes).toBeLessThanOrEqual(64 * bytes.length);
        expect(slowest).toBeLessThan(200);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
