import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { onWasmWithoutLeaks } from '../testing/noTensorLeaks';
import { RefusedError } from '../compress/registry';
import { parseQuery } from '../config';
import type { Dataset, DataSplit } from '../data/types';
import { distillSetup, studentTransferSet, trainStudents } from '../experiment/trainStudents';
import { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng } from '../random';
import { distillRefusals } from './attentionRules';
import { attentionTransferLoss, TeacherAttentionCache, uniformLayerMap } from './attentionTransfer';
import { TeacherLogitCache } from './teacherLogits';

onWasmWithoutLeaks();

/** Block 1: two student heads whose mean differs from the teacher in query row 0 only; block 2:
 * equal maps. */
const studentBlock1 = [
  [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [0.5, 0.5],
    ],
  ],
];
const teacherBlock1 = [
  [
    [1, 0],
    [0.25, 0.75],
  ],
];
const block2 = [
  [
    [0.5, 0.5],
    [1, 0],
  ],
];

describe('attentionTransferLoss', () => {
  it('is the head-mean squared error summed over keys, averaged over queries and blocks', async () => {
    // Head mean of block 1: [[0.5, 0.5], [0.25, 0.75]]; minus the teacher: [[−0.5, 0.5], [0, 0]].
    // Row sums of squares 0.5 and 0 → query mean 0.25; block 2 is 0 → block mean 0.125.
    const s1 = tf.tensor4d(studentBlock1);
    const t1 = tf.tensor3d(teacherBlock1);
    const s2 = tf.tensor4d([[block2[0], block2[0]]]);
    const t2 = tf.tensor3d(block2);
    const loss = attentionTransferLoss([s1, s2], [t1, t2]);
    expect((await loss.data())[0]).toBe(0.125);
    // ∂/∂A_s[h] = 2·diff / (heads · queries · batch · blocks) = diff / 4 for every head.
    const grad = tf.grad((s) => attentionTransferLoss([s as tf.Tensor4D, s2], [t1, t2]))(s1);
    const head = [
      [-0.125, 0.125],
      [0, 0],
    ];
    expect(await grad.array()).toEqual([[head, head]]);
    tf.dispose([s1, t1, s2, t2, loss, grad]);
  });

  it('refuses maps of different token counts or a missing block', () => {
    const s = tf.zeros([1, 1, 2, 2]) as tf.Tensor4D;
    const t = tf.zeros([1, 3, 3]) as tf.Tensor3D;
    expect(() => attentionTransferLoss([s], [t])).toThrow(/tokens/);
    expect(() => attentionTransferLoss([s, s], [t])).toThrow(/one teacher map per student block/);
    tf.dispose([s, t]);
  });
});

describe('uniformLayerMap', () => {
  it("maps student block m to teacher block round(m·N/M) (TinyBERT's g(m), 0-based)", () => {
    expect(uniformLayerMap(1, 2)).toEqual([1]);
    expect(uniformLayerMap(2, 4)).toEqual([1, 3]);
    expect(uniformLayerMap(3, 4)).toEqual([0, 2, 3]);
    expect(uniformLayerMap(2, 2)).toEqual([0, 1]);
    expect(uniformLayerMap(4, 2)).toEqual([0, 0, 1, 1]);
  });
});

describe('distillRefusals', () => {
  const config = (q: string) => parseQuery(q).config;
  it('refuses attention transfer without two vision transformers or with different patches', () => {
    const codes = (q: string) => distillRefusals(config(q)).map((r) => r.reason);
    expect(
      codes('teacher.arch=mlp:300-100&student.arch=vit:p7-d16-h2-l1&distill.attention=1'),
    ).toEqual([{ code: 'attentionNeedsVit', params: { arch: 'mlp:300-100' } }]);
    expect(codes('teacher.arch=vit:p7-d32-h4-l2&student.arch=mlp:30&distill.attention=1')).toEqual([
      { code: 'attentionNeedsVit', params: { arch: 'mlp:30' } },
    ]);
    expect(
      codes('teacher.arch=vit:p7-d32-h4-l2&student.arch=vit:p4-d16-h2-l1&distill.attention=1'),
    ).toEqual([
      {
        code: 'attentionGridMismatch',
        params: { teacher: 'vit:p7-d32-h4-l2', student: 'vit:p4-d16-h2-l1' },
      },
    ]);
    expect(
      codes('teacher.arch=vit:p7-d32-h4-l2&student.arch=vit:p7-d16-h1-l1&distill.attention=1'),
    ).toEqual([]);
    // Off: nothing to refuse, whatever the architectures.
    expect(codes('teacher.arch=mlp:300-100&student.arch=mlp:30')).toEqual([]);
  });
});

/** 8×8 images of one bright 4×4 quadrant plus noise; the label is the quadrant. Tiny, so a
 * vision transformer (4×4 patches: 4 patches, 5 tokens) trains in a second. */
function quadrants(seed: number): Dataset {
  const rng = createRng(seed);
  const split = (n: number): DataSplit => {
    const x = new Uint8Array(n * 64);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const label = i % 4;
      y[i] = label;
      const [qy, qx] = [Math.floor(label / 2) * 4, (label % 2) * 4];
      for (let p = 0; p < 64; p++) {
        const [r, c] = [Math.floor(p / 8), p % 8];
        const inside = r >= qy && r < qy + 4 && c >= qx && c < qx + 4;
        x[i * 64 + p] = Math.floor((inside ? 150 : 0) + rng.next() * 100);
      }
    }
    return { x, y, n, scale: 1 / 255 };
  };
  return {
    name: 'mnist',
    featureShape: [8, 8, 1],
    featureSize: 64,
    numClasses: 4,
    classNames: ['0', '1', '2', '3'],
    train: split(1200),
    test: split(200),
  };
}

const vitQuery =
  'trainSize=600&teacher.arch=vit:p4-d16-h2-l2&teacher.epochs=3&student.arch=vit:p4-d8-h1-l1&student.epochs=4&student.trainSize=300&train.batchSize=32&train.lr=0.01';

describe('distillSetup with a vision transformer teacher and student', () => {
  it('sends gradients to the student and its projection only, and frees its caches', async () => {
    const { config } = parseQuery(`${vitQuery}&distill.attention=2&distill.hidden=0.5`);
    const data = quadrants(1);
    const teacher = Network.create(buildSpec(config.teacher.arch, [8, 8, 1], 4), createRng(3));
    const student = Network.create(buildSpec(config.student.arch, [8, 8, 1], 4), createRng(4));
    const transfer = studentTransferSet(config, data);
    const logits = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
    const setup = await distillSetup(config, data, teacher, transfer, logits);
    expect(setup.withAttention).toBe(true);
    // Hidden matching on a vit: the class token after the final norm, student width 8 →
    // teacher width 16 through the learned projection.
    expect(setup.extraVariables!.map((v) => v.shape)).toEqual([[8, 16]]);
    const rows = Int32Array.from([0, 1, 2, 3]);
    const xs = tf.tensor2d(
      Float32Array.from(transfer.x.subarray(0, 4 * 64), (v) => v / 255),
      [4, 64],
    );
    const labels = tf.tensor1d(Array.from(transfer.y.subarray(0, 4)), 'int32');
    const teacherVars = teacher.trainableVariables;
    const { value, grads } = tf.variableGrads(() => {
      const out = student.forwardVit(xs, { attention: true });
      return setup.loss(out.logits, labels, rows, out.hidden, out.attention);
    }, [...teacherVars, ...student.trainableVariables, ...setup.extraVariables!]);
    const names = Object.keys(grads);
    expect(teacherVars.some((v) => names.includes(v.name))).toBe(false);
    expect(names).toContain(setup.extraVariables![0].name);
    // The attention term reaches the student's queries and keys (only the maps depend on k).
    const k = student.layers.find((l) => l.spec.name === 'b1.k')!.weights;
    const kGrad = tf.tidy(() => tf.sum(tf.abs(grads[k.name])));
    expect((await kGrad.data())[0]).toBeGreaterThan(0);
    expect(Number.isFinite((await value.data())[0])).toBe(true);
    tf.dispose([value, xs, labels, kGrad, ...Object.values(grads)]);
    setup.dispose();
    logits.dispose();
    teacher.dispose();
    student.dispose();
  });

  it('refuses a held teacher whose patches differ from the student', async () => {
    const { config } = parseQuery(`${vitQuery}&distill.attention=1`);
    const data = quadrants(1);
    const teacher = Network.create(buildSpec('vit:p2-d8-h1-l1', [8, 8, 1], 4), createRng(3));
    const transfer = studentTransferSet(config, data);
    const logits = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
    await expect(distillSetup(config, data, teacher, transfer, logits)).rejects.toThrow(
      RefusedError,
    );
    logits.dispose();
    teacher.dispose();
  });
});

/** Mean attention-transfer distance of `net` to the teacher's cached maps over `split`. */
async function attentionDistance(
  net: Network,
  cache: TeacherAttentionCache,
  split: DataSplit,
): Promise<number> {
  const rows = Int32Array.from({ length: split.n }, (_, i) => i);
  const d = tf.tidy(() => {
    const xs = tf.tensor2d(
      Float32Array.from(split.x, (v) => v * split.scale),
      [split.n, 64],
    );
    return attentionTransferLoss(
      net.forwardVit(xs, { attention: true }).attention,
      cache.gather(rows),
    );
  });
  const value = (await d.data())[0];
  d.dispose();
  return value;
}

describe('attention transfer (trend, tiny data)', () => {
  it("brings the student's attention closer to the teacher's than the scratch student's", async () => {
    const { config } = parseQuery(`${vitQuery}&distill.attention=5`);
    const data = quadrants(2);
    // The teacher's maps are only targets here: an untrained teacher has distinct ones, and
    // skipping its training keeps the test to a few seconds.
    const teacher = Network.create(buildSpec(config.teacher.arch, [8, 8, 1], 4), createRng(5));
    const { student, scratch } = await trainStudents(config, data, teacher);
    const transfer = studentTransferSet(config, data);
    const cache = await TeacherAttentionCache.create(teacher, transfer, data.featureSize, [1]);
    const distilled = await attentionDistance(student.network, cache, transfer);
    const control = await attentionDistance(scratch.network, cache, transfer);
    expect(distilled).toBeLessThan(control / 2);
    cache.dispose();
    for (const n of [student.network, scratch.network, teacher]) n.dispose();
  });
});
