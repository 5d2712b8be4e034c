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
import type { CompressedLayer } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import { QUANT_NOISE_BLOCK } from '../../compress/methods/quantNoise';
import { validationSplit } from '../splits';
import type { ModelWeights } from './modelWeights';
import { readModel, toNetwork, weightShapeOf } from './modelWeights';
import { SharedWeights } from './sharedWeights';

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
  quant?: Pick<ExperimentConfig['quant'], 'bits' | 'scheme' | 'granularity' | 'noise'>;
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
        const fq = fakeQuantizeTensor(w, { ...quant, mask: masks[i] ?? undefined });
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

/** Per weight, its entry in the layer's flat codebook (k-means: the code; PQ: code·d + offset). */
function codebookIndex(layer: CompressedLayer, n: number): Int32Array {
  const v = layer.values;
  if (v.kind === 'kmeans') return Int32Array.from(v.codes);
  if (v.kind === 'pq')
    return Int32Array.from(
      { length: n },
      (_, e) => v.codes[Math.floor(e / v.block)] * v.block + (e % v.block),
    );
  throw new Error(`finetuneCodebooks: layer ${layer.name} has no codebook`);
}

/**
 * Deep Compression's centroid fine-tuning, for k-means and product-quantized layers alike: the
 * weights are gather(codebook, index) (masked), and only the codebooks (and biases) train, so
 * the gradient of a centroid entry is the sum of the gradients of the weights that share it.
 * Codes never change. Returns the layers with tuned codebooks and the model with its new biases
 * and the weights the codebooks give.
 *
 * With Quant-Noise (noise < 1, Fan et al. 2021, iPQ) each step quantizes only a random fraction
 * `noise` of the PQ blocks (the sub-vectors that share a code); the other blocks keep their
 * full-precision weights, so the centroids train inside a network that is mostly the trained
 * one, as in the paper. The file, and the model returned, quantize every block.
 */
export async function finetuneCodebooks(
  model: ModelWeights,
  masks: readonly (Uint8Array | null)[],
  layers: CompressedLayer[],
  epochs: number,
  ctx: TrainContext,
  noise = 1,
): Promise<{ model: ModelWeights; layers: CompressedLayer[] }> {
  if (epochs <= 0) return { model, layers };
  const books = layers.map((l) => {
    const v = l.values;
    if (v.kind !== 'kmeans' && v.kind !== 'pq')
      throw new Error(`finetuneCodebooks: layer ${l.name} has no codebook`);
    return v.codebook;
  });
  const net = toNetwork(model);
  // tf.variable leaves its initial tensor alive; the tidy frees it.
  const centroids = books.map((c) => tf.tidy(() => tf.variable(tf.tensor1d(c), true)));
  const shared = layers.map(
    (l, i) => new SharedWeights(codebookIndex(l, model.layers[i].weights.length), books[i].length),
  );
  const maskT = masks.map((m) => (m ? tf.tensor1d(Float32Array.from(m)) : null));
  const noiseRng = createRng(deriveSeed(ctx.config.seed, `${ctx.purpose}-quant-noise`));
  let chosen: tf.Tensor1D[] = [];
  const drawNoise = () => {
    tf.dispose(chosen);
    chosen =
      noise < 1
        ? layers.map((l, i) => {
            const n = model.layers[i].weights.length;
            const block = l.values.kind === 'pq' ? l.values.block : 1;
            const blocks = quantNoiseBlocks(n, block, noise, noiseRng);
            return tf.tensor1d(Float32Array.from(expandBlocks(blocks, n, block)));
          })
        : [];
  };
  try {
    drawNoise();
    await trainNetwork(net, ctx.train, {
      ...loopOptions(ctx, epochs),
      variables: [...centroids, ...net.layers.map((l) => l.bias)],
      transform: (i, w) => {
        let values = shared[i].weights(centroids[i]);
        const q = chosen[i] as tf.Tensor1D | undefined;
        // Quant-Noise: codebook values in the chosen blocks, the (fixed) trained weights elsewhere.
        if (q) values = tf.add(tf.mul(values, q), tf.mul(w.reshape([-1]), tf.sub(1, q)));
        const m = maskT[i];
        return (m ? tf.mul(values, m) : values).reshape(w.shape);
      },
      ...(noise < 1 ? { afterStep: drawNoise } : {}),
    });
    const tuned = await Promise.all(centroids.map((c) => c.data() as Promise<Float32Array>));
    const biases = await Promise.all(net.layers.map((l) => l.bias.data() as Promise<Float32Array>));
    const tunedLayers = layers.map((l, i) => ({
      ...l,
      values: { ...l.values, codebook: tuned[i] } as CompressedLayer['values'],
    }));
    return {
      layers: tunedLayers,
      model: {
        spec: model.spec,
        layers: model.layers.map((l, i) => ({
          ...l,
          weights: layerWeights(tunedLayers[i]),
          bias: biases[i],
        })),
      },
    };
  } finally {
    shared.forEach((s) => s.dispose());
    tf.dispose(chosen);
    tf.dispose([...centroids, ...maskT.filter((t): t is tf.Tensor1D => t !== null)]);
    net.dispose();
  }
}
