// The combination matrix: every method of the registry, combined across scores, granularities,
// scopes, schedules, starting points and quantizers, on a tiny MNIST MLP. Each combination either
// runs and keeps the invariants below, or is refused with a reason, before any work is done.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import {
  checkCompression,
  COMPRESSION_METHODS,
  QUANT_MODE_NAMES,
  RefusedError,
  SCHEDULE_NAMES,
  SCORE_NAMES,
} from '../../compress/registry';
import { REASONS_EN } from '../../compress/reasons';
import { decodeModel } from '../../compress/size/decode';
import { layerWeights } from '../../compress/size/model';
import type { ExperimentConfig } from '../../config';
import { parseQuery } from '../../config';
import { loadDataset, takeSubset } from '../../data';
import { createRng } from '../../random';
import { readDataFromDisk } from '../../testing/diskData';
import { firstDifference, maskedNonZero } from '../../testing/weights';
import { trainTeacher } from '../trainTeacher';
import { modelFromFile } from './modelFile';
import { CompressionSession } from './session';

const TEACHER =
  'dataset=mnist&trainSize=300&teacher.arch=mlp:24&teacher.epochs=1&seed=3&train.batchSize=128';
const config = (extra: string): ExperimentConfig => {
  const { config, notices } = parseQuery(`${TEACHER}&${extra}`);
  expect(notices).toEqual([]);
  return config;
};

const GRANULARITIES = ['weight', '2:4', 'neuron'] as const;
const SCOPES = ['layer', 'global'] as const;
const INITS = ['keep', 'rewind', 'reinit'] as const;
const ATS = ['trained', 'init'] as const;
/** Quantizer settings, every quantizer at least once. */
const QUANTS = [
  'quant.bits=32',
  'quant.bits=1&quant.mode=ptq',
  'quant.bits=4&quant.mode=ptq&quant.scheme=asymmetric&quant.granularity=tensor',
  'quant.bits=2&quant.mode=qat&quant.epochs=1',
  'quant.bits=2&quant.mode=qat&quant.epochs=1&quant.noise=0.5',
  'quant.bits=3&quant.mode=kmeans&quant.epochs=1',
  'quant.bits=4&quant.mode=pq&quant.pqBlock=4',
  'quant.bits=6&quant.mode=pq&quant.pqBlock=8&quant.epochs=1&quant.noise=0.5',
];

/** Every score × granularity × scope × schedule × init × at × quantizer, as queries. */
function fullMatrix(): string[] {
  const out: string[] = [];
  let q = 0;
  for (const method of SCORE_NAMES)
    for (const granularity of GRANULARITIES)
      for (const scope of SCOPES)
        for (const schedule of SCHEDULE_NAMES)
          for (const init of INITS)
            for (const at of ATS)
              out.push(
                `prune.sparsity=0.6&prune.method=${method}&prune.granularity=${granularity}&prune.scope=${scope}&prune.schedule=${schedule}&prune.init=${init}&prune.at=${at}&prune.finetuneEpochs=1&prune.retrainEpochs=1&prune.rounds=2&${QUANTS[q++ % QUANTS.length]}`,
              );
  return out;
}

let session: CompressionSession;
let baseline: number;

beforeAll(async () => {
  await initBackend('wasm');
  const full = await loadDataset('mnist', await readDataFromDisk(), 3);
  // 1,000 test images keep each combination's two evaluations cheap; the invariants hold on any.
  const data = { ...full, test: takeSubset(full.test, 1000, createRng(3)) };
  const trainedWith = config('v=1');
  const { network } = await trainTeacher(trainedWith, data);
  session = await CompressionSession.create({ role: 'teacher', network, trainedWith, data });
  network.dispose();
  baseline = tf.memory().numTensors;
});

describe('the combination matrix', () => {
  const all = fullMatrix();

  it('every refused combination names its reason; every method runs in some combination', () => {
    const used = new Set<string>();
    let refused = 0;
    for (const q of all) {
      const c = config(q);
      const { refusals } = checkCompression(c);
      for (const r of refusals) {
        expect(REASONS_EN[r.reason.code], q).toBeDefined();
        expect(r.text, q).not.toMatch(/\{\{/);
        expect(r.text.length, q).toBeGreaterThan(15);
      }
      if (refusals.length > 0) refused++;
      else {
        used.add(c.prune.method).add(c.prune.schedule);
        if (c.quant.bits < 32) used.add(c.quant.mode);
        if (c.quant.noise < 1) used.add('quant-noise');
      }
    }
    used.add('svd'); // exercised below
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(all.length);
    expect([...used].sort()).toEqual(COMPRESSION_METHODS.map((m) => m.name).sort());
    expect(QUANT_MODE_NAMES.every((m) => used.has(m))).toBe(true);
  });

  it('a refused combination throws before any work, with the same reasons', async () => {
    const q = all.find((x) => checkCompression(config(x)).refusals.length > 0)!;
    await expect(session.compress(config(q), 'full')).rejects.toBeInstanceOf(RefusedError);
  });

  // A sample that runs in seconds: for each score and schedule, one supported combination,
  // picked at a different offset each time so granularities, scopes, starting points, prune.at
  // and quantizers all take turns. SynFlow re-scores with 100 rounds at every iterative round or
  // gradual event, so it runs one-shot here (its other schedules share the code path above).
  const sample: string[] = [];
  let turn = 0;
  // Parsed and checked once: the loop below would otherwise parse the matrix 21 times over.
  const supported = all.filter((x) => checkCompression(config(x)).refusals.length === 0);
  for (const method of SCORE_NAMES)
    for (const schedule of SCHEDULE_NAMES) {
      if (method === 'synflow' && schedule !== 'oneshot') continue;
      const ok = supported.filter(
        (x) => x.includes(`prune.method=${method}&`) && x.includes(`prune.schedule=${schedule}&`),
      );
      if (ok.length > 0) sample.push(ok[(turn++ * 7) % ok.length]);
    }
  sample.push('lowrank.rank=0.3&prune.sparsity=0.5&prune.finetuneEpochs=1&quant.bits=4');
  sample.push(
    'prune.sparsity=0.8&prune.method=magnitude&prune.at=init&prune.retrainEpochs=1&quant.bits=3&quant.mode=kmeans',
  );
  sample.push('prune.sparsity=0.5&prune.method=wanda&prune.finetuneEpochs=1&quant.bits=8');
  sample.push(
    'prune.sparsity=0.5&quant.bits=6&quant.mode=pq&quant.pqBlock=8&quant.epochs=1&quant.noise=0.5',
  );

  it.each(sample)('runs as asked: %s', async (q) => {
    const c = config(q);
    const { point, result } = await session.compress(c, 'full');
    const p = c.prune;
    const decoded = decodeModel(result.bytes!);
    // Bits honoured: every stored layer carries the asked width (or float at 32).
    for (const l of decoded) {
      if (c.quant.bits === 32) expect(l.values.kind).toBe('float');
      else {
        expect(l.values.kind === 'float' ? 32 : l.values.bits).toBe(c.quant.bits);
        expect(l.values.kind).toBe(
          c.quant.mode === 'qat' || c.quant.mode === 'ptq' ? 'uniform' : c.quant.mode,
        );
      }
    }
    // Masked weights are exactly zero in the decoded file and in the model that was evaluated.
    decoded.forEach((l, i) => {
      const w = layerWeights(l);
      expect(firstDifference(w, result.model.layers[i].weights), q).toBe(-1);
      if (l.mask) expect(maskedNonZero(w, l.mask), q).toEqual([]);
    });
    // Sparsity within 1 % of the ask over the pruned layers (weight granularity), 50 % for 2:4.
    if (c.lowrank.rank === 1 && p.granularity !== 'neuron') {
      const pruned = point.layers.slice(0, -1);
      const kept = pruned.reduce((s, l) => s + l.kept, 0);
      const total = pruned.reduce((s, l) => s + l.weights, 0);
      const asked = p.granularity === '2:4' ? 0.5 : p.sparsity;
      expect(Math.abs(1 - kept / total - asked), q).toBeLessThan(0.01);
    }
    if (p.granularity === 'neuron') expect(point.params).toBeLessThan(point.denseBytes / 4);
    // The accuracy reported is the accuracy of the bytes, rebuilt independently from the file.
    const { model } = modelFromFile(result.bytes!, [28, 28, 1], 10);
    expect(await session.accuracy(model, 'test')).toBe(point.accuracy);
  });

  it('size falls as sparsity rises and as bits fall', async () => {
    const size = async (q: string) => (await session.compress(config(q), 'commit')).point.sizeBytes;
    expect(await size('prune.sparsity=0.8&quant.bits=4')).toBeLessThan(
      await size('prune.sparsity=0.5&quant.bits=4'),
    );
    expect(await size('prune.sparsity=0.5&quant.bits=2')).toBeLessThan(
      await size('prune.sparsity=0.5&quant.bits=4'),
    );
    expect(await size('quant.bits=4&quant.mode=pq&quant.pqBlock=16')).toBeLessThan(
      await size('quant.bits=4&quant.mode=pq&quant.pqBlock=4'),
    );
  });

  it('leaves no tensors behind', () => {
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
