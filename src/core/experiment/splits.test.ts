import { describe, expect, it } from 'vitest';
import type { ExperimentConfig, ParamKey } from '../config';
import {
  defaultConfig,
  parseConfigJson,
  parseQuery,
  setParam,
  toQuery,
  validationSize,
} from '../config';
import type { Dataset, DataSplit } from '../data/types';
import {
  previewSplit,
  splitChangedSinceTeacher,
  splitSizes,
  studentTransferRows,
  studentTransferSet,
  teacherTrainRows,
  teacherTrainSplit,
  validationRows,
  validationSplit,
} from './splits';

/** One feature per example holding its row number (test rows negative), so rows can be traced. */
function split(n: number, sign: 1 | -1): DataSplit {
  const x = Float32Array.from({ length: n }, (_, i) => sign * (i + 1));
  return { x, scale: 1, y: Uint8Array.from({ length: n }, (_, i) => i % 10), n };
}

function dataset(nTrain: number, nTest = 10000): Dataset {
  return {
    name: 'mnist',
    featureShape: [1],
    featureSize: 1,
    numClasses: 10,
    classNames: [],
    train: split(nTrain, 1),
    test: split(nTest, -1),
  };
}

const MNIST_LIKE = dataset(60000);

function configWith(values: Partial<Record<ParamKey, unknown>>): ExperimentConfig {
  let c = defaultConfig();
  for (const [k, v] of Object.entries(values)) c = setParam(c, k as ParamKey, v as never);
  return c;
}

/** The training rows a split was copied from (features hold row + 1). */
const rowsOf = (s: DataSplit): number[] => Array.from(s.x, (v) => v - 1);

describe('the validation split', () => {
  it('is 10 % of trainSize by default, at most 5,000, or valSize as written', () => {
    const sizeFor = (values: Partial<Record<ParamKey, unknown>>) =>
      validationRows(configWith(values), MNIST_LIKE).length;
    expect(sizeFor({})).toBe(1000); // trainSize 10,000
    expect(sizeFor({ trainSize: 1234 })).toBe(123);
    expect(sizeFor({ trainSize: 100 })).toBe(10);
    expect(sizeFor({ trainSize: 49000 })).toBe(4900);
    expect(sizeFor({ trainSize: 60000 })).toBe(5000);
    expect(sizeFor({ trainSize: 2000, valSize: 300 })).toBe(300);
    // A split smaller than trainSize: 10 % of what can be drawn (2,000 toy points → 200).
    expect(validationSize(defaultConfig(), 2000)).toBe(200);
    expect(validationRows(defaultConfig(), dataset(2000)).length).toBe(200);
  });

  it('is disjoint from the teacher’s examples and the students’ transfer set, and from test', () => {
    const config = configWith({ trainSize: 20000, 'student.trainSize': 50000 });
    const val = new Set(rowsOf(validationSplit(config, MNIST_LIKE)));
    const teacher = rowsOf(teacherTrainSplit(config, MNIST_LIKE));
    const students = rowsOf(studentTransferSet(config, MNIST_LIKE));
    expect(val.size).toBe(2000);
    expect(teacher).toHaveLength(20000);
    expect(students).toHaveLength(50000);
    expect(teacher.filter((r) => val.has(r))).toEqual([]);
    expect(students.filter((r) => val.has(r))).toEqual([]);
    // Every validation example is a training-split row, never a test row (those are negative).
    expect([...val].every((r) => r >= 0 && r < 60000)).toBe(true);
    // Rows and labels travel together.
    const v = validationSplit(config, MNIST_LIKE);
    expect(Array.from(v.y)).toEqual(rowsOf(v).map((r) => r % 10));
  });

  it('leaves the rest to training when trainSize asks for the whole split', () => {
    const config = configWith({ trainSize: 60000 });
    expect(splitSizes(config, MNIST_LIKE)).toEqual({
      teacherTrain: 55000,
      studentTrain: 55000,
      validation: 5000,
      test: 10000,
    });
    const val = new Set(validationRows(config, MNIST_LIKE));
    const teacher = teacherTrainRows(config, MNIST_LIKE);
    expect(teacher.length + val.size).toBe(60000);
    expect(Array.from(teacher).some((r) => val.has(r))).toBe(false);
  });

  it('is the same for the same seed and another for another seed', () => {
    const config = configWith({ trainSize: 5000 });
    const a = validationRows(config, MNIST_LIKE);
    expect(validationRows(config, MNIST_LIKE)).toEqual(a);
    expect(validationRows(setParam(config, 'seed', 2), MNIST_LIKE)).not.toEqual(a);
    expect(teacherTrainRows(config, MNIST_LIKE)).toEqual(teacherTrainRows(config, MNIST_LIKE));
    expect(studentTransferRows(config, MNIST_LIKE)).toEqual(
      studentTransferRows(config, MNIST_LIKE),
    );
    // Changing what is trained on does not move validation (trainSize stays, valSize fixed).
    const fixed = setParam(config, 'valSize', 500);
    expect(validationRows(setParam(fixed, 'student.trainSize', 300), MNIST_LIKE)).toEqual(
      validationRows(fixed, MNIST_LIKE),
    );
  });

  it('previews on a subset of validation (≤ 1,000 examples), never on test', () => {
    const config = configWith({ trainSize: 30000 }); // validation 3,000
    const val = new Set(validationRows(config, MNIST_LIKE));
    const preview = rowsOf(previewSplit(config, MNIST_LIKE));
    expect(preview).toHaveLength(1000);
    expect(preview.every((r) => val.has(r))).toBe(true);
    // At the default trainSize the preview is the whole validation split.
    expect(rowsOf(previewSplit(defaultConfig(), MNIST_LIKE))).toEqual(
      Array.from(validationRows(defaultConfig(), MNIST_LIKE)),
    );
  });

  it('refuses a valSize that would take more than half of the training split', () => {
    const config = configWith({ valSize: 1500 });
    expect(() => validationRows(config, dataset(2000))).toThrow(
      /valSize=1500 would take more than half of the 2000 training examples; use at most 1000/,
    );
    expect(validationRows(setParam(config, 'valSize', 1000), dataset(2000)).length).toBe(1000);
  });
});

describe('students after the teacher', () => {
  it('are refused when the validation split moved since the teacher was trained', () => {
    const teacher = configWith({ trainSize: 5000 }); // validation 500
    const same = (c: ExperimentConfig) => splitChangedSinceTeacher(teacher, c, 60000);
    expect(same(teacher)).toBeNull();
    // Student settings, or a trainSize with the same validation size, keep the split.
    expect(same(setParam(teacher, 'student.trainSize', 300))).toBeNull();
    expect(same(setParam(teacher, 'trainSize', 5004))).toBeNull();
    expect(same(setParam(teacher, 'seed', 9))).toMatch(/\(seed changed since\)/);
    expect(same(setParam(teacher, 'trainSize', 8000))).toMatch(/\(valSize changed since\)/);
    expect(same(setParam(teacher, 'valSize', 700))).toMatch(/valSize/);
  });

  it('leave an omitted class out of the transfer set, which keeps its size and its validation', () => {
    const data = dataset(20000);
    const config = configWith({ trainSize: 5000, 'student.trainSize': 500 });
    const omitting = setParam(config, 'student.omitClass', 3);
    const rows = studentTransferRows(omitting, data);
    expect(rows).toHaveLength(500);
    expect([...rows].filter((r) => data.train.y[r] === 3)).toEqual([]);
    expect([...studentTransferRows(config, data)].some((r) => data.train.y[r] === 3)).toBe(true);
    // Validation still holds the class: the bias shift is chosen there.
    expect(validationRows(omitting, data)).toEqual(validationRows(config, data));
  });
});

describe('the valSize key', () => {
  it('is empty (automatic) by default and stays out of links; a set value round-trips', () => {
    expect(defaultConfig().valSize).toBeNull();
    expect(toQuery(defaultConfig())).not.toContain('valSize');
    const set = setParam(defaultConfig(), 'valSize', 2500);
    expect(toQuery(set)).toBe('v=1&valSize=2500');
    expect(parseQuery(toQuery(set)).config.valSize).toBe(2500);
    expect(parseQuery('valSize=').config.valSize).toBeNull();
    expect(parseConfigJson({ valSize: 2500 }).config.valSize).toBe(2500);
    expect(parseConfigJson({ valSize: null }).config.valSize).toBeNull();
  });

  it('refuses values outside 10..5000 with a reason', () => {
    const { config, notices } = parseQuery('valSize=6000');
    expect(config.valSize).toBeNull();
    expect(notices).toEqual([
      expect.objectContaining({ key: 'valSize', reason: expect.stringContaining('10..5000') }),
    ]);
    expect(parseQuery('valSize=0').notices).toHaveLength(1);
  });
});
