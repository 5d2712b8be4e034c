import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { createRng } from '../random';
import { denseExplicitTranspose } from './denseOps';

const rng = createRng(3);
const rand = (shape: number[]) =>
  tf.tensor(
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal()),
    shape,
  );

beforeAll(async () => {
  await initBackend('wasm');
});

describe('denseExplicitTranspose', () => {
  for (const relu of [true, false]) {
    it(`matches the built-in dense layer's value and gradients (relu=${relu})`, async () => {
      const before = tf.memory().numTensors;
      const [x, w, b] = [rand([5, 4]), rand([4, 3]), rand([3])] as [
        tf.Tensor2D,
        tf.Tensor2D,
        tf.Tensor1D,
      ];
      const reference = (a: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => {
        const z = tf.add(tf.matMul(a as tf.Tensor2D, ww as tf.Tensor2D), bb);
        return tf.sum(tf.mul(relu ? tf.relu(z) : z, tf.range(0, 15).reshape([5, 3])));
      };
      const ours = (a: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
        tf.sum(
          tf.mul(
            denseExplicitTranspose(
              a as tf.Tensor2D,
              ww as tf.Tensor2D,
              bb as tf.Tensor1D,
              relu,
              true,
            ),
            tf.range(0, 15).reshape([5, 3]),
          ),
        );
      const gRef = tf.grads(reference)([x, w, b]);
      const gOurs = tf.grads(ours)([x, w, b]);
      for (let i = 0; i < 3; i++) {
        const [r, o] = [await gRef[i].data(), await gOurs[i].data()];
        o.forEach((v, j) => expect(v).toBeCloseTo(r[j], 4));
      }
      tf.dispose([x, w, b, ...gRef, ...gOurs]);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('reports a zero input gradient when the input is data (first layer)', async () => {
    const [x, w, b] = [rand([2, 4]), rand([4, 3]), rand([3])] as [
      tf.Tensor2D,
      tf.Tensor2D,
      tf.Tensor1D,
    ];
    const [dx] = tf.grads((a: tf.Tensor) =>
      tf.sum(denseExplicitTranspose(a as tf.Tensor2D, w, b, true, false)),
    )([x]);
    expect(Array.from(await dx.data())).toEqual(new Array(8).fill(0));
    tf.dispose([x, w, b, dx]);
  });
});
