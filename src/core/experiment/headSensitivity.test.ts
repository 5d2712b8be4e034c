import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { loadDataset } from '../data';
import { selectRows } from '../data/subset';
import { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng } from '../random';
import { readDataFromDisk } from '../testing/diskData';
import { evaluateAccuracy } from '../train/evaluate';
import { shrinkHeads } from './compress/heads';
import { readModel, toNetwork } from './compress/modelWeights';
import { headSensitivity } from './headSensitivity';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('per-head sensitivity scan', () => {
  it('gives, per head, the accuracy of the model with exactly that head cut out; null for an mlp; no leaks', async () => {
    const data = await loadDataset('mnist', await readDataFromDisk(), 1);
    const split = selectRows(
      data.train,
      Int32Array.from({ length: 300 }, (_, i) => i),
    );
    const net = Network.create(buildSpec('vit:p7-d16-h4-l2', [28, 28, 1], 10), createRng(11));
    const model = await readModel(net);
    const before = tf.memory().numTensors;
    const scan = (await headSensitivity(net, split))!;
    expect(tf.memory().numTensors).toBe(before);
    expect([scan.layers, scan.heads, scan.examples]).toEqual([2, 4, 300]);
    expect(scan.dense).toBe(await evaluateAccuracy(net, split, 784));
    for (let layer = 0; layer < 2; layer++)
      for (let head = 0; head < 4; head++) {
        const keep = Uint8Array.from([0, 1, 2, 3], (h) => (h === head ? 0 : 1));
        const cut = toNetwork(shrinkHeads(model, layer, keep));
        const expected = await evaluateAccuracy(cut, split, 784);
        cut.dispose();
        expect(scan.accuracy[layer * 4 + head], `block ${layer + 1} head ${head + 1}`).toBeCloseTo(
          expected,
          5,
        );
      }
    // The scan is not the dense accuracy eight times: some single head changes the answers.
    expect(scan.accuracy.some((a) => a !== scan.dense)).toBe(true);
    net.dispose();
    const mlp = Network.create(buildSpec('mlp:8', [28, 28, 1], 10), createRng(1));
    expect(await headSensitivity(mlp, split)).toBeNull();
    mlp.dispose();
  });
});
