import * as tf from '@tensorflow/tfjs';
import type { ModelWeights, LayerWeights } from '../experiment/compress/modelWeights';
import { toNetwork } from '../experiment/compress/modelWeights';
import { createRng, deriveSeed } from '../random';
import { macsOf } from './macs';
import { OwnNetwork } from './ownForward';
import { shrinkModel } from './structured';
import type { TimingOptions } from './timing';
import { timeInterleaved } from './timing';

import type { LatencyReport, LatencyRow, SpeedVariant } from './variants';
import { SPEED_VARIANTS } from './variants';

export type { LatencyReport, LatencyRow, SpeedVariant } from './variants';

/** A forward pass of our own kernels: JS typed arrays, or a GPU implementation of the same. */
export interface OwnKernels {
  kind: 'js' | 'wgsl';
  forward(x: Float32Array, batch: number, kernel: 'dense' | 'sparse'): Promise<Float32Array>;
  dispose(): void;
}

export function jsKernels(model: ModelWeights): OwnKernels {
  const net = OwnNetwork.from(model);
  return {
    kind: 'js',
    forward: (x, batch, kernel) => Promise.resolve(net.forward(x, batch, kernel)),
    dispose: () => undefined,
  };
}

/** The low-rank factor pairs (`fc1.p`, `fc1.q`) multiplied back into one layer each. */
export function expandFactors(model: ModelWeights): ModelWeights {
  const layers: LayerWeights[] = [];
  for (let i = 0; i < model.layers.length; i++) {
    const p = model.layers[i];
    const q = model.layers[i + 1];
    if (p.spec.kind === 'dense' && p.spec.name.endsWith('.p') && q?.spec.kind === 'dense') {
      const m = p.spec.inputs;
      const r = p.spec.units;
      const n = q.spec.units;
      const w = new Float32Array(m * n);
      for (let a = 0; a < m; a++)
        for (let k = 0; k < r; k++) {
          const v = p.weights[a * r + k];
          if (v !== 0) for (let b = 0; b < n; b++) w[a * n + b] += v * q.weights[k * n + b];
        }
      layers.push({
        spec: { ...q.spec, name: q.spec.name.replace(/\.q$/, ''), inputs: m },
        weights: w,
        bias: q.bias,
      });
      i++;
    } else layers.push(p);
  }
  return { spec: model.spec, layers };
}

/** Transposes [batch, features] row-major to our kernels' [features, batch]. */
export function featureMajor(x: Float32Array, batch: number, features: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let b = 0; b < batch; b++)
    for (let f = 0; f < features; f++) out[f * batch + b] = x[b * features + f];
  return out;
}

export function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 1e-12;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(a[i]));
  }
  return diff / scale;
}

export interface MeasureOptions {
  batches: number[];
  timing?: Partial<TimingOptions>;
  /** Our kernels for a model (default: JS typed arrays); WebGPU passes WGSL ones. */
  kernels?: (model: ModelWeights) => Promise<OwnKernels> | OwnKernels;
  /** Only these variants (default: all four). */
  variants?: readonly SpeedVariant[];
}

/**
 * Times every variant on `stored` (the weights the compressed model computes with, factor
 * layers separate) at each batch size, all variants interleaved in one measurement per batch.
 * Inputs are seeded uniform [0, 1) values; creates and disposes its own tensors.
 */
export async function measureLatency(
  stored: ModelWeights,
  options: MeasureOptions,
): Promise<LatencyReport> {
  const wanted = options.variants ?? SPEED_VARIANTS;
  const original = expandFactors(stored);
  const refused: LatencyReport['refused'] = [];
  const ownReason = OwnNetwork.supports(stored);
  const makeKernels = options.kernels ?? jsKernels;
  const own =
    ownReason === null && (wanted.includes('own-dense') || wanted.includes('own-sparse'))
      ? { dense: await makeKernels(original), sparse: await makeKernels(stored) }
      : null;
  if (ownReason)
    for (const v of ['own-dense', 'own-sparse'] as const)
      if (wanted.includes(v)) refused.push({ variant: v, reason: ownReason });
  const nets = {
    'tfjs-dense': toNetwork(original),
    structured: toNetwork(shrinkModel(stored)),
  };
  const features = stored.spec.inputShape.reduce((a, b) => a * b, 1);
  const rng = createRng(deriveSeed(0, 'latency-input'));
  const rows: LatencyRow[] = [];
  let maxRelativeDifference = 0;
  try {
    for (const batch of options.batches) {
      const input = Float32Array.from({ length: batch * features }, () => rng.next());
      const xT = featureMajor(input, batch, features);
      const x = tf.tensor2d(input, [batch, features]);
      try {
        const tfjsSide = (net: (typeof nets)['tfjs-dense']) => async () => {
          const y = net.forward(x);
          try {
            return await y.data();
          } finally {
            y.dispose();
          }
        };
        const sides: Partial<Record<SpeedVariant, () => Promise<unknown>>> = {};
        if (wanted.includes('tfjs-dense')) sides['tfjs-dense'] = tfjsSide(nets['tfjs-dense']);
        if (wanted.includes('structured')) sides.structured = tfjsSide(nets.structured);
        if (own && wanted.includes('own-dense'))
          sides['own-dense'] = () => own.dense.forward(xT, batch, 'dense');
        if (own && wanted.includes('own-sparse'))
          sides['own-sparse'] = () => own.sparse.forward(xT, batch, 'sparse');
        // Same function on every side before any timing: logits ([batch, classes] for tfjs,
        // [classes, batch] for ours) compared element by element.
        const reference = (await tfjsSide(nets['tfjs-dense'])()) as Float32Array;
        const classes = reference.length / batch;
        for (const [variant, side] of Object.entries(sides)) {
          const out = (await side()) as Float32Array;
          const rowMajor = variant.startsWith('own') ? featureMajor(out, classes, batch) : out;
          maxRelativeDifference = Math.max(
            maxRelativeDifference,
            relativeDifference(reference, rowMajor),
          );
        }
        const timed = await timeInterleaved(
          sides as Record<SpeedVariant, () => unknown>,
          options.timing,
        );
        for (const variant of SPEED_VARIANTS) {
          const t = timed[variant];
          if (t) rows.push({ variant, batch, ...t });
        }
      } finally {
        x.dispose();
      }
    }
  } finally {
    nets['tfjs-dense'].dispose();
    nets.structured.dispose();
    own?.dense.dispose();
    own?.sparse.dispose();
  }
  return {
    backend: tf.getBackend(),
    ownKernels: own?.dense.kind ?? 'js',
    rows,
    refused,
    maxRelativeDifference,
    macs: macsOf(stored),
  };
}
