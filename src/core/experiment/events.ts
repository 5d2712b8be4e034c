import type { EpochReport, StepReport } from '../train/trainLoop';
import type { OmittedClassResult } from './omittedClass';

/** What a training run reports while it runs. The engine forwards these to the UI unchanged. */
export type Phase = 'loading-data' | 'initialising' | 'training' | 'evaluating' | 'done';

export type TrainEvent =
  | { type: 'phase'; model: ModelRole; phase: Phase }
  // The loop's own reports, tagged with the model they belong to.
  | ({ type: 'progress'; model: ModelRole; epochs: number } & StepReport)
  | ({ type: 'epoch'; model: ModelRole } & EpochReport);

export type ModelRole = 'teacher' | 'student' | 'scratchStudent' | 'compressed';

/** The per-model part of a Result (docs/CONFIG.md, "The CLI result"). */
export interface ModelSummary {
  /** Fraction of the full test set classified correctly: the reported figure. */
  accuracy: number;
  /**
   * Fraction of the validation split (carved from training, never trained on) classified
   * correctly: the figure choices are made on. Absent in saved runs, which keep test figures.
   */
  valAccuracy?: number;
  /** A student whose transfer set left a class out (`student.omitClass`): what it makes of it. */
  omitted?: OmittedClassResult;
  params: number;
  /** Bytes of the dense float32 encoding. */
  sizeBytes: number;
  trainMs: number;
}

/** Why a run stopped early. */
export class RunError extends Error {
  constructor(
    readonly code: 'cancelled' | 'nan-loss' | 'data' | 'backend' | 'config' | 'memory',
    message: string,
  ) {
    super(message);
    this.name = 'RunError';
  }
}
