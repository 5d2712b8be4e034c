import * as tf from '@tensorflow/tfjs';
import type { ExperimentConfig } from '../../config';
import { quantNoiseBlocks, expandBlocks } from '../../compress/quantize/noise';
import { fakeQuantizeTensor } from '../../compress/quantize/ste';
import type { Dataset, DataSplit } from '../../data/types';
import type { WeightTransform } from '../../model/network';
import { createRng, deriveSeed } from '../../random';
import { trainNetwork } from '../../train/trainLoop';
import type { TrainOptions } from '../../train/trainLoop';
import type { RunHooks } from '../trainModel';
import { validationSplit } from '../splits';
import type { Codebooks, QuantSettings } from './quantizeModel';
import type { ModelWeights } from './modelWeights';
import { readModel, toNetwork, weightShapeOf } from './modelWeights';
import { SharedWeights } from './sharedWeights';

/** Weights per Quant-Noise block: a few neighbouring weights share the coin flip. */
const QUANT_NOISE_BLOCK = 8;

export interface TrainContext {
  config: ExperimentConfig;
  data: Dataset;
  /** The target's own training split. */
  train: DataSplit;
  hooks: RunHooks;
  /** Seed purpose for batch order, so each phase of a pipeline is reproducible. */
  purpose: string;
  /** Part of the whole request this phase covers, for one progress bar over many phases. */
  span?: [number, number];
}

export interface CompressTrainOptions {
  epochs: number;
  /** Held at zero after every step (1 = trainable). */
  masks?: readonly (Uint8Array | null)[];
  /** Moves masks during training (gradual pruning): called after each step. */
  updateMasks?: (
    step: number,
    totalSteps: number,
    current: () => Promise<ModelWeights>,
  ) => Promise<(Uint8Array | null)[] | null>;
  /** Fake quantization with the straight-through estimator in every forward pass. */
  quant?: QuantSettings & { noise: number };
}

/**
 * The training-loop settings every compression phase shares: the config's optimiser and batch,
 * a batch order seeded by the phase's purpose, the validation split for the per-epoch curve,
 * cancellation, and progress
 * events with the phase's fraction mapped into the request's span.
 */
function loopOptions(
  ctx: TrainContext,
  epochs: number,
): Omit<TrainOptions, 'transform' | 'afterStep' | 'variables'> {
  const { config, data, hooks } = ctx;
  const emit = hooks.onEvent ?? (() => {});
  const [from, to] = ctx.span ?? [0, 1];
  return {
    epochs,
    batchSize: config.train.batchSize,
    learningRate: config.train.lr,
    rng: createRng(deriveSeed(config.seed, ctx.purpose)),
    featureSize: data.featureSize,
    numClasses: data.numClasses,
    preview: validationSplit(config, data),
    signal: hooks.signal,
    onProgress: (p) =>
      emit({
        type: 'progress',
        model: 'compressed',
        epochs,
        ...p,
        fraction: from + (to - from) * p.fraction,
      }),
    onEpoch: (e) => emit({ type: 'epoch', model: 'compressed', ...e }),
  };
}

/** Uploads masks as float tensors; the caller disposes them. */
function maskTensors(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
): (tf.Tensor | null)[] {
  return masks.map((m, l) =>
    m ? tf.tensor(Float32Array.from(m), weightShapeOf(model.layers[l].spec)) : null,
  );
}

/**
 * Trains a copy of `model` with pruning masks held (pruned weights are exactly zero after every
 * optimizer step: the mask is re-applied to the variables, not only to the gradients, because
 * Adam's momentum would otherwise move them) and, optionally, quantization in the loop.
 * Returns the trained weights; the input is not modified.
 */
export async function trainCompressed(
  model: ModelWeights,
  options: CompressTrainOptions,
  ctx: TrainContext,
): Promise<ModelWeights> {
  if (options.epochs <= 0) return model;
  const { config } = ctx;
  const net = toNetwork(model);
  let masks = options.masks ? maskTensors(model, options.masks) : [];
  let noise: (tf.Tensor | null)[] = [];
  const noiseRng = createRng(deriveSeed(config.seed, `${ctx.purpose}-quant-noise`));
  const quant = options.quant;
  const drawNoise = () => {
    tf.dispose(noise.filter((t): t is tf.Tensor => t !== null));
    noise =
      quant && quant.noise < 1
        ? model.layers.map((l, i) => {
            const n = l.weights.length;
            const blocks = quantNoiseBlocks(n, QUANT_NOISE_BLOCK, quant.noise, noiseRng);
            return tf.tensor(
              Float32Array.from(expandBlocks(blocks, n, QUANT_NOISE_BLOCK)),
              weightShapeOf(model.layers[i].spec),
            );
          })
        : [];
  };
  const applyMasks = () =>
    tf.tidy(() => {
      net.layers.forEach((l, i) => {
        const m = masks[i];
        if (m) l.weights.assign(tf.mul(l.weights, m));
      });
    });
  const transform: WeightTransform | undefined = quant
    ? (i, w) => {
        const fq = fakeQuantizeTensor(w, quant);
        const mix = noise[i];
        // Quant-Noise: quantized inside the chosen blocks, full precision (and an exact
        // gradient) elsewhere.
        return mix ? tf.add(tf.mul(fq, mix), tf.mul(w, tf.sub(1, mix))) : fq;
      }
    : undefined;
  try {
    applyMasks();
    drawNoise();
    await trainNetwork(net, ctx.train, {
      ...loopOptions(ctx, options.epochs),
      transform,
      afterStep: async (done, total) => {
        if (options.updateMasks) {
          const next = await options.updateMasks(done, total, () => readModel(net));
          if (next) {
            tf.dispose(masks.filter((t): t is tf.Tensor => t !== null));
            masks = maskTensors(model, next);
          }
        }
        applyMasks();
        if (quant && quant.noise < 1) drawNoise();
      },
    });
    return await readModel(net);
  } finally {
    tf.dispose(masks.filter((t): t is tf.Tensor => t !== null));
    tf.dispose(noise.filter((t): t is tf.Tensor => t !== null));
    net.dispose();
  }
}

/**
 * Deep Compression's centroid fine-tuning: the weights are gather(codebook, codes) (masked), and
 * only the codebooks (and biases) train, so the gradient of a centroid is the sum of the
 * gradients of the weights that share it. Codes never change.
 */
export async function finetuneCodebooks(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
  codebooks: Codebooks,
  epochs: number,
  ctx: TrainContext,
): Promise<{ codebooks: Codebooks; model: ModelWeights }> {
  if (epochs <= 0) return { codebooks, model };
  const net = toNetwork(model);
  // tf.variable leaves its initial tensor alive; the tidy frees it.
  const centroids = codebooks.map((c) => tf.tidy(() => tf.variable(tf.tensor1d(c.codebook), true)));
  const shared = codebooks.map((c) => new SharedWeights(c.codes, c.codebook.length));
  const maskT = masks.map((m) => (m ? tf.tensor1d(Float32Array.from(m)) : null));
  try {
    await trainNetwork(net, ctx.train, {
      ...loopOptions(ctx, epochs),
      variables: [...centroids, ...net.layers.map((l) => l.bias)],
      transform: (i, w) => {
        const values = shared[i].weights(centroids[i]);
        const m = maskT[i];
        return (m ? tf.mul(values, m) : values).reshape(w.shape);
      },
    });
    const tuned = await Promise.all(centroids.map((c) => c.data() as Promise<Float32Array>));
    const biases = await Promise.all(net.layers.map((l) => l.bias.data() as Promise<Float32Array>));
    return {
      codebooks: codebooks.map((c, i) => ({ codebook: tuned[i], codes: c.codes })),
      model: { spec: model.spec, layers: model.layers.map((l, i) => ({ ...l, bias: biases[i] })) },
    };
  } finally {
    shared.forEach((s) => s.dispose());
    tf.dispose([...centroids, ...maskT.filter((t): t is tf.Tensor1D => t !== null)]);
    net.dispose();
  }
}
