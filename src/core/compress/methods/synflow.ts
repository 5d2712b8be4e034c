import type { ScoreMethod } from './types';
import { isVitArch, targetArch } from '../vitRules';
import { OK, refuse, scoreMethod } from './types';
import type { ScoreOps } from './types';
import type { ModelWeights } from '../../experiment/compress/modelWeights';

/** The official schedule's number of rounds (Tanaka et al. 2020, Appendix). */
export const SYNFLOW_ROUNDS = 100;

/**
 * SynFlow (Tanaka et al. 2020), data-free: every weight and bias replaced by its absolute value,
 * an all-ones input, R = Σ logits the total "synaptic flow"; a weight's score is |w · ∂R/∂w|.
 * Pruning in 100 rounds with the exponential schedule (density (1 − s)^(k/100) after round k),
 * re-scored on the survivors each round, never cuts a layer off (layer collapse). R spans many
 * orders of magnitude, so gradients come in float64 and scores are returned as logarithms
 * (−∞ for a removed weight): ranking them is ranking the scores, with no overflow in float32.
 */
export async function synflowScores(
  model: ModelWeights,
  ops: ScoreOps,
  sparsity: number,
  rounds = SYNFLOW_ROUNDS,
): Promise<Float32Array[]> {
  let masks: (Uint8Array | null)[] = model.layers.map(() => null);
  let scores: Float32Array[] = [];
  const density = 1 - sparsity;
  for (let k = 1; k <= rounds; k++) {
    const positive: ModelWeights = {
      spec: model.spec,
      layers: model.layers.map((l, i) => {
        const m = masks[i];
        const weights = new Float32Array(l.weights.length);
        for (let e = 0; e < weights.length; e++)
          weights[e] = m && !m[e] ? 0 : Math.abs(l.weights[e]);
        return { spec: l.spec, weights, bias: l.bias.map(Math.abs) };
      }),
    };
    const grads = await ops.flowGradients(positive);
    scores = positive.layers.map((l, i) => {
      const s = new Float32Array(l.weights.length);
      const g = grads[i];
      for (let e = 0; e < s.length; e++) s[e] = Math.log(l.weights[e]) + Math.log(g[e]);
      return s;
    });
    masks = ops.rank(scores, 1 - density ** (k / rounds));
  }
  return scores;
}

export const synflow: ScoreMethod<'synflow'> = scoreMethod({
  name: 'synflow',
  kind: 'score',
  describe:
    'SynFlow: data-free iterative synaptic-flow scores (100 rounds, float64); meant for pruning at initialisation.',
  keys: ['prune.method', 'prune.sparsity', 'prune.scope', 'prune.exclude', 'prune.at'],
  supports: (c) =>
    c.prune.granularity === 'neuron'
      ? refuse('synflowNeuron')
      : isVitArch(targetArch(c))
        ? refuse('synflowVit')
        : OK,
  // The rounds aim at the target sparsity, so the scores depend on it.
  dependsOn: (p) => `${p.sparsity}|${p.scope}|${p.exclude}|${p.granularity}`,
  score: (model, prune, ops) => synflowScores(model, ops, prune.sparsity),
});
