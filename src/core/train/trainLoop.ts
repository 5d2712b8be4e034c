import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import { fillBatch } from '../data/batch';
import type { Network, WeightTransform } from '../model/network';
import type { Rng } from '../random';
import { permutation } from '../random';
import { RunError } from '../experiment/events';
import { correctCount, crossEntropy } from './losses';
import { evaluateAccuracy } from './evaluate';
import { untilAborted } from './untilAborted';
import { yieldToEventLoop } from './yield';

/** Computes the loss to minimise from the batch logits; the default is cross-entropy. */
export type LossFn = (
  logits: tf.Tensor2D,
  labels: tf.Tensor1D,
  batchIndices: Int32Array,
  /** The last hidden representation, when the options ask for it (`withHidden`). */
  hidden?: tf.Tensor2D,
  /** A vision transformer's attention probabilities per block, [batch, heads, tokens, tokens],
   * when the options ask for them (`withAttention`). */
  attention?: tf.Tensor4D[],
) => tf.Scalar;

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Drives the per-epoch shuffle; the same seed gives the same batches. */
  rng: Rng;
  featureSize: number;
  numClasses: number;
  /** Read metrics back from the device at most every this many steps (one GPU→CPU sync each
   * time); slow steps are read back sooner, see SYNC_MS. */
  reportEvery?: number;
  /** Held-out examples (the validation split) scored at the end of each epoch. */
  preview?: DataSplit;
  signal?: AbortSignal;
  loss?: LossFn;
  /** The variables the optimizer updates; default all of the network's. (Compression trains
   * codebooks instead of weights, and a frozen teacher must never be passed here.) */
  variables?: tf.Variable[];
  /** Pass the last hidden representation to the loss (hidden-state matching). */
  withHidden?: boolean;
  /** Pass a vision transformer's attention maps (and its hidden state) to the loss
   * (attention transfer). */
  withAttention?: boolean;
  /** Weights as the forward pass should see them (fake quantization, shared weights). */
  transform?: WeightTransform;
  /** Runs after every optimizer step: re-applies pruning masks so pruned weights stay exactly
   * zero, or moves a gradual-pruning schedule on. May read weights back (async). */
  afterStep?: (done: number, totalSteps: number) => void | Promise<void>;
  onProgress?: (p: StepReport) => void;
  onEpoch?: (e: EpochReport) => void;
}

export interface StepReport {
  /** 0-based epoch and step within the epoch. */
  epoch: number;
  step: number;
  stepsPerEpoch: number;
  /** Fraction of the whole run done, 0..1. */
  fraction: number;
  /** Mean training loss and accuracy over the steps since the last report. */
  loss: number;
  accuracy: number;
  samplesPerSec: number;
  etaMs: number;
}

export interface EpochReport {
  epoch: number;
  loss: number;
  trainAccuracy: number;
  /**
   * Accuracy on the held-out examples of `preview` after this epoch: the validation split in
   * the app (never the test set, so reading the curve to pick an epoch count is fair).
   */
  previewAccuracy: number;
}

export interface TrainSummary {
  steps: number;
  samples: number;
  ms: number;
  finalLoss: number;
}

/**
 * How much device work may be queued between two read-backs. A cancel request is a message the
 * worker sees only when the loop yields, and on a GPU a step is only enqueued: the read-back is
 * what waits for it. With a fixed 20 steps between read-backs, Stop took 9.6 s on wasm and more
 * than 240 s on a software GPU for a big net at batch 8; read-backs every ~quarter second (and a
 * yield after every step) keep Stop within about a second on the CPU backends, or one step where
 * a step is longer; on a GPU the read-back itself gives way to Stop (untilAborted).
 */
const SYNC_MS = 250;

/**
 * Our own loop rather than model.fit: seeded shuffling (fit ignores seeds), fixed batch shapes
 * (the WebGPU buffer pool is keyed by size, so the last partial batch is dropped), metrics
 * accumulated on the device and read back every `reportEvery` steps, NaN detection on the CPU
 * (WGSL may drop NaN checks), and cancellation between steps.
 */
export async function trainNetwork(
  net: Network,
  data: DataSplit,
  opts: TrainOptions,
): Promise<TrainSummary> {
  const batch = Math.min(opts.batchSize, data.n);
  const stepsPerEpoch = Math.floor(data.n / batch);
  const totalSteps = stepsPerEpoch * opts.epochs;
  const reportEvery = opts.reportEvery ?? Math.max(1, Math.min(20, Math.ceil(stepsPerEpoch / 5)));
  const optimizer = tf.train.adam(opts.learningRate);
  const vars = opts.variables ?? net.trainableVariables;
  const model = { forward: (xs: tf.Tensor) => net.forward(xs, opts.transform) };
  const lossFn: LossFn =
    opts.loss ?? ((logits, labels) => crossEntropy(logits, labels, opts.numClasses));
  const x = new Float32Array(batch * opts.featureSize);
  const y = new Int32Array(batch);
  const batchIndices = new Int32Array(batch);

  let lossSum = tf.scalar(0);
  let correctSum = tf.scalar(0);
  let pending = 0;
  let done = 0;
  let epochLoss = 0;
  let epochCorrect = 0;
  let epochSeen = 0;
  let lastLoss = NaN;
  const t0 = performance.now();
  // The first step is read back alone to measure how long a step takes (see SYNC_MS).
  let syncEvery = 1;
  let lastSync = t0;

  const readBack = async (epoch: number, step: number) => {
    // Stop does not wait for the device to finish the queued steps (see untilAborted).
    const [l, c] = await untilAborted(
      Promise.all([lossSum.data(), correctSum.data()]),
      opts.signal,
    );
    const meanLoss = l[0] / pending;
    if (!Number.isFinite(meanLoss)) {
      throw new RunError(
        'nan-loss',
        `The loss became ${Number.isNaN(meanLoss) ? 'NaN' : 'infinite'} at epoch ${epoch + 1}, step ${step + 1}. ` +
          `Try a lower learning rate (now ${opts.learningRate}).`,
      );
    }
    epochLoss += l[0];
    epochCorrect += c[0];
    epochSeen += pending;
    lastLoss = meanLoss;
    const elapsed = performance.now() - t0;
    opts.onProgress?.({
      epoch,
      step,
      stepsPerEpoch,
      fraction: done / totalSteps,
      loss: meanLoss,
      accuracy: c[0] / (pending * batch),
      samplesPerSec: (done * batch) / (elapsed / 1000),
      etaMs: (elapsed / done) * (totalSteps - done),
    });
    lossSum.dispose();
    correctSum.dispose();
    lossSum = tf.scalar(0);
    correctSum = tf.scalar(0);
    pending = 0;
  };

  try {
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = permutation(data.n, opts.rng);
      epochLoss = 0;
      epochCorrect = 0;
      epochSeen = 0;
      for (let step = 0; step < stepsPerEpoch; step++) {
        if (opts.signal?.aborted) throw new RunError('cancelled', 'cancelled by the user');
        fillBatch(data, order, step * batch, batch, x, y);
        batchIndices.set(order.subarray(step * batch, (step + 1) * batch));
        const [nextLoss, nextCorrect] = tf.tidy(() => {
          const xs = tf.tensor2d(x, [batch, opts.featureSize]);
          const ys = tf.tensor1d(y, 'int32');
          let correct: tf.Scalar | null = null;
          const cost = optimizer.minimize(
            () => {
              const { logits, hidden, attention } = opts.withAttention
                ? net.forwardVit(xs, { attention: true }, opts.transform)
                : opts.withHidden
                  ? { ...net.forwardWithHidden(xs, opts.transform), attention: undefined }
                  : { logits: model.forward(xs), hidden: undefined, attention: undefined };
              // Counted inside the same forward pass, so accuracy costs no second pass.
              correct = tf.keep(correctCount(logits, ys));
              return lossFn(logits, ys, batchIndices, hidden, attention);
            },
            true,
            vars,
          )!;
          const out = [lossSum.add(cost), correctSum.add(correct!)];
          tf.dispose(correct!);
          return out;
        });
        lossSum.dispose();
        correctSum.dispose();
        lossSum = nextLoss as tf.Scalar;
        correctSum = nextCorrect as tf.Scalar;
        pending++;
        done++;
        await opts.afterStep?.(done, totalSteps);
        if (pending >= syncEvery || step === stepsPerEpoch - 1) {
          const steps = pending;
          await readBack(epoch, step);
          const now = performance.now();
          const msPerStep = (now - lastSync) / steps;
          syncEvery = Math.max(1, Math.min(reportEvery, Math.floor(SYNC_MS / msPerStep)));
          lastSync = now;
        }
        await yieldToEventLoop();
      }
      if (opts.signal?.aborted) throw new RunError('cancelled', 'cancelled by the user');
      const previewAccuracy = opts.preview
        ? await evaluateAccuracy(model, opts.preview, opts.featureSize)
        : NaN;
      opts.onEpoch?.({
        epoch,
        loss: epochLoss / Math.max(1, epochSeen),
        trainAccuracy: epochCorrect / Math.max(1, epochSeen * batch),
        previewAccuracy,
      });
    }
  } finally {
    lossSum.dispose();
    correctSum.dispose();
    optimizer.dispose();
  }
  return { steps: done, samples: done * batch, ms: performance.now() - t0, finalLoss: lastLoss };
}
