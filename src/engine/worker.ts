/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import { configureWasm, initBackend, webgpuDevice } from '../core/backend';
import type { BackendInfo, BackendRequest } from '../core/backend';
import type { BackendRace, RaceModel } from '../core/backendRace';
import { datasetFacts } from '../core/data/facts';
import type { ExperimentConfig } from '../core/config';
import { fetchDataFile, loadDataset } from '../core/data';
import type { Dataset, DatasetRef } from '../core/data/types';
import { isUserDataset } from '../core/data/user/ref';
import { importFiles } from '../core/data/user/importFiles';
import { decodeImageInWorker } from './decodeImage';
import { putDataset, readDatasetFile, summarise } from './userDatasetsDb';
import { sampleIndices, selectRows } from '../core/data/subset';
import type { TrainEvent } from '../core/experiment/events';
import { trainTeacher } from '../core/experiment/trainTeacher';
import { trainStudents } from '../core/experiment/trainStudents';
import { temperatureSweep } from '../core/experiment/temperatureSweep';
import { assertSameSplit, validationSplit } from '../core/experiment/splits';
import { headSensitivity } from '../core/experiment/headSensitivity';
import { pickTeacherExamples } from '../core/distill/examples';
import type { Network } from '../core/model/network';
import { attentionMaps } from '../core/model/attentionMaps';
import { createRng, deriveSeed } from '../core/random';
import type { EngineApi, SampleGrid } from './api';
import { browserWasmPaths } from './wasmPaths';
import { CompressionHost } from './compressionHost';
import { toNetwork } from '../core/experiment/compress/modelWeights';
import { DeviceWatch } from './deviceWatch';
import { mnistStyle } from '../core/draw/mnistStyle';

configureWasm(browserWasmPaths);

/** Everything the worker holds between calls. One instance: the worker is the owner. */
class EngineState {
  dataBaseUrl = new URL('../data/', self.location.href).href;
  /** The backend being (or already) initialised for `requested`: one promise, so a train
   * request that arrives while the app's start-up initialisation is still running waits for it
   * instead of initialising the same backend twice (which fails and silently falls back). */
  backend: Promise<BackendInfo> | null = null;
  requested: BackendRequest | null = null;
  datasets = new Map<string, Promise<Dataset>>();
  runs = new Map<string, AbortController>();
  teacher: Network | null = null;
  /** The config the teacher was trained with: students use its dataset and seed. */
  teacherConfig: ExperimentConfig | null = null;
  /** Set by configure() when the page was opened with ?testHooks=1 (fault-injection methods). */
  testHooks = false;
  devices = new DeviceWatch();

  /** Runs a long call under a run id that `cancel` can abort, delivering every event before
   * it returns (events travel on the callback's own channel, the reply on the worker's: without
   * waiting, the reply could overtake the final progress events). */
  async run<T>(
    runId: string,
    remoteOnEvent: (e: TrainEvent) => void,
    body: (signal: AbortSignal, onEvent: (e: TrainEvent) => void) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    this.runs.set(runId, controller);
    let lastDelivery: unknown = undefined;
    try {
      const work = body(controller.signal, (e) => {
        lastDelivery = remoteOnEvent(e);
      });
      // A lost GPU device fails the run at once (and stops its loop) rather than leaving it
      // waiting for a readback that never comes.
      const result = await this.devices.whileRunning(work).catch((e: unknown) => {
        controller.abort();
        work.catch(() => {});
        throw e;
      });
      await lastDelivery;
      return result;
    } finally {
      this.runs.delete(runId);
    }
  }

  dataset(name: DatasetRef, seed: number): Promise<Dataset> {
    // Image and imported sets are the same for every seed; synthetic sets are generated from it.
    const key =
      name === 'mnist' || name === 'fashion-mnist' || isUserDataset(name)
        ? name
        : `${name}:${seed}`;
    let p = this.datasets.get(key);
    if (!p) {
      const fetched = fetchDataFile(this.dataBaseUrl);
      // Imported sets come from this browser's IndexedDB (user/<hash>.clds), never the network.
      const read = async (path: string) => {
        const hash = /^user\/([0-9a-f]+)\.clds$/.exec(path)?.[1];
        if (!hash) return fetched(path);
        const bytes = await readDatasetFile(hash);
        if (!bytes) throw new Error(`no stored dataset ${hash}`);
        return bytes;
      };
      p = loadDataset(name, read, seed);
      // A failed load is not cached, so fixing the file and retrying works without a reload.
      p.catch(() => this.datasets.delete(key));
      this.datasets.set(key, p);
    }
    return p;
  }

  /** The model `auto` races: the teacher of `config` at its batch size, on its data's shape. */
  async raceModel(config: ExperimentConfig): Promise<RaceModel> {
    const facts = datasetFacts(config.dataset);
    // Imported sets are known only once loaded (training needs them loaded anyway).
    const { featureShape, numClasses } = facts ?? (await this.dataset(config.dataset, config.seed));
    return {
      arch: config.teacher.arch,
      inputShape: featureShape,
      numClasses,
      batchSize: config.train.batchSize,
    };
  }

  /** The backend for `requested`, initialised once (`fresh` starts again: a new race). */
  ensureBackend(
    requested: BackendRequest,
    config?: ExperimentConfig,
    options: { remembered?: BackendRace | null; fresh?: boolean } = {},
  ): Promise<BackendInfo> {
    if (!this.backend || this.requested !== requested || options.fresh) {
      const previous = this.backend ?? Promise.resolve(null);
      // Wait for any initialisation in flight before starting another one.
      this.backend = previous
        .catch(() => null)
        .then(async () => {
          const auto =
            requested === 'auto' && config
              ? { race: await this.raceModel(config), remembered: options.remembered ?? null }
              : undefined;
          return initBackend(requested, this.devices.unusable, auto);
        })
        .then((info) => {
          this.devices.watch(() => this.deviceLost());
          return info;
        });
      this.requested = requested;
      this.backend.catch(() => {
        if (this.requested === requested) this.backend = null;
      });
    }
    return this.backend;
  }

  /** The models on a lost device cannot be read any more: drop their tensors (the app keeps
   * their results, the compression sessions keep their weights as arrays), and initialise the
   * next backend on the next call. */
  deviceLost(): void {
    this.backend = null;
    try {
      this.teacher?.dispose();
    } catch {
      // Its buffers went with the device.
    }
    this.teacher = null;
  }

  /** The teacher for distillation on `dataset`: the live one, or one rebuilt on the current
   * backend from the weights kept after a lost device. */
  async teacherFor(
    dataset: string,
  ): Promise<{ teacher: Network; teacherConfig: ExperimentConfig }> {
    const config = this.teacherConfig;
    if (config && config.dataset === dataset) {
      if (!this.teacher) {
        const weights = await compression.weightsOf('teacher');
        if (weights) this.teacher = toNetwork(weights);
      }
      if (this.teacher) return { teacher: this.teacher, teacherConfig: config };
    }
    throw new Error(`Train the teacher on ${dataset} first: the student learns from it.`);
  }
}

const state = new EngineState();
const compression = new CompressionHost();

const api: EngineApi & {
  configure(options: { dataBaseUrl: string; testHooks?: boolean }): void;
} = {
  configure({ dataBaseUrl, testHooks }) {
    state.dataBaseUrl = dataBaseUrl;
    state.testHooks = testHooks === true;
  },

  ping: () => state.devices.takeUnreportedLoss(),

  async memoryDetail() {
    const detail: Record<string, number> = {};
    for (const [key, value] of Object.entries(tf.memory()))
      if (typeof value === 'number') detail[key] = value;
    return detail;
  },

  simulateDeviceLoss() {
    if (!state.testHooks) throw new Error('test hooks are off (open the page with ?testHooks=1)');
    const device = webgpuDevice();
    device?.destroy();
    return device !== null;
  },

  initBackend: (requested, options) =>
    state.ensureBackend(requested, options?.config, {
      remembered: options?.remembered ?? null,
      fresh: options?.fresh === true,
    }),

  async samples(name, count): Promise<SampleGrid> {
    const data = await state.dataset(name, 1);
    const split = data.test;
    const idx = sampleIndices(split, count, createRng(deriveSeed(1, 'samples')));
    const { x: pixels, y: labels } = selectRows(split, idx);
    const imageSize: [number, number] =
      data.featureShape.length === 3 ? [data.featureShape[0], data.featureShape[1]] : [0, 0];
    return Comlink.transfer(
      { dataset: name, imageSize, pixels, labels, classNames: data.classNames },
      [pixels.buffer],
    );
  },

  trainTeacher(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent, async (signal, onEvent) => {
      const backend = await state.ensureBackend(config.backend, config);
      onEvent({ type: 'phase', model: 'teacher', phase: 'loading-data' });
      const data = await state.dataset(config.dataset, config.seed);
      const { network, summary } = await trainTeacher(config, data, { onEvent, signal });
      state.teacher?.dispose();
      state.teacher = network;
      state.teacherConfig = config;
      await compression.targetTrained('teacher', network, config, data);
      return { ...summary, backend };
    });
  },

  trainStudents(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent, async (signal, onEvent) => {
      const backend = await state.ensureBackend(config.backend, config);
      const { teacher, teacherConfig } = await state.teacherFor(config.dataset);
      const data = await state.dataset(config.dataset, teacherConfig.seed);
      assertSameSplit(teacherConfig, config, data.train.n);
      const { student, scratch } = await trainStudents(config, data, teacher, { onEvent, signal });
      // The distilled student stays a compression target (as arrays: the networks can go).
      try {
        await compression.targetTrained('student', student.network, config, data);
        await compression.scratchTrained(scratch.network, data);
      } finally {
        student.network.dispose();
        scratch.network.dispose();
      }
      return { student: student.summary, scratchStudent: scratch.summary, backend };
    });
  },

  temperatureSweep(runId, config, temperatures, remoteOnEvent, onPoint) {
    return state.run(runId, remoteOnEvent, async (signal, onEvent) => {
      await state.ensureBackend(config.backend, config);
      const { teacher, teacherConfig } = await state.teacherFor(config.dataset);
      const data = await state.dataset(config.dataset, teacherConfig.seed);
      assertSameSplit(teacherConfig, config, data.train.n);
      return temperatureSweep(config, data, teacher, temperatures, { onEvent, signal }, (r) => {
        void onPoint(r);
      });
    });
  },

  async teacherExamples(perKind) {
    const { teacher, teacherConfig } = state;
    if (!teacher || !teacherConfig) return [];
    const data = await state.dataset(teacherConfig.dataset, teacherConfig.seed);
    return pickTeacherExamples(teacher, data.test, data.featureSize, perKind);
  },

  async attentionMaps(index) {
    const { teacher, teacherConfig } = state;
    if (!teacher || !teacherConfig) return null;
    const data = await state.dataset(teacherConfig.dataset, teacherConfig.seed);
    const maps = attentionMaps(teacher, data.test, index);
    return maps ? Comlink.transfer(maps, [maps.image.buffer, maps.maps.buffer]) : null;
  },

  async headSensitivity() {
    const { teacher, teacherConfig } = state;
    if (!teacher || !teacherConfig) return null;
    const data = await state.dataset(teacherConfig.dataset, teacherConfig.seed);
    const scan = await headSensitivity(teacher, validationSplit(teacherConfig, data));
    return scan ? Comlink.transfer(scan, [scan.accuracy.buffer]) : null;
  },

  compress(runId, config, form, remoteOnEvent) {
    const onEventRemote = remoteOnEvent ?? (() => {});
    return state.run(runId, onEventRemote, async (signal, onEvent) => {
      await state.ensureBackend(config.backend, config);
      return compression.compress(config, form, { signal, onEvent });
    });
  },

  async inspectCompressed(config) {
    await state.ensureBackend(config.backend, config);
    return compression.inspect(config);
  },

  async compressedModelFile(config) {
    await state.ensureBackend(config.backend, config);
    const file = await compression.modelFile(config);
    const bytes = file.bytes.slice();
    return Comlink.transfer({ bytes, point: file.point }, [bytes.buffer]);
  },

  async evaluateModelFile(bytes, config) {
    await state.ensureBackend(config.backend, config);
    return compression.evaluateFile(bytes, await state.dataset(config.dataset, config.seed));
  },

  sensitivityScan(runId, config, sparsities, remoteOnEvent) {
    return state.run(runId, remoteOnEvent ?? (() => {}), async (signal, onEvent) => {
      await state.ensureBackend(config.backend, config);
      return compression.sensitivity(config, sparsities, { signal, onEvent });
    });
  },

  sparseVsDense(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent ?? (() => {}), async (signal, onEvent) => {
      await state.ensureBackend(config.backend, config);
      return compression.sparseVsDense(config, { signal, onEvent });
    });
  },

  measureLatency(runId, config, batches, quick) {
    return state.run(
      runId,
      () => {},
      async (signal) => {
        await state.ensureBackend(config.backend, config);
        return compression.latency(config, batches, quick, { signal });
      },
    );
  },

  compareLatency(runId, sides, batch) {
    return state.run(
      runId,
      () => {},
      async (signal) => {
        await state.ensureBackend(sides.a.config.backend);
        return compression.compareLatency(sides, batch, { signal });
      },
    );
  },

  latencyStudy(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent ?? (() => {}), async (signal, onEvent) => {
      await state.ensureBackend(config.backend, config);
      return compression.latencyStudy(config, { signal, onEvent });
    });
  },

  async importDataset(files, options) {
    const result = await importFiles(
      files.map(({ path, file }) => ({
        path,
        size: file.size,
        read: async () => new Uint8Array(await file.arrayBuffer()),
      })),
      options,
      decodeImageInWorker,
    );
    if (!result.ok) return result;
    const summary = summarise(result.dataset, result.hash, result.bytes.length);
    await putDataset(summary, result.bytes);
    return { ok: true as const, summary };
  },

  async probeDrawing(gray, width, height, config) {
    await state.ensureBackend(config.backend, config);
    const reply = await compression.probe(config, mnistStyle(gray, width, height));
    return Comlink.transfer(reply, [reply.image.buffer]);
  },

  cancel(runId) {
    state.runs.get(runId)?.abort();
  },

  async memory() {
    const m = tf.memory();
    return { numTensors: m.numTensors, numBytes: m.numBytes };
  },
};

Comlink.expose(api);
