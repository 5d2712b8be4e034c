import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { onWasmWithoutLeaks } from '../testing/noTensorLeaks';
import { parseQuery } from '../config';
import { makeSynthetic } from '../data/synthetic';
import { trainStudents } from '../experiment/trainStudents';
import { trainTeacher } from '../experiment/trainTeacher';
import { hiddenMatchingLoss } from './hiddenMatching';

onWasmWithoutLeaks();

describe('hiddenMatchingLoss', () => {
  it('is the batch mean of 1 − cos(h_s·P, h_t)', async () => {
    const hs = tf.tensor2d([
      [1, 0],
      [0, 2],
    ]);
    const ht = tf.tensor2d([
      [1, 1, 0],
      [0, 0, 5],
    ]);
    // P maps student unit 0 → teacher unit 0 and student unit 1 → teacher unit 2.
    const p = tf.tensor2d([
      [1, 0, 0],
      [0, 0, 1],
    ]);
    const loss = hiddenMatchingLoss(hs, ht, p);
    // Row 1: (1,0,0)·(1,1,0) = 1, norms 1 and √2 → cos = 1/√2. Row 2: parallel → cos = 1.
    expect((await loss.data())[0]).toBeCloseTo((1 - 1 / Math.SQRT2 + 0) / 2, 6);
    tf.dispose([hs, ht, p, loss]);
  });

  it('is 0 for aligned states and 2 for opposite ones, and defined for a dead row', async () => {
    const h = tf.tensor2d([[3, 4]]);
    const eye = tf.eye(2) as tf.Tensor2D;
    const aligned = tf.tidy(() => hiddenMatchingLoss(h, tf.mul(h, 2) as tf.Tensor2D, eye));
    const opposite = tf.tidy(() => hiddenMatchingLoss(h, tf.neg(h) as tf.Tensor2D, eye));
    const dead = tf.tidy(() => hiddenMatchingLoss(tf.zeros([1, 2]) as tf.Tensor2D, h, eye));
    expect((await aligned.data())[0]).toBeCloseTo(0, 6);
    expect((await opposite.data())[0]).toBeCloseTo(2, 6);
    expect((await dead.data())[0]).toBeCloseTo(1, 6);
    tf.dispose([h, eye, aligned, opposite, dead]);
  });
});

describe('students with hidden-state matching', () => {
  it('train with the projection, leave the teacher untouched and free everything', async () => {
    const { config } = parseQuery(
      'dataset=spiral&trainSize=600&teacher.arch=mlp:32-16&teacher.epochs=3&student.arch=mlp:8&student.epochs=3&distill.hidden=0.5',
    );
    const data = makeSynthetic('spiral', config.seed);
    const { network: teacher } = await trainTeacher(config, data);
    const before = await teacher.snapshot();
    const { student, scratch } = await trainStudents(config, data, teacher);
    const after = await teacher.snapshot();
    expect(after.map((l) => [...l.weights])).toEqual(before.map((l) => [...l.weights]));
    expect(Number.isFinite(student.summary.accuracy)).toBe(true);
    // The hidden term changes what the distilled student learns.
    const plain = await trainStudents(
      { ...config, distill: { ...config.distill, hidden: 0 } },
      data,
      teacher,
    );
    const w = (await student.network.snapshot())[0].weights;
    const v = (await plain.student.network.snapshot())[0].weights;
    expect([...w]).not.toEqual([...v]);
    for (const n of [
      student.network,
      scratch.network,
      plain.student.network,
      plain.scratch.network,
      teacher,
    ])
      n.dispose();
  });
});
