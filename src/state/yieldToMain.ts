/**
 * Lets the page draw and answer input between slices of long work (a 5,000-run import, restore
 * or export) so none of them is one long task. A message on a MessageChannel, not setTimeout:
 * timers in a background tab are throttled to once a second, which would stretch a restore
 * into minutes.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
