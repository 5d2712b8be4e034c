import { describe, expect, it } from 'vitest';
import { chooseShift, countCorrect } from './omittedClass';

// Three classes, four examples; class 2 was never trained on, so its logit sits 1.2 too low on
// the two examples that are 2s (its own logit is the second highest there).
const logits = Float32Array.from([
  3,
  0,
  1.8, // a 2: class 0 wins by 1.2
  0,
  3,
  2.5, // a 2: class 1 wins by 0.5
  3,
  0,
  0, // a 0
  0,
  3,
  1, // a 1
]);
const labels = Uint8Array.from([2, 2, 0, 1]);

describe('omitted class', () => {
  it('counts correct answers overall and on the class, with its logit shifted', () => {
    expect(countCorrect(logits, labels, 3, 2, 0)).toEqual({
      correct: 2,
      correctOnLabel: 0,
      ofLabel: 2,
    });
    expect(countCorrect(logits, labels, 3, 2, 1)).toEqual({
      correct: 3,
      correctOnLabel: 1,
      ofLabel: 2,
    });
    // Too far: the 1 is now read as a 2 as well.
    expect(countCorrect(logits, labels, 3, 2, 2.5)).toEqual({
      correct: 3,
      correctOnLabel: 2,
      ofLabel: 2,
    });
  });

  it('chooses the smallest shift with the most correct answers', () => {
    // 1.5 recovers both 2s and keeps the 1 (3 > 2.5) and the 0: all four right.
    expect(chooseShift(logits, labels, 3, 2)).toBe(1.5);
    // Nothing to gain: no shift.
    expect(chooseShift(logits, Uint8Array.from([0, 1, 0, 1]), 3, 2)).toBe(0);
  });
});
