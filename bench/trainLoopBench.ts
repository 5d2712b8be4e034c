import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../src/core/data/types';
import { Network } from '../src/core/model/network';
import { buildSpec } from '../src/core/model/spec';
import { createRng } from '../src/core/random';
import { trainNetwork } from '../src/core/train/trainLoop';

export interface TrainLoopFigures {
  backend: string;
  model: string;
  batchSize: number;
  examples: number;
  epochs: number;
  oursSamplesPerSec: number;
  fitSamplesPerSec: number;
  /** ours / fit, measured in the same run on the same backend. */
  ratio: number;
}

/** MNIST-shaped random bytes: throughput does not depend on the pixel values. */
function fakeImages(n: number): DataSplit {
  const rng = createRng(11);
  const x = new Uint8Array(n * 784);
  for (let i = 0; i < x.length; i++) x[i] = rng.int(256);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = rng.int(10);
  return { x, y, n, scale: 1 / 255 };
}

/** The same LeNet-300-100 as tf.LayersModel, for model.fit. */
function kerasTwin(): tf.Sequential {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [784], units: 300, activation: 'relu' }),
      tf.layers.dense({ units: 100, activation: 'relu' }),
      tf.layers.dense({ units: 10 }),
    ],
  });
  model.compile({
    optimizer: tf.train.adam(1e-3),
    loss: (y: tf.Tensor, p: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, p),
    metrics: ['accuracy'],
  });
  return model;
}

/**
 * Samples per second of our loop and of model.fit on the same model, data, batch and backend,
 * one warm-up epoch each first (shader compilation and buffer pools are not what we measure).
 */
export async function benchTrainLoop(examples = 2560, epochs = 2, batchSize = 128): Promise<TrainLoopFigures> {
  const data = fakeImages(examples);
  const spec = buildSpec('mlp:300-100', [28, 28, 1], 10);
  const common = { batchSize, learningRate: 1e-3, featureSize: 784, numClasses: 10 };

  const net = Network.create(spec, createRng(1));
  await trainNetwork(net, data, { ...common, epochs: 1, rng: createRng(2) });
  const ours = await trainNetwork(net, data, { ...common, epochs, rng: createRng(3) });
  net.dispose();

  const model = kerasTwin();
  const xs = tf.tidy(() => tf.tensor2d(Float32Array.from(data.x, (v) => v / 255), [examples, 784]));
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(data.y, 'int32'), 10));
  await model.fit(xs, ys, { batchSize, epochs: 1, shuffle: true, verbose: 0 });
  const t0 = performance.now();
  await model.fit(xs, ys, { batchSize, epochs, shuffle: true, verbose: 0 });
  const fitMs = performance.now() - t0;
  model.dispose();
  tf.dispose([xs, ys]);

  const oursSamplesPerSec = ours.samples / (ours.ms / 1000);
  const fitSamplesPerSec = (examples * epochs) / (fitMs / 1000);
  return {
    backend: tf.getBackend(),
    model: 'mlp:300-100',
    batchSize,
    examples,
    epochs,
    oursSamplesPerSec: Math.round(oursSamplesPerSec),
    fitSamplesPerSec: Math.round(fitSamplesPerSec),
    ratio: Number((oursSamplesPerSec / fitSamplesPerSec).toFixed(3)),
  };
}
