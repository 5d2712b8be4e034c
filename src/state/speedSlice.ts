import type { StateCreator } from 'zustand';
import type { LatencyReport, LatencyStudy } from '../core/speed/variants';
import type { LabState } from './store';

/** What the speed panel shows: one timing of the current model, and the latency study. */
export interface SpeedData {
  /** The last full timing (batch 1 and 256) and the settings it was measured with, so the
   * panel can mark it stale once the sliders move on. */
  speedReport: { settings: string; report: LatencyReport } | null;
  latencyStudy: LatencyStudy | null;
}

export interface SpeedSlice extends SpeedData {
  speedReportReceived(settings: string, report: LatencyReport): void;
  latencyStudyReceived(study: LatencyStudy): void;
  /** A new model was trained: its timings say nothing about the new one. */
  speedReset(): void;
}

const initialSpeedData: SpeedData = { speedReport: null, latencyStudy: null };

export const createSpeedSlice: StateCreator<LabState, [], [], SpeedSlice> = (set) => ({
  ...initialSpeedData,
  speedReportReceived: (settings, report) => set({ speedReport: { settings, report } }),
  latencyStudyReceived: (study) => set({ latencyStudy: study }),
  speedReset: () => set(initialSpeedData),
});

/** The Pareto chart's x-axis, kept in the link as `axis=` (bytes when absent or unknown). */
export const CHART_AXES = ['bytes', 'macs', 'latency'] as const;
export type ChartAxis = (typeof CHART_AXES)[number];

export const selectChartAxis = (s: LabState): ChartAxis =>
  (CHART_AXES as readonly string[]).includes(s.extras.axis ?? '')
    ? (s.extras.axis as ChartAxis)
    : 'bytes';
