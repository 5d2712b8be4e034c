import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import type { CommittedPoint, CompressedPoint } from '../core/experiment/compress/types';
import { createLabStore } from './store';

const fresh = () => createLabStore({ config: defaultConfig(), notices: [], extras: {} });
const point = (accuracy: number) => ({ accuracy, sizeBytes: 100 }) as CompressedPoint;
const committed = (id: string, accuracy: number): CommittedPoint => ({
  id,
  createdAt: 1,
  point: point(accuracy),
});

describe('compress slice', () => {
  it('appends committed points, and a point with a known id replaces its old self', () => {
    const store = fresh();
    store.getState().compressPointCommitted(committed('a', 0.1));
    store.getState().compressPointCommitted(committed('b', 0.2));
    store.getState().compressPointCommitted(committed('a', 0.3));
    expect(store.getState().compressPoints.map((p) => [p.id, p.point.accuracy])).toEqual([
      ['a', 0.3],
      ['b', 0.2],
    ]);
  });

  it('replaces all points on restore, with a copy of the list', () => {
    const store = fresh();
    store.getState().compressPointCommitted(committed('a', 0.1));
    const saved = [committed('x', 0.5), committed('y', 0.6)];
    store.getState().compressPointsRestored(saved);
    expect(store.getState().compressPoints).toEqual(saved);
    expect(store.getState().compressPoints).not.toBe(saved);
  });

  it('never lets an answer to an older request replace a newer live point', () => {
    const store = fresh();
    store.getState().livePointReceived(2, point(0.2));
    store.getState().livePointReceived(1, point(0.1));
    expect(store.getState().livePoint?.accuracy).toBe(0.2);
    store.getState().livePointReceived(3, point(0.3));
    expect(store.getState().livePoint?.accuracy).toBe(0.3);
  });

  it('tracks one long run; progress and endings of another run id are ignored', () => {
    const store = fresh();
    store.getState().compressRunStarted('full', 'r1');
    store.getState().compressRunProgress('r0', 0.9, 10);
    expect(store.getState().compressRun?.fraction).toBe(0);
    store.getState().compressRunProgress('r1', 0.5, 10);
    expect(store.getState().compressRun).toEqual({
      task: 'full',
      runId: 'r1',
      fraction: 0.5,
      etaMs: 10,
    });
    store.getState().compressRunEnded('r0');
    expect(store.getState().compressRun).not.toBeNull();
    store.getState().compressRunEnded('r1');
    expect(store.getState().compressRun).toBeNull();
  });

  it('reset forgets points and results but keeps the request counter', () => {
    const store = fresh();
    store.getState().compressPointCommitted(committed('a', 0.1));
    store.getState().livePointReceived(7, point(0.2));
    store.getState().compressReset();
    const s = store.getState();
    expect(s.compressPoints).toEqual([]);
    expect(s.livePoint).toBeNull();
    expect(s.liveSeq).toBe(7);
  });
});
