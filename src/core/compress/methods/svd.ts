import type { FactoriserMethod } from './types';
import { rankForFraction, truncatedSvd } from '../lowrank/svd';
import type { TruncatedSvd } from '../lowrank/svd';
import type { LayerWeights, ModelWeights } from '../../experiment/compress/modelWeights';
import { factoriserMethod, OK } from './types';
import { reason } from '../reasons';

/** Full-rank decompositions, per weight array: a rank slider then only truncates. */
const svdCache = new WeakMap<Float32Array, TruncatedSvd>();

function fullSvd(w: Float32Array, m: number, n: number): TruncatedSvd {
  let svd = svdCache.get(w);
  if (!svd) {
    svd = truncatedSvd(w, m, n, Math.min(m, n));
    svdCache.set(w, svd);
  }
  return svd;
}

/** The first r columns of an m×d row-major matrix. */
function firstColumns(p: Float32Array, m: number, d: number, r: number): Float32Array {
  const out = new Float32Array(m * r);
  for (let i = 0; i < m; i++) out.set(p.subarray(i * d, i * d + r), i * r);
  return out;
}

/**
 * Replaces each hidden dense layer W (m×n) by x·P then ·Q with P = W·V_r, Q = V_rᵀ (best rank-r
 * approximation), r = fraction × min(m, n). Layers where the factors would not be smaller
 * (r(m + n) ≥ mn) stay as they are, as does the output layer (a rank-limited classifier
 * confuses classes for few bytes saved) and every conv layer. fraction 1 = no change.
 * P gets a zero bias that fine-tuning may train; the encoder folds it into Q's bias.
 */
export function factoriseModel(model: ModelWeights, fraction: number): ModelWeights {
  if (fraction >= 1) return model;
  const last = model.layers.length - 1;
  const layers = model.layers.flatMap((layer, l): LayerWeights[] => {
    const spec = layer.spec;
    if (spec.kind !== 'dense' || l === last) return [layer];
    const m = spec.inputs;
    const n = spec.units;
    const r = rankForFraction(m, n, fraction);
    if (r * (m + n) >= m * n) return [layer];
    const svd = fullSvd(layer.weights, m, n);
    const d = svd.rank;
    return [
      {
        spec: { kind: 'dense', name: `${spec.name}.p`, inputs: m, units: r, relu: false },
        weights: firstColumns(svd.p, m, d, r),
        bias: new Float32Array(r),
      },
      {
        spec: { ...spec, name: `${spec.name}.q`, inputs: r },
        weights: svd.q.slice(0, r * n),
        bias: layer.bias,
      },
    ];
  });
  return { spec: model.spec, layers };
}

export const svd: FactoriserMethod<'svd'> = factoriserMethod({
  name: 'svd',
  kind: 'factoriser',
  describe: 'Truncated SVD: W (m×n) becomes two factors of rank r, r(m + n) parameters.',
  keys: ['lowrank.rank'],
  supports: (c) => {
    const arch = c.target === 'teacher' ? c.teacher.arch : c.student.arch;
    if (c.lowrank.rank < 1 && arch.startsWith('cnn:'))
      return {
        ok: true,
        notes: [reason('noteConvFullRank')],
      };
    return OK;
  },
  factorise: factoriseModel,
});
