import type * as tf from '@tensorflow/tfjs';
import type { ExperimentConfig } from '../config';
import type { Dataset, DataSplit } from '../data/types';
import { Network } from '../model/network';
import type { NetworkSpec } from '../model/spec';
import { createRng, deriveSeed } from '../random';
import { evaluateAccuracy } from '../train/evaluate';
import type { LossFn } from '../train/trainLoop';
import { trainNetwork } from '../train/trainLoop';
import type { ModelRole, ModelSummary, TrainEvent } from './events';
import { validationSplit } from './splits';

export interface RunHooks {
  onEvent?: (event: TrainEvent) => void;
  signal?: AbortSignal;
}

export interface TrainedModel {
  network: Network;
  /** Always with the validation accuracy (saved runs may lack it; a fresh model never does). */
  summary: ModelSummary & { valAccuracy: number };
}

/** Dense float32 bytes: the honest size of an uncompressed model is 4 bytes per parameter. */
export const denseSizeBytes = (params: number): number => params * 4;

export interface TrainModelOptions {
  model: ModelRole;
  spec: NetworkSpec;
  /** Seed purposes for initial weights and batch order: equal purposes give equal runs. */
  initPurpose: string;
  shufflePurpose: string;
  epochs: number;
  loss?: LossFn;
  /** Trained beside the network's own variables (a hidden-matching projection). */
  extraVariables?: tf.Variable[];
  withHidden?: boolean;
  /** The loss reads the student's attention maps (vision transformers). */
  withAttention?: boolean;
}

/**
 * Creates a network, trains it on `train` with progress events, and scores it on the full test
 * set. Teacher and students all go through here, so they are trained and measured alike. The
 * per-epoch curve and `valAccuracy` are scored on the validation split (what choices are made
 * on); `accuracy` on the full test set (what is reported). The caller owns the returned network.
 */
export async function trainModel(
  config: ExperimentConfig,
  data: Dataset,
  train: DataSplit,
  options: TrainModelOptions,
  hooks: RunHooks = {},
): Promise<TrainedModel> {
  const { model, epochs } = options;
  const emit = hooks.onEvent ?? (() => {});
  const validation = validationSplit(config, data);
  emit({ type: 'phase', model, phase: 'initialising' });
  const network = Network.create(
    options.spec,
    createRng(deriveSeed(config.seed, options.initPurpose)),
  );
  try {
    emit({ type: 'phase', model, phase: 'training' });
    const run = await trainNetwork(network, train, {
      epochs,
      batchSize: config.train.batchSize,
      learningRate: config.train.lr,
      rng: createRng(deriveSeed(config.seed, options.shufflePurpose)),
      featureSize: data.featureSize,
      numClasses: data.numClasses,
      preview: validation,
      signal: hooks.signal,
      loss: options.loss,
      variables: options.extraVariables
        ? [...network.trainableVariables, ...options.extraVariables]
        : undefined,
      withHidden: options.withHidden,
      withAttention: options.withAttention,
      onProgress: (p) => emit({ type: 'progress', model, epochs, ...p }),
      onEpoch: (e) => emit({ type: 'epoch', model, ...e }),
    });
    emit({ type: 'phase', model, phase: 'evaluating' });
    const accuracy = await evaluateAccuracy(network, data.test, data.featureSize);
    const valAccuracy = await evaluateAccuracy(network, validation, data.featureSize);
    emit({ type: 'phase', model, phase: 'done' });
    const params = network.paramCount;
    return {
      network,
      summary: {
        accuracy,
        valAccuracy,
        params,
        sizeBytes: denseSizeBytes(params),
        trainMs: run.ms,
      },
    };
  } catch (e) {
    network.dispose();
    throw e;
  }
}
