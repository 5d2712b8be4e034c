import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import { fillBatch } from '../data/batch';
import type { Network } from '../model/network';

/** A test example with the teacher's raw logits, for the temperature chart. */
export interface TeacherExample {
  /** Row in the test set. */
  index: number;
  label: number;
  predicted: number;
  kind: 'confident' | 'ambiguous' | 'misclassified';
  logits: Float32Array;
  /** The example itself (bytes for images, floats for 2-D points), for a thumbnail. */
  features: Uint8Array | Float32Array;
}

/**
 * Picks examples worth looking at through the temperature slider: a few the teacher gets right
 * with confidence, a few where its top two logits are closest (ambiguous: dark knowledge is
 * most visible), and a few it gets wrong. Scans the first `scan` test examples, in order, so
 * the pick is deterministic for a given teacher.
 */
export async function pickTeacherExamples(
  teacher: Network,
  test: DataSplit,
  featureSize: number,
  perKind = 4,
  scan = 2000,
): Promise<TeacherExample[]> {
  const n = Math.min(scan, test.n);
  const indices = Int32Array.from({ length: n }, (_, i) => i);
  const x = new Float32Array(n * featureSize);
  const y = new Int32Array(n);
  fillBatch(test, indices, 0, n, x, y);
  const logitsTensor = tf.tidy(() => teacher.forward(tf.tensor2d(x, [n, featureSize])));
  const all = (await logitsTensor.data()) as Float32Array;
  const classes = logitsTensor.shape[1];
  logitsTensor.dispose();

  const rows = Array.from({ length: n }, (_, i) => {
    const z = all.subarray(i * classes, (i + 1) * classes);
    let best = 0;
    for (let c = 1; c < classes; c++) if (z[c] > z[best]) best = c;
    let second = -Infinity;
    for (let c = 0; c < classes; c++) if (c !== best && z[c] > second) second = z[c];
    return { index: i, label: test.y[i], predicted: best, margin: z[best] - second };
  });
  const take = (list: typeof rows, kind: TeacherExample['kind']): TeacherExample[] =>
    list.slice(0, perKind).map((r) => ({
      ...r,
      kind,
      logits: all.slice(r.index * classes, (r.index + 1) * classes),
      features: test.x.slice(r.index * featureSize, (r.index + 1) * featureSize),
    }));
  const correct = rows.filter((r) => r.predicted === r.label);
  const confident = [...correct].sort((a, b) => b.margin - a.margin || a.index - b.index);
  const ambiguous = [...correct].sort((a, b) => a.margin - b.margin || a.index - b.index);
  const wrong = rows
    .filter((r) => r.predicted !== r.label)
    .sort((a, b) => a.margin - b.margin || a.index - b.index);
  return [
    ...take(confident, 'confident'),
    ...take(ambiguous, 'ambiguous'),
    ...take(wrong, 'misclassified'),
  ];
}
