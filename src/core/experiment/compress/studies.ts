import type { ExperimentConfig } from '../../config';
import { parseArch } from '../../config';
import { paramShapes } from '../../model/layers';
import { buildSpec } from '../../model/spec';
import { weightCount } from '../../compress/size/model';
import type { NetworkSpec } from '../../model/spec';
import type { RunHooks } from '../trainModel';
import { trainModel } from '../trainModel';
import { rankedMasks } from './pruneModel';
import type { CompressionSession } from './session';
import type { SensitivityCurve, SparseVsDense } from './types';

/**
 * Per-layer sensitivity (Han et al. 2015, fig. 6): prune one layer alone at each sparsity, keep
 * the others dense, and score on the validation preview subset (the scan is for choosing
 * per-layer sparsities, so it must not look at test). Layers whose accuracy falls early deserve
 * a lower sparsity.
 */
export async function sensitivityScan(
  session: CompressionSession,
  config: ExperimentConfig,
  sparsities: readonly number[],
  hooks: RunHooks = {},
): Promise<SensitivityCurve[]> {
  const dense = session.dense;
  const scores = await session.scoresFor(config.prune);
  const curves: SensitivityCurve[] = [];
  const total = dense.layers.length * sparsities.length;
  let done = 0;
  for (const [l, layer] of dense.layers.entries()) {
    const points: SensitivityCurve['points'] = [];
    for (const sparsity of sparsities) {
      if (hooks.signal?.aborted) throw new Error('cancelled by the user');
      const mask = rankedMasks([scores[l]], sparsity, 'layer', [])[0]!;
      const pruned = {
        spec: dense.spec,
        layers: dense.layers.map((other, k) =>
          k === l ? { ...other, weights: other.weights.map((w, e) => (mask[e] ? w : 0)) } : other,
        ),
      };
      points.push({ sparsity, accuracy: await session.accuracy(pruned, 'preview') });
      done++;
      hooks.onEvent?.({
        type: 'progress',
        model: 'compressed',
        epochs: 1,
        epoch: 0,
        step: done,
        stepsPerEpoch: total,
        fraction: done / total,
        loss: NaN,
        accuracy: points[points.length - 1].accuracy,
        samplesPerSec: 0,
        etaMs: 0,
      });
    }
    curves.push({ layer: layer.spec.name, points });
  }
  return curves;
}

const weightsOf = (spec: NetworkSpec): number =>
  spec.layers.reduce((s, l) => s + weightCount(paramShapes(l)[0]), 0);

/**
 * The narrowest-scaled version of `arch` (every hidden width × k) whose weight count does not
 * exceed `budget`: the small dense network with as many weights as the sparse large one keeps.
 */
export function smallDenseArch(
  arch: string,
  inputShape: number[],
  numClasses: number,
  budget: number,
): string {
  const { kind, hidden } = parseArch(arch);
  if (kind === 'vit')
    throw new Error('the small-dense twin scales mlp and cnn widths; it is not defined for a vit');
  const scaled = (k: number) =>
    `${kind}:${hidden.map((h) => Math.max(1, Math.round(h * k))).join('-')}`;
  const fits = (k: number) => weightsOf(buildSpec(scaled(k), inputShape, numClasses)) <= budget;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return scaled(lo);
}

/**
 * Large-sparse vs small-dense at the same number of non-zero weights (Zhu & Gupta 2017): the
 * target cut to `prune.sparsity` (the config's full pipeline, fine-tuning included) against a
 * narrower dense network of the same depth trained from scratch for the target's epochs. Both
 * are scored on the validation split: the study is for choosing between the two.
 */
export async function sparseVsDense(
  session: CompressionSession,
  config: ExperimentConfig,
  hooks: RunHooks = {},
): Promise<SparseVsDense> {
  const sparse = await session.compress(
    {
      ...config,
      prune: { ...config.prune, granularity: 'weight' },
      quant: { ...config.quant, bits: 32 },
      lowrank: { rank: 1 },
    },
    'full',
    hooks,
    'validation',
  );
  const nonzero = sparse.point.layers.reduce((s, l) => s + l.kept, 0);
  const { data, trainedWith } = session;
  const arch = smallDenseArch(session.dense.spec.arch, data.featureShape, data.numClasses, nonzero);
  const spec = buildSpec(arch, data.featureShape, data.numClasses);
  const small = await trainModel(
    { ...trainedWith, train: config.train },
    data,
    session.train,
    {
      model: 'compressed',
      spec,
      initPurpose: 'small-dense-init',
      shufflePurpose: 'small-dense-shuffle',
      epochs: session.role === 'teacher' ? trainedWith.teacher.epochs : trainedWith.student.epochs,
    },
    hooks,
  );
  small.network.dispose();
  return {
    evaluatedOn: 'validation',
    examples: sparse.point.examples,
    nonzeroWeights: nonzero,
    largeSparse: {
      arch: session.dense.spec.arch,
      accuracy: sparse.point.accuracy,
      sizeBytes: sparse.point.sizeBytes,
      sparsity: sparse.point.sparsity,
    },
    smallDense: {
      arch,
      accuracy: small.summary.valAccuracy,
      sizeBytes: small.summary.sizeBytes,
      params: small.summary.params,
    },
  };
}
