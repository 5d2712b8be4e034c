import type { StateCreator } from 'zustand';
import type { BackendName } from '../core/backend';
import type { MemoryCheck, MemoryRunKind } from '../core/experiment/memoryCheck';
import type { TimeCheck } from '../core/experiment/timeCheck';
import type { LabState } from './store';

/**
 * Things that went wrong outside the learner's control, and what the app did about them. They
 * are shown (FaultNotice) until dismissed, apart from the run's own error, so that a recovered
 * run does not look as if nothing had happened.
 */
export type Fault =
  /** The GPU device was lost mid-run; the run was restarted on `to`. */
  | { kind: 'device-lost'; from: BackendName; to: BackendName | null; reason: string }
  /** The worker died (crash, out of memory, killed); a fresh one was started. */
  | { kind: 'worker-restarted'; reason: string; duringRun: boolean }
  /** A run was refused before it started: it would not fit the backend's memory. */
  | { kind: 'memory'; run: MemoryRunKind; check: MemoryCheck }
  /** A run was refused before it started: it would take longer than the time limit. */
  | { kind: 'time'; run: MemoryRunKind; check: TimeCheck };

export type FaultNotice = Fault & { id: number };

export interface FaultsSlice {
  faults: FaultNotice[];
  faultRaised(fault: Fault): void;
  faultDismissed(id: number): void;
  /** Drops the notices of one kind, e.g. an old memory refusal once a run fits. */
  faultsCleared(kind: Fault['kind']): void;
}

/** At most this many notices stay on screen; older ones are dropped first. */
export const MAX_FAULTS = 3;

export const createFaultsSlice: StateCreator<LabState, [], [], FaultsSlice> = (set) => {
  let nextId = 1;
  return {
    faults: [],
    faultRaised: (fault) =>
      set((s) => ({
        // A new refusal replaces the previous one of its kind rather than stacking up.
        faults: [
          ...s.faults.filter(
            (f) => !(fault.kind === f.kind && (f.kind === 'memory' || f.kind === 'time')),
          ),
          { ...fault, id: nextId++ },
        ].slice(-MAX_FAULTS),
      })),
    faultDismissed: (id) => set((s) => ({ faults: s.faults.filter((f) => f.id !== id) })),
    faultsCleared: (kind) =>
      set((s) =>
        s.faults.some((f) => f.kind === kind)
          ? { faults: s.faults.filter((f) => f.kind !== kind) }
          : {},
      ),
  };
};
