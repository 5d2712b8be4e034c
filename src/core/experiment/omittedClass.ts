/**
 * Hinton, Vinyals & Dean's omitted digit (docs/REFERENCES.md): a student whose transfer set
 * holds no example of one class still learns that class from the soft targets on the others;
 * its output bias for the class is only too low, since no example ever pushed it up. Raising
 * that one bias recovers most of the class. The shift is chosen on the validation split (a
 * choice), and the recall it gives is reported on test.
 */
import type { DataSplit } from '../data/types';
import { computeTeacherLogits } from '../distill/teacherLogits';
import type { Network } from '../model/network';

/** What a student that never saw `label` makes of it, on the test split. */
export interface OmittedClassResult {
  label: number;
  /** Fraction of the test examples of `label` classified as `label`, biases as learned. */
  recall: number;
  /** The bias added to `label`'s logit, chosen to maximise validation accuracy. */
  shift: number;
  /** Recall on `label` after the shift (test). */
  shiftedRecall: number;
  /** Accuracy on the whole test split after the shift. */
  shiftedAccuracy: number;
}

/** Shifts tried: 0 to 10 in halves (Hinton's was 3.5 on a far bigger model). */
export const BIAS_SHIFTS: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 2);

/** Correct predictions overall and on `label`, with `shift` added to `label`'s logit. */
export function countCorrect(
  logits: Float32Array,
  labels: Uint8Array,
  numClasses: number,
  label: number,
  shift: number,
): { correct: number; correctOnLabel: number; ofLabel: number } {
  let correct = 0;
  let correctOnLabel = 0;
  let ofLabel = 0;
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    let bestValue = -Infinity;
    for (let k = 0; k < numClasses; k++) {
      const v = logits[i * numClasses + k] + (k === label ? shift : 0);
      if (v > bestValue) {
        bestValue = v;
        best = k;
      }
    }
    const right = best === labels[i];
    if (right) correct++;
    if (labels[i] === label) {
      ofLabel++;
      if (right) correctOnLabel++;
    }
  }
  return { correct, correctOnLabel, ofLabel };
}

/** The smallest shift with the best validation accuracy (ties go to the smaller change). */
export function chooseShift(
  logits: Float32Array,
  labels: Uint8Array,
  numClasses: number,
  label: number,
): number {
  let best = 0;
  let bestCorrect = -1;
  for (const shift of BIAS_SHIFTS) {
    const { correct } = countCorrect(logits, labels, numClasses, label, shift);
    if (correct > bestCorrect) {
      bestCorrect = correct;
      best = shift;
    }
  }
  return best;
}

/** Measures a trained student on the class its transfer set left out (see the file comment). */
export async function measureOmittedClass(
  network: Network,
  label: number,
  validation: DataSplit,
  test: DataSplit,
  featureSize: number,
): Promise<OmittedClassResult> {
  const numClasses = network.spec.numClasses;
  const shift = chooseShift(
    await computeTeacherLogits(network, validation, featureSize),
    validation.y,
    numClasses,
    label,
  );
  const testLogits = await computeTeacherLogits(network, test, featureSize);
  const before = countCorrect(testLogits, test.y, numClasses, label, 0);
  const after = countCorrect(testLogits, test.y, numClasses, label, shift);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    label,
    recall: ratio(before.correctOnLabel, before.ofLabel),
    shift,
    shiftedRecall: ratio(after.correctOnLabel, after.ofLabel),
    shiftedAccuracy: ratio(after.correct, test.y.length),
  };
}
