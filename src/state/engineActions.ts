import type { BackendRequest } from '../core/backend';
import type { DatasetRef } from '../core/data/types';
import type { TrainEvent } from '../core/experiment/events';
import type { TeacherExample } from '../core/distill/examples';
import type { AttentionMaps } from '../core/model/attentionMaps';
import type { HeadSensitivity } from '../core/experiment/headSensitivity';
import type { SampleGrid } from '../engine/api';
import { EngineClient, proxyCallback, type Engine } from '../engine/client';
import type { LabStore } from './store';
import type { RunKind } from './trainingSlice';
import { labStore } from './labStore';
import { newRunId } from './runId';
import { readRace, writeRace } from './backendRaceMemory';
import { DEVICE_LOST, isDeviceLoss } from '../engine/deviceLoss';
import {
  engineClientOptions,
  installTestHooks,
  recoverFromDeviceLoss,
  refuseIfOverBudget,
  workerCrashed,
} from './faultActions';

/**
 * Commands that talk to the training worker. They live outside React and outside the store,
 * so the store holds only plain data and the worker is created once, on first use.
 */
let client: EngineClient | null = null;

export function engine(): Engine {
  client ??= new EngineClient(onWorkerCrash, {
    ...engineClientOptions(labStore),
    onDeviceLost: onIdleDeviceLoss,
  });
  return client.api;
}

function onWorkerCrash(message: string): void {
  // The client has dropped the dead worker already. Start a fresh one now, so the badge and the
  // next command work without a reload; the store (config, results, saved runs) is untouched.
  client = null;
  if (workerCrashed(labStore, message)) void initBackend(labStore.getState().config.backend);
}

/** A GPU lost between runs: move to the next backend now and say so (a run in flight
 * restarts itself, see runInWorker). */
function onIdleDeviceLoss(reason: string): void {
  const { status, config } = labStore.getState();
  if (status === 'running') return;
  void recoverFromDeviceLoss(labStore, `${DEVICE_LOST} ${reason}`, () =>
    engine().initBackend(config.backend, { config }),
  );
}

/** window.__lab.killWorker() and .simulateDeviceLoss(), with ?testHooks=1 only. */
export function startTestHooks(store: LabStore = labStore): void {
  installTestHooks(store, {
    killWorker: () => client?.kill(),
    simulateDeviceLoss: () => Promise.resolve(engine().simulateDeviceLoss()),
  });
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
export const isCancellation = (message: string): boolean => message.startsWith('cancelled');

/**
 * One worker run: a fresh run id, batched events into the store, and the same handling of
 * cancellation and failure for every kind of run. `call` starts the worker's side, `finish`
 * stores its result.
 */
async function runInWorker<R>(
  store: LabStore,
  kind: RunKind,
  call: (runId: string, onEvent: (e: TrainEvent) => void) => Promise<R>,
  finish: (runId: string, result: R) => void,
  attempt = 0,
): Promise<void> {
  const runId = newRunId();
  store.getState().runStarted(runId, kind);
  const events = batchEvents((batch) => store.getState().runEvents(runId, batch));
  try {
    const result = await call(runId, proxyCallback(events.push));
    events.flush();
    finish(runId, result);
  } catch (e) {
    events.flush();
    const message = errorMessage(e);
    if (isCancellation(message)) store.getState().runCancelled(runId);
    else if (isDeviceLoss(message) && attempt === 0) {
      // The GPU went away mid-run: carry on with the next backend, from the start of this run.
      events.stop();
      const { config } = store.getState();
      const again = () => engine().initBackend(config.backend, { config });
      if (await recoverFromDeviceLoss(store, message, again))
        return runInWorker(store, kind, call, finish, attempt + 1);
      store.getState().runFailed(runId, message);
    } else store.getState().runFailed(runId, message);
  } finally {
    events.stop();
    void refreshMemory(store);
  }
}

/** Trains the teacher with the current config; progress flows into the store. */
export async function trainTeacher(store: LabStore = labStore): Promise<void> {
  const { status, config } = store.getState();
  if (status === 'running' || refuseIfOverBudget(store, 'teacher')) return;
  await runInWorker(
    store,
    'teacher',
    (runId, onEvent) => engine().trainTeacher(runId, config, onEvent),
    (runId, result) => {
      store.getState().runFinished(runId, result);
      store.getState().backendReady(result.backend);
    },
  );
}

/**
 * Trains the distilled student and its scratch control from the teacher trained last; the
 * teacher's result stays in the store, the students' results arrive in `students`.
 */
export async function trainStudents(store: LabStore = labStore): Promise<void> {
  const { status, result, config } = store.getState();
  if (status === 'running' || result === null || refuseIfOverBudget(store, 'students')) return;
  await runInWorker(
    store,
    'students',
    (runId, onEvent) => engine().trainStudents(runId, config, onEvent),
    (runId, students) => store.getState().studentsFinished(runId, students),
  );
}

/**
 * Trains a scratch student and one distilled student per temperature from the last teacher;
 * the chart grows as each finishes.
 */
export async function sweepTemperatures(
  temperatures: number[],
  store: LabStore = labStore,
): Promise<void> {
  const { status, result, config } = store.getState();
  if (status === 'running' || result === null || refuseIfOverBudget(store, 'students')) return;
  store.getState().sweepStarted(temperatures);
  await runInWorker(
    store,
    'sweep',
    (runId, onEvent) =>
      engine().temperatureSweep(
        runId,
        config,
        temperatures,
        onEvent,
        proxyCallback((r) => store.getState().sweepUpdated(r)),
      ),
    (runId, final) => {
      store.getState().sweepUpdated(final);
      store.getState().runSettled(runId);
    },
  );
}

/** Test examples with the last teacher's logits, for the temperature chart. */
export function loadTeacherExamples(perKind: number): Promise<TeacherExample[]> {
  return engine().teacherExamples(perKind);
}

/** The last teacher's attention maps on one test image (null: none trained, or not a ViT). */
export function loadAttentionMaps(index: number): Promise<AttentionMaps | null> {
  return engine().attentionMaps(index);
}

/** The last teacher's validation accuracy with each single head removed (null: none trained,
 * or not a ViT). */
export function runHeadSensitivity(): Promise<HeadSensitivity | null> {
  return engine().headSensitivity();
}

const EVENT_FLUSH_MS = 100;

/**
 * Collects events and hands them over at most every EVENT_FLUSH_MS. Applying each event on its
 * own would redraw the charts hundreds of times a second on a fast backend and freeze the page.
 */
function batchEvents(apply: (batch: TrainEvent[]) => void) {
  let pending: TrainEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    apply(batch);
  };
  return {
    push: (event: TrainEvent) => {
      pending.push(event);
      if (stopped)
        flush(); // a straggler after the run ended: apply now, nothing else will
      else timer ??= setTimeout(flush, EVENT_FLUSH_MS);
    },
    flush,
    stop: () => {
      flush();
      stopped = true;
    },
  };
}

/** Asks the worker to stop the current run; the run's promise then rejects with "cancelled…". */
export function stop(store: LabStore = labStore): void {
  const { status, runId } = store.getState();
  if (status !== 'running' || runId === null) return;
  void Promise.resolve(engine().cancel(runId)).catch(() => {});
}

/**
 * Initialises the backend. `auto` races the backends on the current teacher, or reuses the race
 * remembered for this device (localStorage); `fresh` races again and forgets the old result.
 */
export async function initBackend(
  requested: BackendRequest,
  store: LabStore = labStore,
  fresh = false,
): Promise<void> {
  store.getState().backendStarting();
  const storage = globalThis.localStorage as Storage | undefined;
  try {
    const info = await engine().initBackend(requested, {
      config: store.getState().config,
      remembered: fresh ? null : readRace(storage),
      fresh,
    });
    if (info.race && !info.race.remembered) writeRace(storage, info.race);
    store.getState().backendReady(info);
  } catch (e) {
    store.getState().backendFailed(errorMessage(e));
  }
}

export async function refreshMemory(store: LabStore = labStore): Promise<void> {
  try {
    store.getState().memoryMeasured(await engine().memory());
  } catch {
    // A missing reading is not worth an alert; the next poll tries again.
  }
}

/** 2-D point sets need many points to show their shape; images need only a few. */
export const sampleCountFor = (dataset: DatasetRef): number =>
  dataset === 'mnist' || dataset === 'fashion-mnist' ? 20 : 400;

export function loadSamples(dataset: DatasetRef): Promise<SampleGrid> {
  return engine().samples(dataset, sampleCountFor(dataset));
}

const MEMORY_POLL_MS = 2000;

/**
 * Starts the engine for the opening config, re-initialises the backend when the backend setting
 * changes (deferred while a run is in progress), and polls the tensor count while idle.
 * Returns a function that stops it all.
 */
export function startEngineSync(store: LabStore = labStore): () => void {
  let wantedBackend = store.getState().config.backend;
  void initBackend(wantedBackend, store);
  void refreshMemory(store);
  const unsubscribe = store.subscribe((state) => {
    if (state.status === 'running' || state.config.backend === wantedBackend) return;
    wantedBackend = state.config.backend;
    void initBackend(wantedBackend, store);
  });
  const timer = setInterval(() => {
    if (store.getState().status !== 'running') void refreshMemory(store);
  }, MEMORY_POLL_MS);
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
