import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { correctCount, crossEntropy } from './losses';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('crossEntropy', () => {
  it('equals −mean log softmax of the true class, computed by hand', async () => {
    const z = [
      [2, 1, 0],
      [0, 0, 3],
    ];
    const y = [0, 1];
    const expected =
      -(
        Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(1) + 1)) +
        Math.log(1 / (1 + 1 + Math.exp(3)))
      ) / 2;
    const loss = crossEntropy(tf.tensor2d(z), tf.tensor1d(y, 'int32'), 3);
    expect((await loss.data())[0]).toBeCloseTo(expected, 5);
  });

  it('has the gradient (softmax − onehot) / batch, like tf.losses.softmaxCrossEntropy', async () => {
    const before = tf.memory().numTensors;
    const z = tf.tensor2d([
      [0.5, -1, 2],
      [1, 1, 1],
    ]);
    const labels = tf.tensor1d([2, 0], 'int32');
    const ours = tf.grad((x: tf.Tensor) => crossEntropy(x as tf.Tensor2D, labels, 3))(z);
    const reference = tf.grad((x: tf.Tensor) =>
      tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 3), x),
    )(z);
    const [a, b] = [await ours.data(), await reference.data()];
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 6));
    tf.dispose([z, labels, ours, reference]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('correctCount', () => {
  it('counts rows whose arg-max is the label', async () => {
    const c = correctCount(
      tf.tensor2d([
        [1, 0],
        [0, 1],
        [3, 2],
      ]),
      tf.tensor1d([0, 0, 0], 'int32'),
    );
    expect((await c.data())[0]).toBe(2);
  });
});
