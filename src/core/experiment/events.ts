/** What a training run reports while it runs. The engine forwards these to the UI unchanged. */
export type Phase = 'loading-data' | 'initialising' | 'training' | 'evaluating' | 'done';

export type TrainEvent =
  | { type: 'phase'; model: ModelRole; phase: Phase }
  | {
      type: 'progress';
      model: ModelRole;
      /** 0-based epoch and step within the epoch. */
      epoch: number;
      epochs: number;
      step: number;
      stepsPerEpoch: number;
      /** Fraction of the whole run done, 0..1. */
      fraction: number;
      /** Mean training loss and accuracy over the steps since the last report. */
      loss: number;
      accuracy: number;
      samplesPerSec: number;
      etaMs: number;
    }
  | {
      type: 'epoch';
      model: ModelRole;
      epoch: number;
      loss: number;
      trainAccuracy: number;
      /** Accuracy on a fixed held-out preview subset of the test set (cheap, every epoch). */
      previewAccuracy: number;
    };

export type ModelRole = 'teacher' | 'student' | 'scratchStudent' | 'compressed';

/** The per-model part of a Result (DESIGN.md §5). */
export interface ModelSummary {
  /** Fraction of the full test set classified correctly. */
  accuracy: number;
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
