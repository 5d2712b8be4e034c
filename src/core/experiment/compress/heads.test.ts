import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import { parseQuery } from '../../config';
import { encodeModel } from '../../compress/size/modelSize';
import { loadDataset } from '../../data';
import { Network } from '../../model/network';
import { buildSpec } from '../../model/spec';
import { createRng } from '../../random';
import { readDataFromDisk } from '../../testing/diskData';
import { trainTeacher } from '../trainTeacher';
import { headCounts, headRemovalMasks, headScoresOf, shrinkHeads, spreadHeadScores } from './heads';
import { readModel, toNetwork, weightShapeOf } from './modelWeights';
import type { ModelWeights } from './modelWeights';
import { CompressionSession } from './session';

beforeAll(async () => {
  await initBackend('wasm');
});

const floatFile = (m: ModelWeights) =>
  encodeModel(
    m.layers.map((l) => ({
      name: l.spec.name,
      shape: weightShapeOf(l.spec),
      values: { kind: 'float' as const, values: l.weights },
      bias: l.bias,
    })),
  );

describe('removing attention heads', () => {
  it('equals gating them to 0, leaves the other heads unchanged, and shrinks the file', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(buildSpec('vit:p7-d16-h4-l2', [28, 28, 1], 10), createRng(7));
    const model = await readModel(net);
    const keep = Uint8Array.from([1, 0, 1, 0]);
    const shrunk = shrinkHeads(model, 1, keep);
    const small = toNetwork(shrunk);
    const x = tf.randomUniform([5, 784], 0, 1, 'float32', 3);
    const [gated, cut] = tf.tidy((): [number[][], number[][][][]][] => {
      const gates = [tf.ones([4]) as tf.Tensor1D, tf.tensor1d([1, 0, 1, 0])];
      const full = net.forwardVit(x, { gates, attention: true });
      const less = small.forwardVit(x, { attention: true });
      // Block 2's remaining heads (0 and 2 of the original) attend exactly as before.
      const kept = tf.gather(full.attention[1], [0, 2], 1);
      return [
        [full.logits.arraySync(), kept.arraySync() as number[][][][]],
        [less.logits.arraySync(), less.attention[1].arraySync()],
      ];
    });
    expect(cut[0]).toEqual(gated[0].map((row) => row.map((v) => expect.closeTo(v, 5))));
    expect(cut[1]).toEqual(gated[1]);
    x.dispose();
    net.dispose();
    small.dispose();
    expect(tf.memory().numTensors).toBe(before);

    // Exactly the head's 4 columns of q, k, v (and biases) and 4 rows of o are gone.
    const names = model.layers.map((l) => l.spec.name);
    const at = (n: string) => names.indexOf(n);
    expect(weightShapeOf(shrunk.layers[at('b2.q')].spec)).toEqual([16, 8]);
    expect(shrunk.layers[at('b2.v')].bias.length).toBe(8);
    expect(weightShapeOf(shrunk.layers[at('b2.o')].spec)).toEqual([8, 16]);
    expect(shrunk.layers[at('b2.o')].weights).toEqual(
      model.layers[at('b2.o')].weights.filter((_, e) => [0, 2].includes(Math.floor(e / 16 / 4))),
    );
    expect(shrunk.layers[at('b1.q')]).toBe(model.layers[at('b1.q')]);
    expect(headCounts(shrunk)).toEqual([4, 2]);
    // 2 heads × (3 × (16·4 + 4) + 4·16) floats = 536 floats = 2,144 bytes fewer.
    expect(floatFile(model).length - floatFile(shrunk).length).toBe(2144);

    const masks = headRemovalMasks(model, [Uint8Array.from([1, 1, 1, 1]), keep]);
    expect(masks[at('b1.q')]).toBeNull();
    expect(masks[at('b2.k')]!.reduce((s, v) => s + v, 0)).toBe(16 * 8);
    const perBlock = [Float32Array.from([1, 2, 3, 4]), Float32Array.from([5, 6, 7, 8])];
    expect(headScoresOf(model, spreadHeadScores(model, perBlock))).toEqual(perBlock);
  });
});

describe('head pruning of a trained vit on MNIST (fixed seed)', () => {
  it('importance order (gate gradient, output norm) beats random order at 50 % heads removed; wanda cuts the linear layers per unit', async () => {
    const query =
      'dataset=mnist&trainSize=1000&teacher.arch=vit:p7-d16-h4-l2&teacher.epochs=3&train.lr=0.003&train.batchSize=32&seed=2';
    const { config, notices } = parseQuery(query);
    expect(notices).toEqual([]);
    const data = await loadDataset('mnist', await readDataFromDisk(), 2);
    const { network } = await trainTeacher(config, data);
    const session = await CompressionSession.create({
      role: 'teacher',
      network,
      trainedWith: config,
      data,
    });
    network.dispose();
    const baseline = tf.memory().numTensors;
    const at = async (method: string) =>
      (
        await session.compress(
          parseQuery(`${query}&prune.granularity=head&prune.sparsity=0.5&prune.method=${method}`)
            .config,
          'commit',
        )
      ).point;
    const [taylor, norm, random] = [await at('taylor'), await at('magnitude'), await at('random')];
    expect(taylor.sizeBytes).toBe(random.sizeBytes);
    expect(taylor.sizeBytes).toBeLessThan(taylor.denseBytes);
    expect(taylor.accuracy).toBeGreaterThan(random.accuracy);
    expect(norm.accuracy).toBeGreaterThan(random.accuracy);
    // Each layer reports its own weights ('b1.q' is the query layer, not a low-rank factor of
    // a layer 'b1'): dense, nothing is gone; half the heads of each block, half of b1.q.
    const dense = (await session.compress(config, 'commit')).point;
    for (const l of dense.layers) expect(l.sparsity, l.name).toBe(0);
    const q = taylor.layers.find((l) => l.name === 'b1.q');
    expect(q?.kept).toBe((q?.weights ?? 0) / 2);
    // Wanda on the same transformer: every output unit of every linear layer but the head
    // keeps half its inputs; norms and token tables are left alone.
    const wanda = await session.compress(
      parseQuery(`${query}&prune.method=wanda&prune.sparsity=0.5`).config,
      'commit',
    );
    const masks = wanda.result.originalMasks;
    wanda.result.model.layers.forEach((l, i) => {
      const mask = masks[i];
      if (l.spec.kind === 'norm' || l.spec.kind === 'tokens' || l.spec.name === 'head')
        return expect(mask, l.spec.name).toBeNull();
      const units = l.bias.length;
      const fanIn = l.weights.length / units;
      for (let j = 0; j < units; j++) {
        let kept = 0;
        for (let r = 0; r < fanIn; r++) kept += mask![r * units + j];
        expect(kept, l.spec.name).toBe(fanIn - Math.round(fanIn / 2));
      }
    });
    // Gate gradients, head norms and calibration norms leave no tensor behind.
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
