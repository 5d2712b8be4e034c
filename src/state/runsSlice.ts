import type { StateCreator } from 'zustand';
import { MAX_RUN_NAME, type RunFileError, type SavedRun } from '../core/runs';
import type { LabState } from './store';
import { newRunId } from './runId';

/** Whether saved runs survive a reload: IndexedDB can be missing (some private windows). */
export type RunsStorage = 'loading' | 'ready' | 'unavailable';

/** What to do with an imported run whose id is already taken (in the table or earlier in the file). */
export type ImportCollision = 'both' | 'replace' | 'skip';

/** Exact outcome of an import: every run of the file is counted once. */
export interface ImportCounts {
  added: number;
  replaced: number;
  skipped: number;
  /** Kept both: the imported copy got a new id. */
  renamed: number;
  /** New runs left out because the table was full (MAX_STORED_RUNS); the file's first ones fit. */
  capped: number;
}

/** The last import's outcome, for the runs panel to announce. */
export type RunsImportStatus =
  | { kind: 'imported'; counts: ImportCounts }
  | { kind: 'failed'; error: RunFileError }
  /** Some ids collide: waiting for the user's choice; nothing changed yet. */
  | { kind: 'conflict'; runs: SavedRun[]; collisions: number };

/**
 * Far more than a class uses; beyond it restoring and exporting get slow for no one's benefit.
 * An import fills the table up to it and says how many runs it left out.
 */
export const MAX_STORED_RUNS = 5000;

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
  /** Adds a validated file's runs; when ids collide, asks first (runsImportResolved). */
  runsImported(runs: SavedRun[]): void;
  runsImportResolved(choice: ImportCollision): void;
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
    set((s) => {
      const taken = new Set(s.runs.map((r) => r.id));
      let collisions = 0;
      for (const run of runs) {
        if (taken.has(run.id)) collisions++;
        taken.add(run.id);
      }
      if (collisions > 0) return { runsImport: { kind: 'conflict', runs, collisions } };
      return importInto(s.runs, runs, 'skip');
    }),
  runsImportResolved: (choice) =>
    set((s) =>
      s.runsImport?.kind === 'conflict' ? importInto(s.runs, s.runsImport.runs, choice) : {},
    ),
  runsImportFailed: (error) => set({ runsImport: { kind: 'failed', error } }),
  runsImportDismissed: () => set({ runsImport: null }),
});

/** Applies an import with a collision policy, counting exactly what happened to each run. */
function importInto(
  current: readonly SavedRun[],
  incoming: readonly SavedRun[],
  choice: ImportCollision,
): Pick<RunsSlice, 'runs' | 'runsImport'> {
  const byId = new Map(current.map((r) => [r.id, r]));
  const counts: ImportCounts = { added: 0, replaced: 0, skipped: 0, renamed: 0, capped: 0 };
  // Replacing takes no room; adding (a new id, or a copy kept under a new id) does.
  const full = () => byId.size >= MAX_STORED_RUNS;
  for (const run of incoming) {
    if (!byId.has(run.id)) {
      if (full()) counts.capped++;
      else {
        byId.set(run.id, run);
        counts.added++;
      }
    } else if (choice === 'replace') {
      byId.set(run.id, run);
      counts.replaced++;
    } else if (choice === 'skip') {
      counts.skipped++;
    } else if (full()) {
      counts.capped++;
    } else {
      const copy = { ...run, id: newRunId() };
      byId.set(copy.id, copy);
      counts.renamed++;
    }
  }
  return { runs: newestFirst([...byId.values()]), runsImport: { kind: 'imported', counts } };
}
