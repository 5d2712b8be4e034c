import * as tf from '@tensorflow/tfjs';
import type { ExperimentConfig } from '../config';
import type { Dataset } from '../data/types';
import type { NetworkSpec } from '../model/spec';
import { buildSpec } from '../model/spec';
import { webgpuDevice } from '../backend';
import { RunError } from './events';
import {
  checkRunMemory,
  describeMemoryRefusal,
  skipsMemoryCheck,
  type MemoryRunKind,
} from './memoryCheck';
import { MEMORY_BUDGET_BYTES, type BudgetBackend } from '../model/memoryEstimate';
import type { RunHooks, TrainedModel } from './trainModel';
import { trainModel } from './trainModel';
import { teacherTrainSplit } from './splits';

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

/**
 * Refuses a run that would not fit the memory budget of the backend actually in use (the UI
 * checks first, but it may have assumed another backend than the one initialised).
 */
export function assertFitsMemory(
  config: ExperimentConfig,
  kind: MemoryRunKind,
  backend: string = tf.getBackend(),
  maxBindingBytes: number | null = webgpuDevice()?.limits.maxStorageBufferBindingSize ?? null,
): void {
  if (!(backend in MEMORY_BUDGET_BYTES) || skipsMemoryCheck(config)) return;
  const check = checkRunMemory(config, kind, backend as BudgetBackend, maxBindingBytes);
  if (check.over !== null) throw new RunError('memory', describeMemoryRefusal(check));
}

/**
 * Trains the teacher of a config on its training examples (never the validation split) and
 * scores it on the full test set.
 * The caller owns the returned network and must dispose it.
 */
export async function trainTeacher(
  config: ExperimentConfig,
  data: Dataset,
  hooks: RunHooks = {},
): Promise<TrainedModel> {
  const train = teacherTrainSplit(config, data);
  const spec = buildSpec(config.teacher.arch, data.featureShape, data.numClasses);
  assertTrainable(spec);
  assertFitsMemory(config, 'teacher');
  return trainModel(
    config,
    data,
    train,
    {
      model: 'teacher',
      spec,
      initPurpose: 'teacher-init',
      shufflePurpose: 'teacher-shuffle',
      epochs: config.teacher.epochs,
    },
    hooks,
  );
}
