import { layerParamCount, layerUnits, paramShapes } from './layers';
import { vitTokenCount } from './vitSpec';
import type { NetworkSpec } from './spec';

/**
 * How much memory a training run needs, estimated before anything is allocated, so that a link
 * asking for more than the browser can give is refused with numbers instead of crashing the tab.
 * Pure arithmetic over the network spec: the UI and the worker compute the same figure.
 */

/** Every tensor the lab trains with is float32. */
export const BYTES_PER_FLOAT = 4;

export interface MemoryEstimate {
  params: number;
  /** The trained model's weights: 4 bytes per parameter. */
  weightsBytes: number;
  /** Adam keeps two moving averages (first and second moment) per parameter. */
  optimizerBytes: number;
  /** One gradient per parameter, alive while the optimiser applies the step. */
  gradientBytes: number;
  /** Intermediate values of one batch kept for the backward pass (see activationFloats). */
  activationBytes: number;
  /** The dataset held by the worker (host memory). */
  datasetBytes: number;
  /** Models and caches held but not trained, e.g. the frozen teacher while students learn. */
  extraBytes: number;
  totalBytes: number;
  /** The biggest single tensor: WebGPU refuses a buffer larger than its binding limit. */
  largestTensorBytes: number;
}

/**
 * Floats of one batch's activations. The forward pass keeps, per example, the input, each
 * hidden layer's pre-activation and ReLU output (both feed the backward pass), each conv
 * layer's pooled output too, and the logits with their softmax; the backward pass adds one
 * gradient the size of the largest of those tensors (it holds about one layer's at a time).
 */
export function activationFloats(
  spec: NetworkSpec,
  batchSize: number,
): {
  total: number;
  largest: number;
} {
  const input = spec.inputShape.reduce((a, b) => a * b, 1);
  const kept: number[] = [input];
  let [h, w] = spec.inputShape;
  // A transformer's layers act on every token; attention keeps heads × tokens² probabilities.
  const tokens = vitTokenCount(spec.layers);
  for (const layer of spec.layers) {
    if (tokens > 0) {
      const per = tokens * layerUnits(layer);
      if (layer.kind === 'attn' && layer.role === 'q')
        kept.push(per, 2 * layer.heads * tokens * tokens);
      else kept.push(per, per);
    } else if (layer.kind === 'conv') {
      const out = h * w * layer.filters;
      h = Math.ceil(h / layer.pool);
      w = Math.ceil(w / layer.pool);
      kept.push(out, out, h * w * layer.filters);
    } else {
      kept.push(layerUnits(layer), layerUnits(layer));
    }
  }
  const perExampleLargest = Math.max(...kept);
  const perExample = kept.reduce((a, b) => a + b, 0) + perExampleLargest;
  return { total: perExample * batchSize, largest: perExampleLargest * batchSize };
}

export interface EstimateInputs {
  spec: NetworkSpec;
  batchSize: number;
  datasetBytes: number;
  /** Parameters of frozen models kept alongside (weights only, no optimiser state). */
  frozenParams?: number;
  /** Other float32 values kept on the device, e.g. cached teacher logits. */
  extraFloats?: number;
}

export function estimateTrainingMemory(inputs: EstimateInputs): MemoryEstimate {
  const { spec, batchSize, datasetBytes } = inputs;
  const params = spec.layers.reduce((sum, l) => sum + layerParamCount(l), 0);
  const weightsBytes = params * BYTES_PER_FLOAT;
  const optimizerBytes = 2 * weightsBytes;
  const gradientBytes = weightsBytes;
  const act = activationFloats(spec, Math.max(1, batchSize));
  const activationBytes = act.total * BYTES_PER_FLOAT;
  const extraBytes = ((inputs.frozenParams ?? 0) + (inputs.extraFloats ?? 0)) * BYTES_PER_FLOAT;
  const largestWeight = Math.max(
    0,
    ...spec.layers.map((l) => paramShapes(l)[0].reduce((a, b) => a * b, 1)),
  );
  return {
    params,
    weightsBytes,
    optimizerBytes,
    gradientBytes,
    activationBytes,
    datasetBytes,
    extraBytes,
    totalBytes:
      weightsBytes + optimizerBytes + gradientBytes + activationBytes + datasetBytes + extraBytes,
    largestTensorBytes: Math.max(largestWeight, act.largest) * BYTES_PER_FLOAT,
  };
}

const MiB = 1024 * 1024;

/**
 * What a run may use, per backend. GPU backends share memory with the page on the laptops a
 * class uses (integrated GPUs) and lose the device, not just the tab, when over-committed: half
 * a GiB. The wasm heap tops out at 2 GiB (4 GiB threaded) and the plain CPU backend lives in
 * the JS heap, so 1 GiB leaves room for the page itself.
 */
export const MEMORY_BUDGET_BYTES = {
  webgpu: 512 * MiB,
  webgl: 512 * MiB,
  wasm: 1024 * MiB,
  cpu: 1024 * MiB,
} as const;

export type BudgetBackend = keyof typeof MEMORY_BUDGET_BYTES;

export interface MemoryBudget {
  totalBytes: number;
  /** Largest single buffer the device accepts (WebGPU's maxStorageBufferBindingSize), or null. */
  maxTensorBytes: number | null;
}

export function memoryBudget(
  backend: BudgetBackend,
  maxBindingBytes: number | null = null,
): MemoryBudget {
  return {
    totalBytes: MEMORY_BUDGET_BYTES[backend],
    maxTensorBytes: backend === 'webgpu' ? maxBindingBytes : null,
  };
}

/** Why an estimate does not fit, or null when it does. */
export function overBudget(
  estimate: MemoryEstimate,
  budget: MemoryBudget,
): 'total' | 'tensor' | null {
  if (estimate.totalBytes > budget.totalBytes) return 'total';
  if (budget.maxTensorBytes !== null && estimate.largestTensorBytes > budget.maxTensorBytes)
    return 'tensor';
  return null;
}
