import type { ExperimentConfig } from '../config';
import type { CompressionSession } from '../experiment/compress/session';
import type { RunHooks } from '../experiment/trainModel';
import type { LatencyReport, OwnKernels } from './latency';
import { measureLatency } from './latency';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import type { LatencyStudy } from './variants';
import { crossoverSparsity } from './verdict';

/** The study's sparsities: dense, then where unstructured sparsity starts to pay, or not. */
export const STUDY_SPARSITIES = [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99];
export const STUDY_BATCHES = [1, 256];

/** Shorter than a single measurement: 7 sparsities × 2 batches × 4 variants add up. */
const STUDY_TIMING = { warmupRounds: 2, minRuns: 5, maxRuns: 21, budgetMs: 300 };

/**
 * Every variant timed at every sparsity (the config's pruning method and granularity, cut from
 * the trained target without fine-tuning: speed depends on the zeros, not on their accuracy),
 * and where the sparse kernel starts to beat our dense one and tfjs, per batch.
 */
export async function latencyStudy(
  session: CompressionSession,
  config: ExperimentConfig,
  options: {
    sparsities?: number[];
    batches?: number[];
    kernels?: (m: ModelWeights) => Promise<OwnKernels> | OwnKernels;
  },
  hooks: RunHooks = {},
): Promise<LatencyStudy> {
  const sparsities = options.sparsities ?? STUDY_SPARSITIES;
  const batches = options.batches ?? STUDY_BATCHES;
  const check = () => {
    if (hooks.signal?.aborted) throw new Error('cancelled by the user');
  };
  const points: LatencyStudy['points'] = [];
  let last: LatencyReport | null = null;
  for (const [i, sparsity] of sparsities.entries()) {
    check();
    const cut = { ...config, prune: { ...config.prune, sparsity } };
    const { result } = await session.compress(cut, 'preview');
    last = await measureLatency(result.model, {
      batches,
      timing: { ...STUDY_TIMING, check },
      kernels: options.kernels,
    });
    for (const r of last.rows)
      points.push({ sparsity, variant: r.variant, batch: r.batch, p50Ms: r.p50Ms, runs: r.runs });
    hooks.onEvent?.({
      type: 'progress',
      model: 'compressed',
      epochs: 1,
      epoch: 0,
      step: i + 1,
      stepsPerEpoch: sparsities.length,
      fraction: (i + 1) / sparsities.length,
      loss: NaN,
      accuracy: NaN,
      samplesPerSec: 0,
      etaMs: 0,
    });
  }
  return {
    backend: last?.backend ?? '',
    ownKernels: last?.ownKernels ?? 'js',
    refused: last?.refused ?? [],
    points,
    crossovers: batches.map((batch) => ({
      batch,
      ownDense: crossoverSparsity(points, batch, 'own-dense'),
      tfjsDense: crossoverSparsity(points, batch, 'tfjs-dense'),
    })),
  };
}
