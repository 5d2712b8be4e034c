import type { ExperimentConfig } from '../config';
import type { Dataset, DataSplit } from '../data/types';
import { takeSubset } from '../data/subset';
import { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng, deriveSeed } from '../random';
import { evaluateAccuracy } from '../train/evaluate';
import { trainNetwork } from '../train/trainLoop';
import * as tf from '@tensorflow/tfjs';
import type { NetworkSpec } from '../model/spec';
import { RunError } from './events';
import type { ModelSummary, TrainEvent } from './events';

/** Examples of the test set scored after every epoch: enough for a curve, cheap to compute. */
export const PREVIEW_SIZE = 1000;

export interface RunHooks {
  onEvent?: (event: TrainEvent) => void;
  signal?: AbortSignal;
}

/** The fixed, seeded slice of the test set used for per-epoch curves and live previews. */
export function previewSplit(data: Dataset, seed: number): DataSplit {
  return takeSubset(data.test, PREVIEW_SIZE, createRng(deriveSeed(seed, 'preview')));
}

/** tfjs's wasm backend has no Conv2DBackpropFilter kernel: say so instead of a kernel error. */
export function assertTrainable(spec: NetworkSpec): void {
  if (tf.getBackend() === 'wasm' && spec.layers.some((l) => l.kind === 'conv')) {
    throw new RunError(
      'backend',
      'The WASM backend cannot train convolutional networks (tfjs has no convolution gradient for it). ' +
        'Choose WebGPU, WebGL or CPU as the backend, or an mlp: architecture.',
    );
  }
}

/** Dense float32 bytes: the honest size of an uncompressed model is 4 bytes per parameter. */
export const denseSizeBytes = (params: number): number => params * 4;

/**
 * Trains the teacher of a config on its dataset and scores it on the full test set.
 * The caller owns the returned network and must dispose it.
 */
export async function trainTeacher(
  config: ExperimentConfig,
  data: Dataset,
  hooks: RunHooks = {},
): Promise<{ network: Network; summary: ModelSummary }> {
  const emit = hooks.onEvent ?? (() => {});
  emit({ type: 'phase', model: 'teacher', phase: 'initialising' });
  const train = takeSubset(
    data.train,
    config.trainSize,
    createRng(deriveSeed(config.seed, 'train-subset')),
  );
  const spec = buildSpec(config.teacher.arch, data.featureShape, data.numClasses);
  assertTrainable(spec);
  const network = Network.create(spec, createRng(deriveSeed(config.seed, 'teacher-init')));
  try {
    emit({ type: 'phase', model: 'teacher', phase: 'training' });
    const run = await trainNetwork(network, train, {
      epochs: config.teacher.epochs,
      batchSize: config.train.batchSize,
      learningRate: config.train.lr,
      rng: createRng(deriveSeed(config.seed, 'teacher-shuffle')),
      featureSize: data.featureSize,
      numClasses: data.numClasses,
      preview: previewSplit(data, config.seed),
      signal: hooks.signal,
      onProgress: (p) =>
        emit({ type: 'progress', model: 'teacher', epochs: config.teacher.epochs, ...p }),
      onEpoch: (e) => emit({ type: 'epoch', model: 'teacher', ...e }),
    });
    emit({ type: 'phase', model: 'teacher', phase: 'evaluating' });
    const accuracy = await evaluateAccuracy(network, data.test, data.featureSize);
    emit({ type: 'phase', model: 'teacher', phase: 'done' });
    return {
      network,
      summary: {
        accuracy,
        params: network.paramCount,
        sizeBytes: denseSizeBytes(network.paramCount),
        trainMs: run.ms,
      },
    };
  } catch (e) {
    network.dispose();
    throw e;
  }
}
