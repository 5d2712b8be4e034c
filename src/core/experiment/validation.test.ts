import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendInfo } from '../backend';
import { initBackend } from '../backend';
import type { ExperimentConfig } from '../config';
import { parseQuery, setParam } from '../config';
import { makeSynthetic } from '../data';
import type { Dataset } from '../data/types';
import type { Network } from '../model/network';
import { evaluateAccuracy } from '../train/evaluate';
import { CompressionSession } from './compress/session';
import { sensitivityScan } from './compress/studies';
import type { TrainEvent } from './events';
import { runExperiment } from './runExperiment';
import { previewSplit, validationSplit } from './splits';
import { temperatureSweep } from './temperatureSweep';
import type { TrainedModel } from './trainModel';
import { trainStudents } from './trainStudents';
import { trainTeacher } from './trainTeacher';

// The spiral is hard for a tiny net in a few epochs: accuracies sit well below 100 %, so a
// figure measured on validation and one measured on test differ and the tests can tell them apart.
const { config, notices } = parseQuery(
  'dataset=spiral&trainSize=1000&seed=4&teacher.arch=mlp:16&teacher.epochs=3&train.lr=0.01' +
    '&train.batchSize=32&student.arch=mlp:8&student.epochs=2',
);

let backend: BackendInfo;
let data: Dataset;
let teacher: TrainedModel;
let students: { student: TrainedModel; scratch: TrainedModel };
const epochs: Extract<TrainEvent, { type: 'epoch' }>[] = [];
let baseline: number;

const accuracyOn = (net: Network, split: Dataset['train']) =>
  evaluateAccuracy(net, split, data.featureSize);

beforeAll(async () => {
  expect(notices).toEqual([]);
  backend = await initBackend('wasm');
  data = makeSynthetic('spiral', config.seed);
  baseline = tf.memory().numTensors;
  const onEvent = (e: TrainEvent) => {
    if (e.type === 'epoch') epochs.push(e);
  };
  teacher = await trainTeacher(config, data, { onEvent });
  students = await trainStudents(config, data, teacher.network, { onEvent });
});

afterAll(() => {
  for (const m of [teacher, students.student, students.scratch]) m.network.dispose();
  expect(tf.memory().numTensors).toBe(baseline);
});

const lastEpochOf = (model: TrainEvent['model']) => epochs.filter((e) => e.model === model).at(-1)!;

describe('choices on validation, reports on test', () => {
  it('scores the per-epoch curves and valAccuracy on the validation split, accuracy on test', async () => {
    const validation = validationSplit(config, data);
    expect(validation.n).toBe(100); // 10 % of trainSize
    for (const [role, model] of [
      ['teacher', teacher],
      ['student', students.student],
      ['scratchStudent', students.scratch],
    ] as const) {
      const onValidation = await accuracyOn(model.network, validation);
      const onTest = await accuracyOn(model.network, data.test);
      // Otherwise this test could not tell the two splits apart.
      expect(onValidation, role).not.toBe(onTest);
      expect(lastEpochOf(role).previewAccuracy, role).toBe(onValidation);
      expect(model.summary.valAccuracy, role).toBe(onValidation);
      expect(model.summary.accuracy, role).toBe(onTest);
    }
    expect(epochs.filter((e) => e.model === 'teacher')).toHaveLength(3);
  });

  it('sweeps the temperature on validation: each point is its student’s valAccuracy', async () => {
    const sweep = await temperatureSweep(config, data, teacher.network, [
      config.distill.temperature,
    ]);
    // Same init, batches and T as the distilled student above: the same model.
    expect(sweep.points[0].accuracy).toBe(students.student.summary.valAccuracy);
    expect(sweep.scratchAccuracy).toBe(students.scratch.summary.valAccuracy);
    expect(sweep.scratchAccuracy).not.toBe(students.scratch.summary.accuracy);
  });

  it('scans sensitivity and previews sliders on validation; commits on test', async () => {
    const session = await CompressionSession.create({
      role: 'teacher',
      network: teacher.network,
      trainedWith: config,
      data,
    });
    const [first] = await sensitivityScan(session, config, [0]);
    const preview = previewSplit(config, data);
    expect(first.points[0].accuracy).toBe(await accuracyOn(teacher.network, preview));
    expect(first.points[0].accuracy).not.toBe(teacher.summary.accuracy);

    const pruned = setParam(config, 'prune.sparsity', 0.5);
    const drag = (await session.compress(pruned, 'preview')).point;
    expect(drag).toMatchObject({ evaluatedOn: 'preview', examples: preview.n });
    expect(drag.denseAccuracy).toBe(teacher.summary.valAccuracy);
    const release = (await session.compress(pruned, 'commit')).point;
    expect(release).toMatchObject({ evaluatedOn: 'test', examples: data.test.n });
    expect(release.denseAccuracy).toBe(teacher.summary.accuracy);
  });

  it('reports valAccuracy and the split sizes in the CLI result', async () => {
    const readNothing = () => Promise.reject(new Error('synthetic data reads no files'));
    const teacherOnly: ExperimentConfig = config;
    const result = await runExperiment(teacherOnly, backend, readNothing, {}, { students: false });
    expect(result.teacher.accuracy).toBe(teacher.summary.accuracy);
    expect(result.teacher.valAccuracy).toBe(teacher.summary.valAccuracy);
    expect(result.splits).toEqual({
      teacherTrain: 1000,
      studentTrain: 1000,
      validation: 100,
      test: data.test.n,
    });
    // The JSON the CLI prints carries it.
    expect(JSON.parse(JSON.stringify(result)).teacher.valAccuracy).toBe(
      teacher.summary.valAccuracy,
    );
  });
});
