/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import { configureWasm, initBackend } from '../core/backend';
import type { BackendInfo, BackendRequest } from '../core/backend';
import type { ExperimentConfig } from '../core/config';
import { fetchDataFile, loadDataset } from '../core/data';
import type { Dataset, DatasetName } from '../core/data/types';
import { sampleIndices } from '../core/data/subset';
import type { TrainEvent } from '../core/experiment/events';
import { trainTeacher } from '../core/experiment/trainTeacher';
import { trainStudents } from '../core/experiment/trainStudents';
import { pickTeacherExamples } from '../core/distill/examples';
import type { Network } from '../core/model/network';
import { createRng, deriveSeed } from '../core/random';
import type { EngineApi, SampleGrid } from './api';
import { browserWasmPaths } from './wasmPaths';

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
      const result = await body(controller.signal, (e) => {
        lastDelivery = remoteOnEvent(e);
      });
      await lastDelivery;
      return result;
    } finally {
      this.runs.delete(runId);
    }
  }

  dataset(name: DatasetName, seed: number): Promise<Dataset> {
    // Image sets are the same for every seed; synthetic sets are generated from it.
    const key = name === 'mnist' || name === 'fashion-mnist' ? name : `${name}:${seed}`;
    let p = this.datasets.get(key);
    if (!p) {
      p = loadDataset(name, fetchDataFile(this.dataBaseUrl), seed);
      // A failed load is not cached, so fixing the file and retrying works without a reload.
      p.catch(() => this.datasets.delete(key));
      this.datasets.set(key, p);
    }
    return p;
  }

  ensureBackend(requested: BackendRequest): Promise<BackendInfo> {
    if (!this.backend || this.requested !== requested) {
      const previous = this.backend ?? Promise.resolve(null);
      // Wait for any initialisation in flight before starting another one.
      this.backend = previous.catch(() => null).then(() => initBackend(requested));
      this.requested = requested;
      this.backend.catch(() => {
        if (this.requested === requested) this.backend = null;
      });
    }
    return this.backend;
  }
}

const state = new EngineState();

const api: EngineApi & { configure(options: { dataBaseUrl: string }): void } = {
  configure({ dataBaseUrl }) {
    state.dataBaseUrl = dataBaseUrl;
  },

  initBackend: (requested) => state.ensureBackend(requested),

  async samples(name, count): Promise<SampleGrid> {
    const data = await state.dataset(name, 1);
    const split = data.test;
    const idx = sampleIndices(split, count, createRng(deriveSeed(1, 'samples')));
    const f = data.featureSize;
    const pixels =
      split.x instanceof Uint8Array
        ? new Uint8Array(idx.length * f)
        : new Float32Array(idx.length * f);
    const labels = new Uint8Array(idx.length);
    idx.forEach((row, i) => {
      pixels.set(split.x.subarray(row * f, (row + 1) * f), i * f);
      labels[i] = split.y[row];
    });
    const imageSize: [number, number] =
      data.featureShape.length === 3 ? [data.featureShape[0], data.featureShape[1]] : [0, 0];
    return Comlink.transfer(
      { dataset: name, imageSize, pixels, labels, classNames: data.classNames },
      [pixels.buffer],
    );
  },

  trainTeacher(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent, async (signal, onEvent) => {
      const backend = await state.ensureBackend(config.backend);
      onEvent({ type: 'phase', model: 'teacher', phase: 'loading-data' });
      const data = await state.dataset(config.dataset, config.seed);
      const { network, summary } = await trainTeacher(config, data, { onEvent, signal });
      state.teacher?.dispose();
      state.teacher = network;
      state.teacherConfig = config;
      return { ...summary, backend };
    });
  },

  trainStudents(runId, config, remoteOnEvent) {
    return state.run(runId, remoteOnEvent, async (signal, onEvent) => {
      const { teacher, teacherConfig } = state;
      if (!teacher || !teacherConfig || teacherConfig.dataset !== config.dataset) {
        throw new Error(
          `Train the teacher on ${config.dataset} first: the student learns from it.`,
        );
      }
      const backend = await state.ensureBackend(config.backend);
      const data = await state.dataset(config.dataset, teacherConfig.seed);
      const { student, scratch } = await trainStudents(config, data, teacher, { onEvent, signal });
      // Freed for now; kept once the compression sliders can target the student.
      student.network.dispose();
      scratch.network.dispose();
      return { student: student.summary, scratchStudent: scratch.summary, backend };
    });
  },

  async teacherExamples(perKind) {
    const { teacher, teacherConfig } = state;
    if (!teacher || !teacherConfig) return [];
    const data = await state.dataset(teacherConfig.dataset, teacherConfig.seed);
    return pickTeacherExamples(teacher, data.test, data.featureSize, perKind);
  },

  // Filled in by the compression pipeline (core/experiment/compress).
  compress: () => Promise.reject(new Error('compression is not wired into the worker yet')),
  inspectCompressed: () =>
    Promise.reject(new Error('compression is not wired into the worker yet')),
  sensitivityScan: () => Promise.reject(new Error('compression is not wired into the worker yet')),
  sparseVsDense: () => Promise.reject(new Error('compression is not wired into the worker yet')),

  cancel(runId) {
    state.runs.get(runId)?.abort();
  },

  async memory() {
    const m = tf.memory();
    return { numTensors: m.numTensors, numBytes: m.numBytes };
  },
};

Comlink.expose(api);
