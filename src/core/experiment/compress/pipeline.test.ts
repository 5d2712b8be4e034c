import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import type { ExperimentConfig } from '../../config';
import { parseQuery } from '../../config';
import { decodeModel } from '../../compress/size/decode';
import { layerWeights } from '../../compress/size/model';
import { loadDataset, takeSubset } from '../../data';
import { createRng } from '../../random';
import type { Dataset } from '../../data/types';
import { readDataFromDisk } from '../../testing/diskData';
import { firstDifference, maskedNonZero } from '../../testing/weights';
import { trainTeacher } from '../trainTeacher';
import { CompressionSession } from './session';
import { SharedWeights } from './sharedWeights';
import { trainCompressed } from './compressTraining';

const TEACHER = 'dataset=mnist&trainSize=2000&teacher.arch=mlp:100&teacher.epochs=4&seed=3';
const config = (extra: string): ExperimentConfig => {
  const { config, notices } = parseQuery(`${TEACHER}&${extra}`);
  expect(notices).toEqual([]);
  return config;
};

let data: Dataset;
let session: CompressionSession;
let baseline: number;

beforeAll(async () => {
  await initBackend('wasm');
  const full = await loadDataset('mnist', await readDataFromDisk(), 3);
  // A seeded subset of 2,000 test images makes every evaluation 5× cheaper; each margin asserted
  // below is ≥ 1 pp (≥ 20 images).
  data = { ...full, test: takeSubset(full.test, 2000, createRng(3)) };
  const trainedWith = config('v=1');
  const { network } = await trainTeacher(trainedWith, data);
  session = await CompressionSession.create({ role: 'teacher', network, trainedWith, data });
  network.dispose();
  baseline = tf.memory().numTensors;
});

const accuracyOf = async (extra: string, form: 'commit' | 'full' = 'commit') =>
  (await session.compress(config(extra), form)).point;

describe('compression behaviour on a trained MNIST MLP (fixed seed)', () => {
  it('magnitude pruning beats random pruning at 80 % sparsity', async () => {
    const magnitude = await accuracyOf('prune.sparsity=0.8');
    const random = await accuracyOf('prune.sparsity=0.8&prune.method=random');
    expect(magnitude.sparsity).toBeCloseTo(random.sparsity, 6);
    expect(magnitude.accuracy - random.accuracy).toBeGreaterThan(0.1);
  });

  it('8-bit PTQ stays within 0.5 pp of float; 2-bit PTQ falls', async () => {
    const eight = await accuracyOf('quant.bits=8');
    expect(Math.abs(eight.accuracy - eight.denseAccuracy)).toBeLessThan(0.005);
    expect(eight.sizeBytes).toBeLessThan(eight.denseBytes / 3.5);
    const two = await accuracyOf('quant.bits=2');
    expect(two.accuracy).toBeLessThan(eight.accuracy - 0.01);
  });

  it('2-bit QAT beats 2-bit PTQ at the same size', async () => {
    const ptq = await accuracyOf('quant.bits=2&quant.granularity=tensor');
    const qat = await accuracyOf(
      'quant.bits=2&quant.granularity=tensor&quant.mode=qat&quant.epochs=2',
      'full',
    );
    expect(qat.sizeBytes).toBe(ptq.sizeBytes);
    expect(qat.accuracy).toBeGreaterThan(ptq.accuracy + 0.01);
  });

  it('fine-tuning recovers accuracy a one-shot cut lost, and pruned weights stay exactly zero', async () => {
    const cut = await accuracyOf('prune.sparsity=0.95');
    const tuned = await session.compress(
      config('prune.sparsity=0.95&prune.finetuneEpochs=2'),
      'full',
    );
    expect(tuned.point.accuracy).toBeGreaterThan(cut.accuracy + 0.02);
    // The weights the model computes with are those of the file, and masked entries are 0.
    const decoded = decodeModel(tuned.result.bytes!);
    decoded.forEach((layer, l) => {
      const w = layerWeights(layer);
      expect(firstDifference(w, tuned.result.model.layers[l].weights)).toBe(-1);
      if (layer.mask) expect(maskedNonZero(w, layer.mask)).toEqual([]);
    });
    expect(tuned.point.sparsity).toBeCloseTo(cut.sparsity, 6);
  });

  it('1 bit and 99 % sparsity still give defined numbers', async () => {
    for (const extra of [
      'quant.bits=1',
      'prune.sparsity=0.99',
      'prune.sparsity=0.99&quant.bits=1',
    ]) {
      const p = await accuracyOf(extra);
      expect(Number.isFinite(p.accuracy)).toBe(true);
      expect(p.sizeBytes).toBeGreaterThan(0);
      expect(p.ratio).toBeGreaterThan(1);
    }
  });

  it('neuron pruning really shrinks the layers; 2:4 keeps half of each group', async () => {
    const neuron = await accuracyOf('prune.sparsity=0.5&prune.granularity=neuron');
    expect(neuron.params).toBeLessThan(0.55 * (neuron.denseBytes / 4));
    expect(neuron.breakdown.positions).toBe(0);
    const nm = await accuracyOf('prune.granularity=2:4&prune.exclude=none');
    expect(nm.sparsity).toBeCloseTo(0.5, 2);
  });

  it('low rank, k-means and Huffman give smaller honest bytes', async () => {
    const rank = await accuracyOf('lowrank.rank=0.1');
    expect(rank.sizeBytes).toBeLessThan(rank.denseBytes / 3);
    expect(rank.accuracy).toBeGreaterThan(0.5);
    const km = await accuracyOf('prune.sparsity=0.9&quant.bits=5&quant.mode=kmeans');
    const huff = await accuracyOf(
      'prune.sparsity=0.9&quant.bits=5&quant.mode=kmeans&size.coding=huffman',
    );
    expect(huff.accuracy).toBe(km.accuracy);
    expect(huff.sizeBytes).toBeLessThan(km.sizeBytes);
    expect(huff.breakdown.huffmanSaving).toBeGreaterThan(0);
  });

  it('90 % pruning then 1 bit stays far above chance (scales over kept weights only)', async () => {
    const both = await accuracyOf('prune.sparsity=0.9&prune.scope=global&quant.bits=1');
    const pruned = await accuracyOf('prune.sparsity=0.9&prune.scope=global');
    expect(both.accuracy).toBeGreaterThan(0.6);
    expect(both.accuracy).toBeGreaterThan(pruned.accuracy - 0.25);
  });

  it('Wanda beats random at 80 % without retraining', async () => {
    const wanda = await accuracyOf('prune.sparsity=0.8&prune.method=wanda');
    const random = await accuracyOf('prune.sparsity=0.8&prune.method=random');
    expect(wanda.accuracy - random.accuracy).toBeGreaterThan(0.1);
  });

  it('at initialisation, SynFlow beats magnitude at 0.3 % density (magnitude empties layer 1)', async () => {
    const at = 'prune.at=init&prune.sparsity=0.997&prune.scope=global&prune.exclude=none';
    const synflow = await accuracyOf(`${at}&prune.method=synflow`, 'full');
    const magnitude = await accuracyOf(`${at}&prune.method=magnitude`, 'full');
    expect(magnitude.layers[0].kept).toBeLessThan(20);
    expect(synflow.accuracy - magnitude.accuracy).toBeGreaterThan(0.1);
  });

  it('lottery tickets at the dense budget per round match the dense net and beat re-init', async () => {
    const ticket = 'prune.sparsity=0.8&prune.scope=global&prune.schedule=iterative&prune.rounds=2';
    const rewind = await accuracyOf(`${ticket}&prune.init=rewind`, 'full');
    const reinit = await accuracyOf(`${ticket}&prune.init=reinit`, 'full');
    expect(rewind.sparsity).toBeCloseTo(reinit.sparsity, 6);
    expect(rewind.accuracy).toBeGreaterThan(rewind.denseAccuracy - 0.01);
    expect(rewind.accuracy).toBeGreaterThan(reinit.accuracy);
  });

  it('low-rank fine-tuning: the file holds the trained first-factor bias (folded into Q)', async () => {
    const { point, result } = await session.compress(
      config('lowrank.rank=0.1&prune.sparsity=0.3&prune.finetuneEpochs=1'),
      'full',
    );
    const decoded = decodeModel(result.bytes!);
    expect(decoded[0].name).toBe('fc1.p');
    expect(decoded[0].bias.length).toBe(0);
    expect(point.accuracy).toBeGreaterThan(0.7);
  });

  it('a preview counts the bytes a commit writes: same size and breakdown, no file', async () => {
    for (const extra of [
      'prune.sparsity=0.9&quant.bits=4',
      'prune.sparsity=0.97&quant.bits=5&quant.mode=kmeans&size.coding=huffman',
      'lowrank.rank=0.25&prune.sparsity=0.5&quant.bits=3&quant.mode=pq&quant.pqBlock=4',
    ]) {
      const preview = await session.compress(config(extra), 'preview');
      const commit = await session.compress(config(extra), 'commit');
      expect(preview.result.bytes, extra).toBeNull();
      expect(preview.point.sizeBytes, extra).toBe(commit.result.bytes!.length);
      expect(preview.point.breakdown, extra).toEqual(commit.point.breakdown);
      expect(preview.point.layers, extra).toEqual(commit.point.layers);
      expect(Object.keys(preview.point.stageMs!)).toContain('count');
      expect(Object.keys(commit.point.stageMs!)).toContain('encode');
    }
  });

  it('leaves no tensors behind', () => {
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

describe('trainCompressed', () => {
  it('holds masked weights at exactly zero through every optimizer step', async () => {
    const before = tf.memory().numTensors;
    const dense = session.dense;
    const masks = dense.layers.map((l) =>
      Uint8Array.from(l.weights, (_, e) => (e % 3 === 0 ? 0 : 1)),
    );
    const seen: number[] = [];
    const trained = await trainCompressed(
      dense,
      { epochs: 1, masks },
      { config: session.trainedWith, data, train: session.train, hooks: {}, purpose: 't' },
    );
    trained.layers.forEach((l, i) =>
      l.weights.forEach((w, e) => {
        if (!masks[i][e]) seen.push(w);
      }),
    );
    expect(seen.length).toBeGreaterThan(1000);
    expect(seen.every((w) => Object.is(w, 0) || Object.is(w, -0))).toBe(true);
    // And the surviving weights did train.
    const moved = trained.layers[1].weights.filter(
      (w, e) => masks[1][e] && w !== dense.layers[1].weights[e],
    );
    expect(moved.length).toBeGreaterThan(100);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('SharedWeights', () => {
  it('gives each centroid the sum of its weights’ gradients', async () => {
    const codes = Uint8Array.from([2, 0, 2, 1, 0, 2]);
    const shared = new SharedWeights(codes, 4);
    const codebook = tf.tensor1d([0.5, -1, 2, 7]);
    const upstream = tf.tensor1d([1, 2, 3, 4, 5, 6]);
    const grad = tf.grad((c: tf.Tensor) =>
      tf.sum(tf.mul(shared.weights(c as tf.Tensor1D), upstream)),
    )(codebook);
    expect([...(await grad.data())]).toEqual([2 + 5, 4, 1 + 3 + 6, 0]);
    const values = shared.weights(codebook);
    expect([...(await values.data())]).toEqual([2, 0.5, 2, -1, 0.5, 2]);
    tf.dispose([codebook, upstream, grad, values]);
    shared.dispose();
  });
});
