import type { StateCreator } from 'zustand';
import type { SweepResult } from '../core/experiment/temperatureSweep';
import type { LabState } from './store';

/** The temperatures a sweep tries: from "almost hard labels" to "very soft". */
export const SWEEP_TEMPERATURES = [1, 2, 4, 8, 16] as const;

export interface SweepSlice {
  /** Results so far of the last temperature sweep (grows while it runs). */
  sweep: SweepResult | null;
  sweepTemperatures: number[];
  sweepStarted(temperatures: number[]): void;
  sweepUpdated(result: SweepResult): void;
}

export const createSweepSlice: StateCreator<LabState, [], [], SweepSlice> = (set) => ({
  sweep: null,
  sweepTemperatures: [],
  sweepStarted: (temperatures) => set({ sweep: null, sweepTemperatures: temperatures }),
  sweepUpdated: (result) => set({ sweep: result }),
});
