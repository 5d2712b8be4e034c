import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../core/config';
import { newRunId } from './runId';
import { openRunsDb } from './runsDb';
import { startRunsPersistence } from './runsPersistence';
import { createLabStore } from './store';
import type { TeacherResult } from './trainingSlice';

const teacher: TeacherResult = {
  accuracy: 0.9,
  params: 100,
  sizeBytes: 400,
  trainMs: 50,
  backend: { name: 'wasm', adapter: null, isFallbackAdapter: false, fallbacks: [] },
};

/** One tab: its own store, persisting to the shared database, every clock reading `ms`. */
async function tab(dbName: string, ms: number) {
  const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
  const persistence = startRunsPersistence(
    store,
    () => openRunsDb(dbName),
    () => ms,
  );
  await persistence.idle();
  return { store, persistence };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('run ids', () => {
  it('two tabs starting runs in the same millisecond get different ids, and both are stored', async () => {
    // The clock stands still: an id made from it would be the same in both tabs.
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    vi.spyOn(performance, 'now').mockReturnValue(1234);
    const dbName = 'run-id-test';
    const tabs = [await tab(dbName, 1000), await tab(dbName, 1000)];
    const ids = tabs.map(({ store }) => {
      const id = newRunId();
      store.getState().runStarted(id);
      store.getState().runFinished(id, teacher);
      return id;
    });
    expect(ids[0]).not.toBe(ids[1]);
    for (const { persistence } of tabs) {
      await persistence.idle();
      persistence.stop();
    }

    const reopened = await tab(dbName, 1000);
    const stored = reopened.store.getState().runs;
    expect(stored.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(stored.map((r) => r.createdAt)).toEqual([1000, 1000]);
    reopened.persistence.stop();
  });

  it('is a run- prefixed UUID', () => {
    expect(newRunId()).toMatch(
      /^run-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
