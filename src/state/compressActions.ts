import { getParam, PARAMS, type ExperimentConfig, type ParamKey } from '../core/config';
import type { TrainEvent } from '../core/experiment/events';
import type { CommittedPoint, CompressedPoint } from '../core/experiment/compress/types';
import { proxyCallback } from '../engine/client';
import type { CompressTask } from './compressSlice';
import {
  applySettings,
  fullRunBlocker,
  fullRunChanges,
  isDenseSetting,
  type FullRunKind,
} from './compressSettings';
import type { EngineApi } from '../engine/api';
import { engine, errorMessage, isCancellation } from './engineActions';
import { latestWins } from './latestWins';
import { labStore } from './labStore';
import type { LabState, LabStore } from './store';

/** The part of the worker's API compression uses (a fake in tests). */
export type CompressEngine = Pick<
  EngineApi,
  | 'compress'
  | 'inspectCompressed'
  | 'sensitivityScan'
  | 'sparseVsDense'
  | 'measureLatency'
  | 'latencyStudy'
  | 'compareLatency'
> & { cancel(runId: string): unknown };

/** Sparsities of the per-layer sensitivity scan: dense, then ever closer to all-gone. */
export const SENSITIVITY_SPARSITIES = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98];

/** Keys that change the cheap (preview/commit) result; a change to one re-measures at once.
 * The sliders' keys are not here: they ask for previews while dragging and commit on release. */
const CHEAP_OPTION_KEYS: readonly ParamKey[] = [
  'prune.method',
  'prune.granularity',
  'prune.scope',
  'prune.exclude',
  'quant.scheme',
  'quant.granularity',
  'size.coding',
  'target',
];

const PROGRESS_EVERY_MS = 100;

/** The keys a timing depends on (the compression and which model). */
const COMPRESSION_SETTING_KEYS: readonly ParamKey[] = PARAMS.map((r) => r.key).filter(
  (k) => /^(prune|quant|lowrank)\./.test(k) || k === 'target',
);

/** Whether the model the sliders act on is trained and the worker is free for it. */
export function targetReady(state: LabState): boolean {
  if (state.status === 'running') return false;
  return state.config.target === 'teacher' ? state.result !== null : state.students !== null;
}

export interface CompressController {
  /** A slider moved: ask for a preview (latest wins). */
  drag(): void;
  /** A slider was released or an option changed: measure on the full test set and keep it. */
  release(): void;
  /** Measures the current settings without adding a chart point (after training). */
  refresh(): void;
  /** Moves the controls to a committed point's settings and shows it. */
  restore(point: CommittedPoint): void;
  runFull(kind: FullRunKind): Promise<void>;
  /**
   * Measures `config` on the full test set (training what it asks: fine-tuning, QAT, rewinding)
   * with progress, and returns the point (null when refused, cancelled or failed). `keep` shows
   * it as the live point and adds it to the chart; otherwise it is only returned (a lesson's
   * reference measurement).
   */
  measureFull(config: ExperimentConfig, keep: boolean): Promise<CompressedPoint | null>;
  scanSensitivity(): Promise<void>;
  compareSparseVsDense(): Promise<void>;
  /** Times the current model every way at batch 1 and 256 (the speed panel). */
  timeCurrent(): Promise<void>;
  /** Every way to run it, at sparsities 0–99 %: where does the sparse kernel start to pay? */
  studyLatency(): Promise<void>;
  /** Two sides (settings, way to run) timed against each other at one batch, with progress
   * shown as a timing job; null when busy, cancelled or failed (a lesson's speed claim). */
  compareLatency(
    sides: Parameters<CompressEngine['compareLatency']>[1],
    batch: number,
  ): Promise<Awaited<ReturnType<CompressEngine['compareLatency']>> | null>;
  /** Stops the long compression job in progress, if any. */
  cancel(): void;
  /** Re-measures when options change and forgets results when a new teacher is trained. */
  start(): () => void;
  /** Resolves when no preview, commit or inspection is outstanding (tests, benchmarks). */
  settled(): Promise<void>;
}

/**
 * Every compression request goes through here. Previews go through a latest-wins channel (a
 * drag never queues work behind itself); commits run in order, each one a chart point;
 * inspections are fetched after a commit, never during a drag, again latest-wins.
 */
export function createCompressController(
  store: LabStore,
  api: () => CompressEngine = engine,
): CompressController {
  let seq = store.getState().liveSeq;
  let ids = 0;
  const runId = (kind: string) => `compress-${kind}-${Date.now().toString(36)}-${++ids}`;
  const fail = (e: unknown) => {
    const message = errorMessage(e);
    if (!isCancellation(message)) store.getState().compressFailed(message);
  };

  const inspections = latestWins<ExperimentConfig>(async (config) => {
    try {
      store.getState().inspectionReceived(await api().inspectCompressed(config));
    } catch (e) {
      store.getState().inspectionFailed(errorMessage(e));
    }
  });

  const previews = latestWins<{ seq: number; config: ExperimentConfig }>(async (request) => {
    const point = await api().compress(runId('preview'), request.config, 'preview');
    store.getState().livePointReceived(request.seq, point);
  }, fail);

  // After a commit, a short batch-1 timing of every variant is attached to its point (and to the
  // live point while it is still the newest), so the chart can draw latency. Latest wins: a
  // burst of commits times only the last.
  const latencies = latestWins<{ config: ExperimentConfig; point: CommittedPoint; seq: number }>(
    async ({ config, point, seq: mySeq }) => {
      const report = await api().measureLatency(runId('latency'), config, [1], true);
      const { backend, ownKernels, rows, maxRelativeDifference } = report;
      const latency = { backend, ownKernels, rows, maxRelativeDifference };
      const timed = { ...point.point, latency };
      const state = store.getState();
      if (state.compressPoints.some((p) => p.id === point.id))
        state.compressPointCommitted({ ...point, point: timed });
      store.getState().livePointReceived(mySeq, timed);
    },
    () => {},
  );

  // Commits are latest-wins too: at most one in flight, and a burst of releases (arrow keys
  // held down) measures the running one and the newest, never each setting in between. A
  // superseded release still asks for a chart point, so `keep` survives the replacement.
  let keepWaiting = false;
  const commits = latestWins<{ seq: number; config: ExperimentConfig; keep: boolean }>(
    async ({ seq: mySeq, config, keep }) => {
      keepWaiting = false; // this request has left the waiting slot
      const point = await api().compress(runId('commit'), config, 'commit');
      store.getState().livePointReceived(mySeq, point);
      const p = keep ? committed(point, mySeq) : null;
      if (p) store.getState().compressPointCommitted(p);
      // Inspection and timing only for a setting the controls still show: after a burst of
      // key presses the worker's time goes to the final value, not to settings already left
      // (their chart points stay; a later commit of this setting times and inspects it).
      if (!sameSetting(config, store.getState().config)) return;
      if (p) latencies.submit({ config, point: p, seq: mySeq });
      inspections.submit(config);
    },
    fail,
  );
  // Set while a restore writes settings, so the option watcher does not measure them again.
  let restoring = false;
  // The setting of the newest preview asked for (it may still be waiting).
  let lastDrag: ExperimentConfig | null = null;
  const measure = (keep: boolean) => {
    const state = store.getState();
    if (!targetReady(state)) return;
    // The release supersedes a drag position still waiting to be previewed, unless it is the
    // released setting itself: that preview answers in tens of ms, the commit in about a
    // second, and meanwhile the readout names the final value instead of an older one.
    if (!lastDrag || !sameSetting(lastDrag, state.config)) previews.dropPending();
    keepWaiting = keepWaiting || keep;
    commits.submit({ seq: ++seq, config: state.config, keep: keepWaiting });
  };

  /** One long job (full run, scan, comparison) with progress, cancellation and errors. */
  async function longJob<R>(
    task: CompressTask,
    call: (id: string, onEvent: (e: TrainEvent) => void) => Promise<R>,
    finish: (result: R) => void,
  ): Promise<void> {
    const state = store.getState();
    if (!targetReady(state) || state.compressRun !== null) return;
    const id = runId(task);
    state.compressRunStarted(task, id);
    let last = 0;
    const onEvent = (e: TrainEvent) => {
      if (e.type !== 'progress') return;
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && e.fraction < 1) return;
      last = now;
      store.getState().compressRunProgress(id, e.fraction, e.etaMs);
    };
    try {
      finish(await call(id, proxyCallback(onEvent)));
    } catch (e) {
      fail(e);
    } finally {
      store.getState().compressRunEnded(id);
    }
  }

  const controller: CompressController = {
    drag() {
      const state = store.getState();
      if (!targetReady(state)) return;
      lastDrag = state.config;
      previews.submit({ seq: ++seq, config: state.config });
    },
    release: () => measure(true),
    refresh: () => measure(false),
    restore(point) {
      const state = store.getState();
      const config = applySettings(state.config, point.point.settings);
      restoring = true;
      try {
        for (const key of Object.keys(point.point.settings)) {
          const k = key as ParamKey;
          const value = getParam(config, k);
          if (value !== undefined && value !== getParam(state.config, k))
            store.getState().setParam(k, value);
        }
      } finally {
        restoring = false;
      }
      previews.dropPending();
      store.getState().livePointReceived(++seq, point.point);
      if (targetReady(store.getState())) inspections.submit(store.getState().config);
    },
    runFull(kind) {
      const state = store.getState();
      if (fullRunBlocker(state.config, kind) !== null) return Promise.resolve();
      if (!targetReady(state) || state.compressRun !== null) return Promise.resolve();
      for (const [key, value] of fullRunChanges(state.config, kind))
        store.getState().setParam(key, value as never);
      const config = store.getState().config;
      return longJob(
        'full',
        (id, onEvent) => api().compress(id, config, 'full', onEvent),
        (point) => {
          const mySeq = ++seq;
          store.getState().livePointReceived(mySeq, point);
          store.getState().compressPointCommitted(committed(point, mySeq));
          inspections.submit(config);
        },
      );
    },
    async measureFull(config, keep) {
      let measured: CompressedPoint | null = null;
      await longJob(
        'full',
        (id, onEvent) => api().compress(id, config, 'full', onEvent),
        (point) => {
          measured = point;
          if (!keep) return;
          const mySeq = ++seq;
          store.getState().livePointReceived(mySeq, point);
          store.getState().compressPointCommitted(committed(point, mySeq));
          inspections.submit(config);
        },
      );
      return measured;
    },
    scanSensitivity() {
      const config = store.getState().config;
      return longJob(
        'sensitivity',
        (id, onEvent) => api().sensitivityScan(id, config, SENSITIVITY_SPARSITIES, onEvent),
        (curves) => store.getState().sensitivityReceived(curves),
      );
    },
    compareSparseVsDense() {
      const config = store.getState().config;
      return longJob(
        'sparseVsDense',
        (id, onEvent) => api().sparseVsDense(id, config, onEvent),
        (result) => store.getState().sparseVsDenseReceived(result),
      );
    },
    timeCurrent() {
      const config = store.getState().config;
      return longJob(
        'latency',
        (id) => api().measureLatency(id, config, [1, 256], false),
        (report) => store.getState().speedReportReceived(speedSettingsKey(config), report),
      );
    },
    studyLatency() {
      const config = store.getState().config;
      return longJob(
        'latencyStudy',
        (id, onEvent) => api().latencyStudy(id, config, onEvent),
        (study) => store.getState().latencyStudyReceived(study),
      );
    },
    async compareLatency(sides, batch) {
      let compared: Awaited<ReturnType<CompressEngine['compareLatency']>> | null = null;
      await longJob(
        'latency',
        (id) => api().compareLatency(id, sides, batch),
        (result) => {
          compared = result;
        },
      );
      return compared;
    },
    cancel() {
      const run = store.getState().compressRun;
      if (run) void Promise.resolve(api().cancel(run.runId)).catch(() => {});
    },
    start() {
      return store.subscribe((state, prev) => {
        if (restoring) return;
        if (state.teacherRunId !== prev.teacherRunId && state.teacherRunId !== null) {
          // Points, inspections and scans of the old teacher say nothing about the new one.
          state.compressReset();
          state.speedReset();
          controller.refresh();
          return;
        }
        const trainedNow = state.students !== prev.students && state.config.target === 'student';
        const optionChanged = CHEAP_OPTION_KEYS.some(
          (k) => getParam(state.config, k) !== getParam(prev.config, k),
        );
        if (optionChanged && !isDenseSetting(state.config)) controller.release();
        else if (optionChanged || trainedNow) controller.refresh();
      });
    },
    async settled() {
      await previews.idle();
      await commits.idle();
      await inspections.idle();
      await latencies.idle();
    },
  };
  return controller;
}

const committed = (point: CompressedPoint, seq: number): CommittedPoint => ({
  id: `point-${seq}-${crypto.randomUUID()}`,
  createdAt: Date.now(),
  point,
});

/** Which settings a timing belongs to: the compression keys and the backend. */
export const speedSettingsKey = (config: ExperimentConfig): string =>
  JSON.stringify([config.backend, ...COMPRESSION_SETTING_KEYS.map((k) => getParam(config, k))]);

/** Whether two configs compress the same model the same way (on the same backend). */
const sameSetting = (a: ExperimentConfig, b: ExperimentConfig): boolean =>
  a === b || speedSettingsKey(a) === speedSettingsKey(b);

/** The app's controller, on the app's store and worker. */
let appController: CompressController | null = null;
export function compressController(): CompressController {
  appController ??= createCompressController(labStore);
  return appController;
}
