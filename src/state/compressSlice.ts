import type { StateCreator } from 'zustand';
import type {
  CommittedPoint,
  CompressedPoint,
  CompressionInspection,
  SensitivityCurve,
  SparseVsDense,
} from '../core/experiment/compress/types';
import type { LabState } from './store';

/** The long compression jobs; one at a time, as they all train or sweep in the worker. */
export type CompressTask = 'full' | 'sensitivity' | 'sparseVsDense' | 'latency' | 'latencyStudy';

export interface CompressRun {
  task: CompressTask;
  runId: string;
  /** 0..1, from the worker's progress events. */
  fraction: number;
  etaMs: number | null;
}

export interface CompressData {
  /** Every committed point, oldest first: the Pareto chart's points and what saved runs keep. */
  compressPoints: CommittedPoint[];
  /** The newest answer from the worker (a drag's preview, a release's commit, a full run). */
  livePoint: CompressedPoint | null;
  /** Request number of `livePoint`; an answer to an older request never replaces a newer one. */
  liveSeq: number;
  compressError: string | null;
  compressRun: CompressRun | null;
  /** Weights, predictions and boundaries of the model behind the last commit. */
  inspection: CompressionInspection | null;
  inspectionError: string | null;
  sensitivity: SensitivityCurve[] | null;
  sparseVsDense: SparseVsDense | null;
}

export interface CompressSlice extends CompressData {
  /** Adds a point; a point with the same id replaces the old one (a re-run updates its point). */
  compressPointCommitted(p: CommittedPoint): void;
  /** Replaces all points (restoring a saved run). */
  compressPointsRestored(points: CommittedPoint[]): void;
  livePointReceived(seq: number, point: CompressedPoint): void;
  compressFailed(message: string | null): void;
  compressRunStarted(task: CompressTask, runId: string): void;
  compressRunProgress(runId: string, fraction: number, etaMs: number | null): void;
  /** The run is over, whatever the outcome; a stale run id is ignored. */
  compressRunEnded(runId: string): void;
  inspectionReceived(inspection: CompressionInspection): void;
  inspectionFailed(message: string): void;
  sensitivityReceived(curves: SensitivityCurve[]): void;
  sparseVsDenseReceived(result: SparseVsDense): void;
  /** A new model was trained: everything measured on the old one goes. */
  compressReset(): void;
}

export const initialCompressData: CompressData = {
  compressPoints: [],
  livePoint: null,
  liveSeq: 0,
  compressError: null,
  compressRun: null,
  inspection: null,
  inspectionError: null,
  sensitivity: null,
  sparseVsDense: null,
};

export const createCompressSlice: StateCreator<LabState, [], [], CompressSlice> = (set) => ({
  ...initialCompressData,
  compressPointCommitted: (p) =>
    set((s) => {
      const at = s.compressPoints.findIndex((q) => q.id === p.id);
      if (at < 0) return { compressPoints: [...s.compressPoints, p] };
      const compressPoints = s.compressPoints.slice();
      compressPoints[at] = p;
      return { compressPoints };
    }),
  compressPointsRestored: (points) => set({ compressPoints: [...points] }),
  livePointReceived: (seq, point) =>
    set((s) => (seq < s.liveSeq ? {} : { livePoint: point, liveSeq: seq, compressError: null })),
  compressFailed: (message) => set({ compressError: message }),
  compressRunStarted: (task, runId) =>
    set({ compressRun: { task, runId, fraction: 0, etaMs: null }, compressError: null }),
  compressRunProgress: (runId, fraction, etaMs) =>
    set((s) =>
      s.compressRun?.runId === runId ? { compressRun: { ...s.compressRun, fraction, etaMs } } : {},
    ),
  compressRunEnded: (runId) =>
    set((s) => (s.compressRun?.runId === runId ? { compressRun: null } : {})),
  inspectionReceived: (inspection) => set({ inspection, inspectionError: null }),
  inspectionFailed: (message) => set({ inspectionError: message }),
  sensitivityReceived: (curves) => set({ sensitivity: curves }),
  sparseVsDenseReceived: (result) => set({ sparseVsDense: result }),
  compressReset: () => set((s) => ({ ...initialCompressData, liveSeq: s.liveSeq })),
});
