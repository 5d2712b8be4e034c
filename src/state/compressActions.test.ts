import { describe, expect, it } from 'vitest';
import { defaultConfig, type ExperimentConfig } from '../core/config';
import type { TrainEvent } from '../core/experiment/events';
import type {
  CompressedPoint,
  CompressForm,
  CompressionInspection,
} from '../core/experiment/compress/types';
import { createCompressController, type CompressEngine } from './compressActions';
import { createLabStore, type LabStore } from './store';
import type { TeacherResult } from './trainingSlice';

const teacher = {
  accuracy: 0.95,
  params: 1000,
  sizeBytes: 4000,
  trainMs: 10,
  backend: { name: 'cpu', adapter: null, isFallbackAdapter: false, fallbacks: [] },
} as TeacherResult;

function trainedStore(): LabStore {
  const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
  store.getState().runStarted('t1', 'teacher');
  store.getState().runFinished('t1', teacher);
  return store;
}

const pointFor = (config: ExperimentConfig, form: CompressForm): CompressedPoint =>
  ({
    target: 'teacher',
    form,
    technique: 'prune',
    accuracy: 1 - config.prune.sparsity / 2,
    denseAccuracy: 0.95,
    evaluatedOn: form === 'preview' ? 'preview' : 'test',
    examples: form === 'preview' ? 500 : 10000,
    sizeBytes: Math.round(4000 * (1 - config.prune.sparsity)) + 100,
    settings: { 'prune.sparsity': String(config.prune.sparsity), 'quant.bits': '32' },
  }) as unknown as CompressedPoint;

/** A worker stand-in whose answers the test releases one at a time. */
function fakeEngine() {
  const calls: {
    form: CompressForm | 'inspect' | 'latency' | 'cancel';
    sparsity: number;
    id?: string;
  }[] = [];
  const waiting: { form: CompressForm; resolve: () => void }[] = [];
  const events: ((e: TrainEvent) => void)[] = [];
  let rejectFull: ((e: Error) => void) | null = null;
  const api: CompressEngine = {
    compress(runId, config, form, onEvent) {
      calls.push({ form, sparsity: config.prune.sparsity, id: runId });
      if (onEvent) events.push(onEvent);
      return new Promise((resolve, reject) => {
        if (form === 'full') rejectFull = reject;
        waiting.push({ form, resolve: () => resolve(pointFor(config, form)) });
      });
    },
    inspectCompressed(config) {
      calls.push({ form: 'inspect', sparsity: config.prune.sparsity });
      return Promise.resolve({ target: 'teacher', layers: [] } as unknown as CompressionInspection);
    },
    sensitivityScan: () => Promise.resolve([]),
    sparseVsDense: () => Promise.reject(new Error('unused')),
    measureLatency: (_id, config) => {
      calls.push({ form: 'latency', sparsity: config.prune.sparsity });
      return Promise.resolve({
        backend: 'cpu',
        ownKernels: 'js',
        rows: [],
        maxRelativeDifference: 0,
      } as never);
    },
    latencyStudy: () => Promise.reject(new Error('unused')),
    compareLatency: () => Promise.reject(new Error('unused')),
    cancel(runId) {
      calls.push({ form: 'cancel', sparsity: -1, id: runId });
      rejectFull?.(new Error('cancelled by the user'));
    },
  };
  /** Answers the oldest waiting request (of one form, if given), then lets the app react. */
  const answerNext = async (form?: CompressForm) => {
    const at = waiting.findIndex((w) => form === undefined || w.form === form);
    if (at >= 0) waiting.splice(at, 1)[0].resolve();
    await flush();
  };
  return { api, calls, answerNext, events, pending: () => waiting.length };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

const setSparsity = (store: LabStore, s: number) => store.getState().setParam('prune.sparsity', s);

describe('compress controller', () => {
  it('asks nothing before the target is trained', () => {
    const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    c.drag();
    c.release();
    expect(fake.calls).toEqual([]);
  });

  it('keeps one preview in flight and previews only the newest drag position after it', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    for (const s of [0.1, 0.2, 0.3, 0.4]) {
      setSparsity(store, s);
      c.drag();
    }
    expect(fake.calls.map((x) => x.sparsity)).toEqual([0.1]);
    await fake.answerNext();
    expect(fake.calls.map((x) => x.sparsity)).toEqual([0.1, 0.4]);
    expect(store.getState().livePoint?.settings['prune.sparsity']).toBe('0.1');
    await fake.answerNext();
    expect(store.getState().livePoint?.settings['prune.sparsity']).toBe('0.4');
    expect(fake.pending()).toBe(0);
    expect(store.getState().compressPoints).toEqual([]);
  });

  it('commits on release, fetches the inspection after, and ignores an older preview', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    setSparsity(store, 0.5);
    c.drag(); // in flight
    setSparsity(store, 0.6);
    c.drag(); // pending: dropped by the release
    setSparsity(store, 0.7);
    c.release();
    await flush();
    expect(fake.calls.map((x) => `${x.form}:${x.sparsity}`)).toEqual(['preview:0.5', 'commit:0.7']);
    // The commit's answer first, then the stale preview's: the live point stays the commit's.
    await fake.answerNext('commit');
    await fake.answerNext('preview');
    const state = store.getState();
    expect(state.livePoint?.form).toBe('commit');
    expect(state.livePoint?.settings['prune.sparsity']).toBe('0.7');
    expect(state.compressPoints).toHaveLength(1);
    expect(state.compressPoints[0].point.evaluatedOn).toBe('test');
    expect(fake.calls.filter((x) => x.form === 'inspect').map((x) => x.sparsity)).toEqual([0.7]);
    expect(fake.calls.filter((x) => x.form === 'preview')).toHaveLength(1);
  });

  it('coalesces a burst of releases (arrow keys): one commit in flight, then only the newest', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    for (let i = 1; i <= 20; i++) {
      setSparsity(store, i / 100);
      c.release();
    }
    c.refresh(); // a re-measure arriving behind the releases keeps their chart point
    await flush();
    expect(fake.calls.map((x) => `${x.form}:${x.sparsity}`)).toEqual(['commit:0.01']);
    await fake.answerNext('commit');
    await fake.answerNext('commit');
    expect(fake.pending()).toBe(0);
    const commits = fake.calls.filter((x) => x.form === 'commit').map((x) => x.sparsity);
    expect(commits).toEqual([0.01, 0.2]);
    const state = store.getState();
    expect(state.livePoint?.settings['prune.sparsity']).toBe('0.2');
    expect(state.compressPoints.map((p) => p.point.settings['prune.sparsity'])).toEqual([
      '0.01',
      '0.2',
    ]);
  });

  it("keeps the released setting's waiting preview: the readout names it before the commit lands", async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    setSparsity(store, 0.5);
    c.drag(); // in flight
    setSparsity(store, 0.79);
    c.drag(); // waiting, and the value the keys stop on
    c.release();
    await flush();
    expect(fake.calls.map((x) => `${x.form}:${x.sparsity}`)).toEqual([
      'preview:0.5',
      'commit:0.79',
    ]);
    await fake.answerNext('preview');
    expect(fake.calls.map((x) => `${x.form}:${x.sparsity}`)).toContain('preview:0.79');
    await fake.answerNext('preview');
    expect(store.getState().livePoint?.form).toBe('preview');
    expect(store.getState().livePoint?.settings['prune.sparsity']).toBe('0.79');
    await fake.answerNext('commit');
    expect(store.getState().livePoint?.form).toBe('commit');
    expect(store.getState().livePoint?.settings['prune.sparsity']).toBe('0.79');
    expect(store.getState().compressPoints).toHaveLength(1);
  });

  it('inspects and times a commit only while the controls still show its setting', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    setSparsity(store, 0.5);
    c.release(); // in flight
    setSparsity(store, 0.6); // the keys moved on before it finished
    await fake.answerNext('commit');
    const followUps = () => fake.calls.filter((x) => x.form === 'inspect' || x.form === 'latency');
    expect(followUps()).toEqual([]);
    // Its point is still on the chart; the live point is the commit's until the next answer.
    expect(store.getState().compressPoints).toHaveLength(1);
    c.release();
    await fake.answerNext('commit');
    expect(
      followUps()
        .map((x) => `${x.form}:${x.sparsity}`)
        .sort(),
    ).toEqual(['inspect:0.6', 'latency:0.6']);
    expect(store.getState().compressPoints).toHaveLength(2);
  });

  it('restores a point: sliders move, the point shows, no new point is added', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    const stop = c.start();
    setSparsity(store, 0.8);
    c.release();
    await flush();
    await fake.answerNext();
    const [saved] = store.getState().compressPoints;
    setSparsity(store, 0.1);
    c.restore(saved);
    expect(store.getState().config.prune.sparsity).toBe(0.8);
    expect(store.getState().livePoint).toBe(saved.point);
    await c.settled();
    expect(store.getState().compressPoints).toHaveLength(1);
    stop();
  });

  it('runs a full compression with progress, and cancelling it shows no error', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    setSparsity(store, 0.5);
    const done = c.runFull('finetune');
    expect(store.getState().config.prune.finetuneEpochs).toBe(2);
    expect(store.getState().compressRun?.task).toBe('full');
    fake.events[0]({
      type: 'progress',
      model: 'compressed',
      epochs: 2,
      epoch: 1,
      step: 0,
      stepsPerEpoch: 10,
      fraction: 1,
      loss: 0.1,
      accuracy: 0.9,
      samplesPerSec: 1,
      etaMs: 0,
    });
    expect(store.getState().compressRun?.fraction).toBe(1);
    c.cancel();
    await done;
    expect(fake.calls.at(-1)?.form).toBe('cancel');
    expect(fake.calls.at(-1)?.id).toBe(fake.calls[0].id);
    expect(store.getState().compressRun).toBeNull();
    expect(store.getState().compressError).toBeNull();
    expect(store.getState().compressPoints).toEqual([]);
  });

  it('adds the finished full run as a point', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    setSparsity(store, 0.5);
    const done = c.runFull('schedule');
    await fake.answerNext();
    await done;
    expect(store.getState().config.prune.schedule).toBe('iterative');
    expect(store.getState().compressPoints.map((p) => p.point.form)).toEqual(['full']);
    expect(store.getState().livePoint?.form).toBe('full');
  });

  it('forgets the old points when a new teacher is trained, and measures the new one', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    const stop = c.start();
    setSparsity(store, 0.3);
    c.release();
    await flush();
    await fake.answerNext();
    expect(store.getState().compressPoints).toHaveLength(1);
    store.getState().runStarted('t2', 'teacher');
    store.getState().runFinished('t2', teacher);
    expect(store.getState().compressPoints).toEqual([]);
    await flush();
    expect(fake.calls.at(-1)?.form).toBe('commit');
    await fake.answerNext();
    expect(store.getState().compressPoints).toEqual([]);
    expect(store.getState().livePoint?.form).toBe('commit');
    stop();
  });

  it('re-measures and keeps a point when a pruning option changes', async () => {
    const store = trainedStore();
    const fake = fakeEngine();
    const c = createCompressController(store, () => fake.api);
    const stop = c.start();
    setSparsity(store, 0.5);
    store.getState().setParam('prune.granularity', 'neuron');
    await flush();
    expect(fake.calls.map((x) => x.form)).toEqual(['commit']);
    await fake.answerNext();
    expect(store.getState().compressPoints).toHaveLength(1);
    stop();
  });
});
