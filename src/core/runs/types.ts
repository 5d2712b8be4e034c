import type { BackendName } from '../backend';
import type { ExperimentConfig } from '../config';
import type { CommittedPoint } from '../experiment/compress/types';
import type { ModelSummary } from '../experiment/events';

/**
 * One finished training run as the runs table keeps it, in IndexedDB and in exported files.
 * Plain JSON data: it must survive structured cloning, JSON and a reload by a later version.
 */
export interface SavedRun {
  id: string;
  /** What the table shows; the user may rename it. */
  name: string;
  /** A teacher run, or a students run (the distilled and scratch students of a teacher). */
  kind: 'teacher' | 'students';
  /** Date.now() when the run finished. */
  createdAt: number;
  /** The config the run was started with (a slider moved during training does not count). */
  config: ExperimentConfig;
  /** Where it ran: numbers agree exactly only on the same backend (and adapter). */
  backend: SavedBackend;
  teacher: ModelSummary;
  /** Null for a teacher run. */
  student: ModelSummary | null;
  scratchStudent: ModelSummary | null;
  /** The teacher's training curves, thinned (see MAX_CURVE_POINTS); empty for a students run. */
  curves: SavedCurves;
  /**
   * Compression points committed against this teacher (the Pareto chart's), oldest first.
   * Kept with the run because training a new teacher clears the chart.
   */
  points: CommittedPoint[];
}

export interface SavedBackend {
  name: BackendName;
  adapter: string | null;
  isFallbackAdapter: boolean;
}

export interface SavedCurves {
  step: { step: number; epoch: number; loss: number; accuracy: number }[];
  epoch: { epoch: number; loss: number; trainAccuracy: number; previewAccuracy: number }[];
}

/** A saved curve is for looking back at the shape; a few hundred points draw the same line. */
export const MAX_CURVE_POINTS = 200;

/** At most `max` evenly spaced points, keeping the first and the last. */
export function thinCurve<T>(points: readonly T[], max = MAX_CURVE_POINTS): T[] {
  if (points.length <= max || max < 2) return [...points];
  const stride = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * stride)]);
}
