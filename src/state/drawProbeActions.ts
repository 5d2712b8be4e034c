import type { DrawProbe } from '../engine/api';
import { engine, errorMessage } from './engineActions';
import { labStore } from './labStore';
import { latestWins, type LatestWins } from './latestWins';
import type { LabStore } from './store';

/** One drawing as pixels: one channel, ink bright, 0–255. */
export interface Drawing {
  gray: Uint8Array;
  width: number;
  height: number;
}

/**
 * The drawing probe's request channel: the worker preprocesses and classifies, the newest
 * drawing wins (a fast stroke never queues a backlog), and replies go to `onReply` with the
 * config they answered.
 */
export function drawProbeChannel(
  onReply: (reply: DrawProbe) => void,
  onError: (message: string) => void,
  store: LabStore = labStore,
): LatestWins<Drawing> {
  return latestWins<Drawing>(
    async ({ gray, width, height }) => {
      onReply(await engine().probeDrawing(gray, width, height, store.getState().config));
    },
    (e) => onError(errorMessage(e)),
  );
}
