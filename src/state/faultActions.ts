import type { BackendInfo, BackendName } from '../core/backend';
import {
  checkRunMemory,
  skipsMemoryCheck,
  type MemoryRunKind,
} from '../core/experiment/memoryCheck';
import { checkRunTime, skipsTimeCheck } from '../core/experiment/timeCheck';
import type { BudgetBackend } from '../core/model/memoryEstimate';
import { DEVICE_LOST } from '../engine/deviceLoss';
import type { EngineClientOptions } from '../engine/client';
import type { LabStore } from './store';

/** True when the page was opened with ?testHooks=1: fault injection for the e2e tests. */
export const testHooksOn = (store: LabStore): boolean => store.getState().extras.testHooks === '1';

/** Tests kill the worker on purpose, so they wait for the heartbeat seconds, not half a minute. */
export const engineClientOptions = (store: LabStore): EngineClientOptions =>
  testHooksOn(store) ? { testHooks: true, heartbeatTimeoutMs: 5_000 } : {};

/** The backend a run will most likely get: the one in use under 'auto', else the one asked for. */
function expectedBackend(store: LabStore): BudgetBackend {
  const { config, backend } = store.getState();
  if (config.backend !== 'auto') return config.backend;
  return backend?.name ?? 'webgpu';
}

/**
 * Checks a run against the memory budget before the worker is asked (the worker checks again
 * with the backend it really has), then against the time limit (timeCheck.ts), so a link cannot
 * start a run of many hours. A refusal becomes a notice with the estimate and the nearest config
 * that fits; returns true when refused.
 */
export function refuseIfOverBudget(store: LabStore, run: MemoryRunKind): boolean {
  const s = store.getState();
  if (skipsMemoryCheck(s.config)) return false;
  const name = expectedBackend(store);
  const limit = name === 'webgpu' ? (s.backend?.maxBindingBytes ?? null) : null;
  const check = checkRunMemory(s.config, run, name, limit);
  if (check.over !== null) {
    s.faultRaised({ kind: 'memory', run, check });
    return true;
  }
  s.faultsCleared('memory');
  if (skipsTimeCheck(s.config)) return false;
  const time = checkRunTime(s.config, run, name);
  if (time.over) {
    s.faultRaised({ kind: 'time', run, check: time });
    return true;
  }
  s.faultsCleared('time');
  return false;
}

/** Worker crashes closer together than this count towards the restart limit. */
const CRASH_WINDOW_MS = 60_000;
const MAX_RESTARTS_IN_WINDOW = 3;
const recentCrashes: number[] = [];

/**
 * Records a worker crash and says whether to start a fresh worker right away. A worker that
 * dies on start-up would otherwise be restarted in a tight loop; after a few crashes in a
 * minute the next command starts it instead.
 */
export function workerCrashed(store: LabStore, reason: string, now = Date.now()): boolean {
  const s = store.getState();
  const duringRun = s.status === 'running';
  if (duringRun) s.runFailed(s.runId, `worker: ${reason}`);
  else s.backendFailed(`worker: ${reason}`);
  s.faultRaised({ kind: 'worker-restarted', reason, duringRun });
  while (recentCrashes.length > 0 && now - recentCrashes[0] > CRASH_WINDOW_MS)
    recentCrashes.shift();
  recentCrashes.push(now);
  return recentCrashes.length <= MAX_RESTARTS_IN_WINDOW;
}

/**
 * After a lost GPU device: initialise the next backend (the worker marks the lost one
 * unusable) and say so. The caller then restarts the run; results already in the store stay.
 */
export async function recoverFromDeviceLoss(
  store: LabStore,
  message: string,
  initBackend: () => Promise<BackendInfo>,
): Promise<boolean> {
  const from: BackendName = store.getState().backend?.name ?? 'webgpu';
  const reason = message.slice(DEVICE_LOST.length).trim();
  store.getState().backendStarting();
  try {
    const info = await initBackend();
    store.getState().backendReady(info);
    store.getState().faultRaised({ kind: 'device-lost', from, to: info.name, reason });
    return true;
  } catch (e) {
    store.getState().backendFailed(e instanceof Error ? e.message : String(e));
    store.getState().faultRaised({ kind: 'device-lost', from, to: null, reason });
    return false;
  }
}

export interface LabTestHooks {
  killWorker(): void;
  simulateDeviceLoss(): Promise<boolean>;
}

/** window.__lab for the e2e tests; only ever installed with ?testHooks=1. */
export function installTestHooks(store: LabStore, hooks: LabTestHooks): void {
  if (!testHooksOn(store) || typeof window === 'undefined') return;
  (window as unknown as { __lab: LabTestHooks }).__lab = hooks;
}
