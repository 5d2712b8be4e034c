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

/** The same LeNet-300-100 as tf.LayersModel, set up the way the tfjs guides do it for model.fit. */
function kerasTwin(): tf.Sequential {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [784], units: 300, activation: 'relu' }),
      tf.layers.dense({ units: 100, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({
    optimizer: tf.train.adam(1e-3),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}

/**
 * Samples per second of our loop and of model.fit on the same model, data, batch and backend.
 * One warm-up epoch each first (shader compilation and buffer pools are not what we measure),
 * then `rounds` alternating measurements of each; the median of each side is reported, so a
 * burst of load from elsewhere on the machine hits both sides alike.
 */
export async function benchTrainLoop(
  examples = 2560,
  epochs = 2,
  batchSize = 128,
  rounds = 3,
): Promise<TrainLoopFigures> {
  const data = fakeImages(examples);
  const spec = buildSpec('mlp:300-100', [28, 28, 1], 10);
  const common = { batchSize, learningRate: 1e-3, featureSize: 784, numClasses: 10 };
  const net = Network.create(spec, createRng(1));
  const model = kerasTwin();
  const xs = tf.tidy(() =>
    tf.tensor2d(
      Float32Array.from(data.x, (v) => v / 255),
      [examples, 784],
    ),
  );
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(data.y, 'int32'), 10));

  const timeOurs = async (e: number) => {
    const run = await trainNetwork(net, data, { ...common, epochs: e, rng: createRng(3) });
    return run.samples / (run.ms / 1000);
  };
  const timeFit = async (e: number) => {
    const t0 = performance.now();
    await model.fit(xs, ys, { batchSize, epochs: e, shuffle: true, verbose: 0 });
    return (examples * e) / ((performance.now() - t0) / 1000);
  };
  await timeOurs(1);
  await timeFit(1);
  const ours: number[] = [];
  const fit: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ours.push(await timeOurs(epochs));
    fit.push(await timeFit(epochs));
  }
  net.dispose();
  model.dispose();
  tf.dispose([xs, ys]);

  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const oursSamplesPerSec = median(ours);
  const fitSamplesPerSec = median(fit);
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

export interface OwnLoopFigures {
  backend: string;
  model: string;
  batchSize: number;
  examples: number;
  epochs: number;
  samplesPerSec: number;
}

/**
 * Samples per second of our loop alone on `arch` (no model.fit twin: tfjs layers have no
 * attention layer). The per-backend speed of the vision transformer: one warm-up epoch, then the
 * median of `rounds` timed runs.
 */
export async function benchOwnLoop(
  arch: string,
  examples: number,
  epochs: number,
  batchSize = 64,
  rounds = 3,
): Promise<OwnLoopFigures> {
  const data = fakeImages(examples);
  const net = Network.create(buildSpec(arch, [28, 28, 1], 10), createRng(1));
  const common = { batchSize, learningRate: 1e-3, featureSize: 784, numClasses: 10 };
  const time = async (e: number) => {
    const run = await trainNetwork(net, data, { ...common, epochs: e, rng: createRng(3) });
    return run.samples / (run.ms / 1000);
  };
  await time(1);
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) runs.push(await time(epochs));
  net.dispose();
  return {
    backend: tf.getBackend(),
    model: arch,
    batchSize,
    examples,
    epochs,
    samplesPerSec: Math.round([...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]),
  };
}
