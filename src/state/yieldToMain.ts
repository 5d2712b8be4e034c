import { yieldToEventLoop } from '../core/train/yield';

/**
 * Lets the page draw and answer input between slices of long work (a 5,000-run import, restore
 * or export) so none of them is one long task. It is the training loop's yield: a message on a
 * MessageChannel, not setTimeout, whose timers in a background tab are throttled to once a
 * second, which would stretch a restore into minutes.
 */
export const yieldToMain = yieldToEventLoop;

/** How long one slice of main-thread work may run before it yields: half a 60 Hz frame. */
export const SLICE_MS = 8;

/**
 * A clock for work in slices: `due()` is true once the current slice has used its time, and
 * `pause()` yields and starts the next slice.
 */
export function sliceClock(budgetMs = SLICE_MS, now: () => number = () => performance.now()) {
  let start = now();
  return {
    due: () => now() - start >= budgetMs,
    pause: async () => {
      await yieldToMain();
      start = now();
    },
  };
}
