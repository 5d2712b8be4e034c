import type { StateCreator } from 'zustand';
import { MAX_RUN_NAME, type RunFileError, type SavedRun } from '../core/runs';
import type { LabState } from './store';

/** Whether saved runs survive a reload: IndexedDB can be missing (some private windows). */
export type RunsStorage = 'loading' | 'ready' | 'unavailable';

/** The last import's outcome, for the runs panel to announce. */
export type RunsImportStatus =
  { kind: 'imported'; count: number } | { kind: 'failed'; error: RunFileError };

export interface RunsSlice {
  /** Finished runs, newest first. runsPersistence mirrors this list into IndexedDB. */
  runs: SavedRun[];
  /** The run others are compared against, or null. */
  baselineRunId: string | null;
  runsStorage: RunsStorage;
  runsImport: RunsImportStatus | null;
  /** Runs read back from storage; merged with any saved before storage answered. */
  runsRestored(runs: SavedRun[], baselineRunId: string | null): void;
  runsStorageFailed(): void;
  /** Adds a run, or replaces the one with the same id. */
  runSaved(run: SavedRun): void;
  runRenamed(id: string, name: string): void;
  runDeleted(id: string): void;
  baselinePinned(id: string | null): void;
  /** Adds a validated file's runs (same id: the file's copy wins). */
  runsImported(runs: SavedRun[]): void;
  runsImportFailed(error: RunFileError): void;
  runsImportDismissed(): void;
}

const newestFirst = (runs: SavedRun[]): SavedRun[] =>
  runs.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));

/** `incoming` replace runs of the same id in `current`. */
function merge(current: readonly SavedRun[], incoming: readonly SavedRun[]): SavedRun[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  for (const run of incoming) byId.set(run.id, run);
  return newestFirst([...byId.values()]);
}

export const createRunsSlice: StateCreator<LabState, [], [], RunsSlice> = (set) => ({
  runs: [],
  baselineRunId: null,
  runsStorage: 'loading',
  runsImport: null,
  runsRestored: (runs, baselineRunId) =>
    set((s) => {
      // Runs saved before storage answered are newer than what it held: they win.
      const merged = merge(runs, s.runs);
      const baseline = s.baselineRunId ?? baselineRunId;
      return {
        runs: merged,
        baselineRunId: merged.some((r) => r.id === baseline) ? baseline : null,
        runsStorage: 'ready',
      };
    }),
  runsStorageFailed: () => set({ runsStorage: 'unavailable' }),
  runSaved: (run) => set((s) => ({ runs: merge(s.runs, [run]) })),
  runRenamed: (id, name) =>
    set((s) => {
      const clean = name.trim().slice(0, MAX_RUN_NAME);
      const at = s.runs.findIndex((r) => r.id === id);
      if (at < 0 || clean === '' || s.runs[at].name === clean) return {};
      const runs = s.runs.slice();
      runs[at] = { ...runs[at], name: clean };
      return { runs };
    }),
  runDeleted: (id) =>
    set((s) =>
      s.runs.some((r) => r.id === id)
        ? {
            runs: s.runs.filter((r) => r.id !== id),
            baselineRunId: s.baselineRunId === id ? null : s.baselineRunId,
          }
        : {},
    ),
  baselinePinned: (id) =>
    set((s) => ({ baselineRunId: id !== null && s.runs.some((r) => r.id === id) ? id : null })),
  runsImported: (runs) =>
    set((s) => ({
      runs: merge(s.runs, runs),
      runsImport: { kind: 'imported', count: runs.length },
    })),
  runsImportFailed: (error) => set({ runsImport: { kind: 'failed', error } }),
  runsImportDismissed: () => set({ runsImport: null }),
});
