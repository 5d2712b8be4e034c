import type { ModelWeights } from '../src/core/experiment/compress/modelWeights';
import { readModel } from '../src/core/experiment/compress/modelWeights';
import { pruneModel } from '../src/core/experiment/compress/pruneModel';
import { Network } from '../src/core/model/network';
import { buildSpec } from '../src/core/model/spec';
import { createRng } from '../src/core/random';
import type { LatencyRow, OwnKernels } from '../src/core/speed/latency';
import { measureLatency } from '../src/core/speed/latency';

export const BENCH_SPARSITIES = [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99];
export const BENCH_BATCHES = [1, 256];

export interface SpeedRow {
  env: 'node' | 'chromium';
  backend: string;
  batch: number;
  sparsity: number;
  variant: LatencyRow['variant'];
  p50Ms: number;
  p10Ms: number;
  p90Ms: number;
  runs: number;
  /** Calls per timed sample (a sample lasts ≥ 2 ms). */
  repeat: number;
}

/** LeNet-300-100 (784-300-100-10) with seeded Glorot weights: speed does not depend on
 * training, only on shapes and on where the zeros are. */
export async function lenet(): Promise<ModelWeights> {
  const net = Network.create(buildSpec('mlp:300-100', [28, 28, 1], 10), createRng(1));
  try {
    return await readModel(net);
  } finally {
    net.dispose();
  }
}

/** Magnitude pruning, every layer to the same sparsity (the lab's own cut). */
export function pruned(model: ModelWeights, sparsity: number): ModelWeights {
  if (sparsity === 0) return model;
  const scores = model.layers.map((l) => l.weights.map(Math.abs));
  return pruneModel(
    model,
    { sparsity, granularity: 'weight', scope: 'layer', exclude: 'none' },
    scores,
  ).model;
}

/** Every variant at every sparsity and batch on the current backend, variants interleaved. */
export async function benchSpeed(
  env: SpeedRow['env'],
  options: {
    budgetMs: number;
    kernels?: (m: ModelWeights) => Promise<OwnKernels> | OwnKernels;
    log?: (line: string) => void;
  },
): Promise<{ rows: SpeedRow[]; maxRelativeDifference: number; ownKernels: string }> {
  const base = await lenet();
  const rows: SpeedRow[] = [];
  let maxRelativeDifference = 0;
  let ownKernels = 'js';
  for (const sparsity of BENCH_SPARSITIES) {
    const report = await measureLatency(pruned(base, sparsity), {
      batches: BENCH_BATCHES,
      // Samples of ≥ 20 ms span several scheduler slices (the machine may be shared).
      timing: { budgetMs: options.budgetMs, minRuns: 9, minSampleMs: 20 },
      kernels: options.kernels,
    });
    maxRelativeDifference = Math.max(maxRelativeDifference, report.maxRelativeDifference);
    ownKernels = report.ownKernels;
    for (const r of report.rows)
      rows.push({
        env,
        backend: report.backend,
        batch: r.batch,
        sparsity,
        variant: r.variant,
        p50Ms: r.p50Ms,
        p10Ms: r.p10Ms,
        p90Ms: r.p90Ms,
        runs: r.runs,
        repeat: r.repeat,
      });
    options.log?.(
      `${env}/${report.backend} sparsity ${sparsity}: ` +
        report.rows.map((r) => `${r.variant}@${r.batch}=${r.p50Ms.toFixed(3)}ms`).join(' '),
    );
  }
  return { rows, maxRelativeDifference, ownKernels };
}

/** own-sparse / own-dense and own-sparse / tfjs-dense per (env, backend, batch, sparsity). */
export function speedRatios(rows: readonly SpeedRow[]) {
  const key = (r: SpeedRow) => `${r.env}|${r.backend}|${r.batch}|${r.sparsity}`;
  const groups = new Map<string, SpeedRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.values()].flatMap((g) => {
    const p = (v: SpeedRow['variant']) => g.find((r) => r.variant === v)?.p50Ms;
    const sparse = p('own-sparse');
    const dense = p('own-dense');
    const tfjs = p('tfjs-dense');
    if (sparse === undefined || dense === undefined || tfjs === undefined) return [];
    const { env, backend, batch, sparsity } = g[0];
    return [
      {
        env,
        backend,
        batch,
        sparsity,
        sparseOverOwnDense: sparse / dense,
        sparseOverTfjsDense: sparse / tfjs,
      },
    ];
  });
}
