import { useCallback, useSyncExternalStore } from 'react';
import type { LabState } from '../../state/store';
import { labStore } from '../../state/labStore';

/** How often a chart of streaming training points redraws at most. */
export const CURVE_REDRAW_MS = 750;

/**
 * A field of the store, re-read at most every `ms` (the last change always arrives). Training
 * streams progress into the store ten times a second; a recharts redraw runs its own store and
 * selectors synchronously, so the curves follow the run a little more slowly than the progress
 * bar instead of costing the main thread a long task per batch of events.
 */
export function useLabThrottled<T>(selector: (state: LabState) => T, ms = CURVE_REDRAW_MS): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last = 0;
      const unsubscribe = labStore.subscribe(() => {
        if (timer !== null) return;
        timer = setTimeout(
          () => {
            timer = null;
            last = Date.now();
            notify();
          },
          Math.max(0, last + ms - Date.now()),
        );
      });
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
    [ms],
  );
  return useSyncExternalStore(subscribe, () => selector(labStore.getState()));
}
