import type { ExperimentConfig } from '../core/config';
import type { ModelSummary, TrainEvent } from '../core/experiment/events';
import type { BackendInfo } from '../core/backend';
import type { DatasetName } from '../core/data/types';

/** A few test images (or 2-D points) for the dataset picker's sample grid. */
export interface SampleGrid {
  dataset: DatasetName;
  /** [height, width] of one image, or [0, 0] for 2-D point sets. */
  imageSize: [number, number];
  /** count × height × width bytes (0–255) for images; count × 2 floats for points. */
  pixels: Uint8Array | Float32Array;
  labels: Uint8Array;
  classNames: string[];
}

export interface MemoryInfo {
  numTensors: number;
  numBytes: number;
}

/**
 * What the worker offers the app (through Comlink). Every long call takes a runId; `cancel(runId)`
 * stops it at the next step and the call rejects with a message starting "cancelled".
 * Events arrive through the `onEvent` callback (wrapped with Comlink.proxy by the caller).
 */
export interface EngineApi {
  /** Picks and initialises the backend ('auto' tries webgpu → webgl → wasm → cpu). */
  initBackend(requested: ExperimentConfig['backend']): Promise<BackendInfo>;
  samples(dataset: DatasetName, count: number): Promise<SampleGrid>;
  trainTeacher(
    runId: string,
    config: ExperimentConfig,
    onEvent: (event: TrainEvent) => void,
  ): Promise<ModelSummary & { backend: BackendInfo }>;
  cancel(runId: string): void;
  memory(): Promise<MemoryInfo>;
}
