import type { StateCreator } from 'zustand';
import type { BackendInfo } from '../core/backend';
import type { MemoryInfo } from '../engine/api';
import type { LabState } from './store';

export type BackendStatus = 'starting' | 'ready' | 'error';

export interface EngineInfoSlice {
  backend: BackendInfo | null;
  backendStatus: BackendStatus;
  backendError: string | null;
  /** `tf.memory()` in the worker, as of the last poll. */
  memory: MemoryInfo | null;
  backendStarting(): void;
  backendReady(info: BackendInfo): void;
  backendFailed(message: string): void;
  memoryMeasured(memory: MemoryInfo): void;
}

export const createEngineInfoSlice: StateCreator<LabState, [], [], EngineInfoSlice> = (set) => ({
  backend: null,
  backendStatus: 'starting',
  backendError: null,
  memory: null,
  backendStarting: () => set({ backendStatus: 'starting', backendError: null }),
  backendReady: (info) => set({ backend: info, backendStatus: 'ready', backendError: null }),
  backendFailed: (message) => set({ backendStatus: 'error', backendError: message }),
  memoryMeasured: (memory) =>
    set((s) =>
      s.memory && s.memory.numTensors === memory.numTensors && s.memory.numBytes === memory.numBytes
        ? {}
        : { memory: { numTensors: memory.numTensors, numBytes: memory.numBytes } },
    ),
});
