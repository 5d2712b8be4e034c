import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { onWasmWithoutLeaks } from '../testing/noTensorLeaks';
import { crossEntropy } from '../train/losses';
import { distillationLoss, entropy, softenedProbabilities } from './loss';

onWasmWithoutLeaks();

const STUDENT = [
  [1, 2, 0],
  [0, 0, 3],
];
const TEACHER = [
  [2, 0, 0],
  [1, 1, 1],
];
const LABELS = [1, 2];

/** The loss of the small example (labels LABELS) for these student logits, read back. */
async function lossOf(
  student: number[][],
  opts: { temperature: number; alpha: number },
  teacher = TEACHER,
): Promise<number> {
  return readScalar(() =>
    distillationLoss(tf.tensor2d(student), tf.tensor2d(teacher), tf.tensor1d(LABELS, 'int32'), {
      ...opts,
      numClasses: 3,
    }),
  );
}

/** Builds a scalar inside a tidy, reads it back and frees it. */
async function readScalar(build: () => tf.Scalar): Promise<number> {
  const t = tf.tidy(build);
  const value = (await t.data())[0];
  t.dispose();
  return value;
}

describe('distillationLoss', () => {
  it('equals the value worked out by hand (T = 2, alpha = 0.5)', async () => {
    // Row 0: z_s = [1, 2, 0], z_t = [2, 0, 0], y = 1.
    //   softmax(z_t/2) = softmax([1, 0, 0])   = [0.576117, 0.211942, 0.211942]
    //   softmax(z_s/2) = softmax([0.5, 1, 0]) = [0.307196, 0.506480, 0.186324]
    //   KL = Σ p_t log(p_t / p_s)             = 0.576117·ln(1.875406) + 0.211942·ln(0.418460)
    //                                           + 0.211942·ln(1.137491)  = 0.204942
    //   softmax(z_s) = [0.244728, 0.665241, 0.090031];  CE = −ln 0.665241 = 0.407606
    // Row 1: z_s = [0, 0, 3], z_t = [1, 1, 1] (uniform teacher), y = 2.
    //   softmax(z_s/2) = [0.154281, 0.154281, 0.691438]
    //   KL = Σ (1/3) ln((1/3) / p_s)          = 0.270369
    //   softmax(z_s) = [0.045279, 0.045279, 0.909443];  CE = −ln 0.909443 = 0.094923
    // Loss = mean over rows of 0.5·4·KL + 0.5·CE
    //      = ((2·0.204942 + 0.5·0.407606) + (2·0.270369 + 0.5·0.094923)) / 2 = 0.600943
    expect(await lossOf(STUDENT, { temperature: 2, alpha: 0.5 })).toBeCloseTo(0.600943, 5);
  });

  it('equals cross-entropy at T = 1, alpha = 0', async () => {
    const labels = () => tf.tensor1d(LABELS, 'int32');
    const distilled = await lossOf(STUDENT, { temperature: 1, alpha: 0 });
    const ce = await readScalar(() => crossEntropy(tf.tensor2d(STUDENT), labels(), 3));
    expect(distilled).toBeCloseTo(ce, 6);
    // (−ln 0.665241 − ln 0.909443) / 2, from the hand calculation above.
    expect(distilled).toBeCloseTo(0.251264, 5);
  });

  it('is zero at alpha = 1 when the student already matches the teacher', async () => {
    expect(await lossOf(TEACHER, { temperature: 3, alpha: 1 })).toBeCloseTo(0, 6);
  });

  it.each([
    { temperature: 1, alpha: 0.5 },
    { temperature: 2, alpha: 0.5 },
    { temperature: 4, alpha: 0.9 },
    { temperature: 10, alpha: 1 },
  ])('has the gradient of central finite differences (%o)', async (opts) => {
    const analytic = tf.tidy(() => {
      const zt = tf.tensor2d(TEACHER);
      const y = tf.tensor1d(LABELS, 'int32');
      const g = tf.grad((zs: tf.Tensor) =>
        distillationLoss(zs as tf.Tensor2D, zt, y, { ...opts, numClasses: 3 }),
      )(tf.tensor2d(STUDENT));
      return g.arraySync() as number[][];
    });
    const eps = 1e-2;
    for (let i = 0; i < STUDENT.length; i++) {
      for (let k = 0; k < STUDENT[i].length; k++) {
        const plus = STUDENT.map((row) => [...row]);
        const minus = STUDENT.map((row) => [...row]);
        plus[i][k] += eps;
        minus[i][k] -= eps;
        const numeric = ((await lossOf(plus, opts)) - (await lossOf(minus, opts))) / (2 * eps);
        expect(analytic[i][k]).toBeCloseTo(numeric, 3);
      }
    }
  });

  it('passes no gradient to the teacher logits', () => {
    const gt = tf.tidy(() => {
      const zs = tf.tensor2d(STUDENT);
      const y = tf.tensor1d(LABELS, 'int32');
      const g = tf.grad((zt: tf.Tensor) =>
        distillationLoss(zs, zt as tf.Tensor2D, y, { temperature: 4, alpha: 0.9, numClasses: 3 }),
      )(tf.tensor2d(TEACHER));
      return g.arraySync() as number[][];
    });
    expect(gt.flat().every((v) => v === 0)).toBe(true);
  });
});

describe('softenedProbabilities and entropy', () => {
  const logits = Float32Array.from([8, 2, 0.5, -1, 3, 0, 0, 1, -2, 4]);

  it('sums to 1 and keeps the order of the logits', () => {
    for (const t of [1, 2, 3, 6, 20]) {
      const p = softenedProbabilities(logits, t);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(p[0]).toBeGreaterThan(p[9]);
      expect(p[9]).toBeGreaterThan(p[4]);
    }
  });

  it('matches softmax(z / T) on a small case', () => {
    // softmax([2, 0, 0] / 2) = [e, 1, 1] / (e + 2)
    const p = softenedProbabilities([2, 0, 0], 2);
    const e = Math.E;
    expect(Array.from(p)).toEqual(
      [e / (e + 2), 1 / (e + 2), 1 / (e + 2)].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('tends to uniform at large T, and the entropy rises with T', () => {
    const p = softenedProbabilities(logits, 1e4);
    for (const v of p) expect(Math.abs(v - 0.1)).toBeLessThan(1e-3);
    const temps = [1, 2, 3, 6, 20, 1e4];
    const h = temps.map((t) => entropy(softenedProbabilities(logits, t)));
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThan(h[i - 1]);
    expect(h[h.length - 1]).toBeCloseTo(Math.log(10), 5);
  });

  it('does not overflow on large logits, and entropy treats 0 · log 0 as 0', () => {
    const p = softenedProbabilities([1000, 0, -1000], 1);
    expect(Array.from(p)).toEqual([1, 0, 0]);
    expect(entropy(p)).toBe(0);
    expect(entropy([0.5, 0.5])).toBeCloseTo(Math.LN2, 12);
  });
});
