import { useEffect, useRef } from 'react';

/** Arrow keys commit once the keys stop for this long, not once per press (a held key sends
 * ~30 presses a second; each commit is a measurement and a chart point). */
export const KEY_SETTLE_MS = 300;

/**
 * The Radix slider handlers that commit a value once per release: after a drag ends, and once
 * arrow keys stop for KEY_SETTLE_MS. Radix calls onValueCommit for a key press before
 * onValueChange has stored the new value; waiting (a microtask for a drag, the settle time for
 * keys) lets `onRelease` see that change. Previews keep up meanwhile through the latest-wins
 * drag channel.
 */
export function useSettledCommit(onRelease: (() => void) | undefined) {
  // Whether the last interaction was the keyboard, and the pending keyboard commit.
  const viaKeys = useRef(false);
  const keyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (keyTimer.current !== null) clearTimeout(keyTimer.current);
    },
    [],
  );
  return {
    onValueCommit: () => {
      if (!onRelease) return;
      if (!viaKeys.current) {
        queueMicrotask(onRelease);
        return;
      }
      if (keyTimer.current !== null) clearTimeout(keyTimer.current);
      keyTimer.current = setTimeout(() => {
        keyTimer.current = null;
        onRelease();
      }, KEY_SETTLE_MS);
    },
    onKeyDown: () => {
      viaKeys.current = true;
    },
    onPointerDown: () => {
      viaKeys.current = false;
    },
  };
}
