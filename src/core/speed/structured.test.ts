import { describe, expect, it } from 'vitest';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import { createRng } from '../random';
import { modelWithWeights } from '../testing/randomModel';
import { OwnNetwork } from './ownForward';
import { shrinkModel } from './structured';

function randomModel(arch: string, inputs: number, seed: number): ModelWeights {
  const rng = createRng(seed);
  return modelWithWeights(arch, [inputs], 4, () => rng.normal());
}

function logits(model: ModelWeights, x: Float32Array, batch: number) {
  return [...OwnNetwork.from(model).forward(x, batch, 'dense')];
}

describe('shrinkModel', () => {
  const x = Float32Array.from({ length: 6 * 5 }, (_, i) => Math.cos(i));

  it('removes units with no incoming weights, folding their constant output into the next bias', () => {
    const m = randomModel('mlp:8-5', 6, 1);
    // Cut units 2 and 7 of fc1 (their column) and unit 0 of fc2.
    for (let i = 0; i < 6; i++) for (const j of [2, 7]) m.layers[0].weights[i * 8 + j] = 0;
    for (let i = 0; i < 8; i++) m.layers[1].weights[i * 5] = 0;
    const s = shrinkModel(m);
    expect(s.layers.map((l) => l.weights.length)).toEqual([6 * 6, 6 * 4, 4 * 4]);
    const a = logits(m, x, 5);
    const b = logits(s, x, 5);
    b.forEach((v, i) => expect(v).toBeCloseTo(a[i], 5));
  });

  it('removes a unit nothing reads', () => {
    const m = randomModel('mlp:3', 6, 2);
    m.layers[1].weights.fill(0, 4, 8); // unit 1 of fc1 feeds nothing
    expect(shrinkModel(m).layers[0].spec).toMatchObject({ units: 2 });
  });

  it('leaves a model with no empty unit as it is', () => {
    const m = randomModel('mlp:8-5', 6, 3);
    expect(shrinkModel(m).layers.map((l) => l.weights)).toEqual(m.layers.map((l) => l.weights));
  });
});
