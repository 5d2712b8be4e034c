import * as tf from '@tensorflow/tfjs';
/**
 * Hinton, Vinyals & Dean 2015 at browser scale (see docs/REFERENCES.md): a big teacher, a
 * hard-label student and a distilled student on MNIST, then the "no 3s" experiment — a student
 * whose transfer set has no 3 at all learns them from the teacher's soft targets alone, and
 * raising its class-3 bias recovers most of them.
 */
import { loadDataset } from '../src/core/data';
import { selectRows } from '../src/core/data/subset';
import type { Dataset, DataSplit } from '../src/core/data/types';
import { TeacherLogitCache } from '../src/core/distill/teacherLogits';
import {
  distilledLoss,
  studentTransferSet,
  trainOneStudent,
} from '../src/core/experiment/trainStudents';
import { trainTeacher } from '../src/core/experiment/trainTeacher';
import type { ExperimentConfig } from '../src/core/config';
import type { Network } from '../src/core/model/network';
import { predictClasses } from '../src/core/train/evaluate';
import type { ReadDataFile } from '../src/core/data/types';
import type { RunHooks } from '../src/core/experiment/trainModel';

/** Rows of a split whose label is not `label`. */
function without(split: DataSplit, label: number): DataSplit {
  const rows: number[] = [];
  for (let i = 0; i < split.n; i++) if (split.y[i] !== label) rows.push(i);
  return selectRows(split, rows);
}

async function errors(
  net: Network,
  data: Dataset,
  label?: number,
): Promise<{ all: number; onLabel: number }> {
  const predicted = await predictClasses(net, data.test, data.featureSize);
  let all = 0;
  let onLabel = 0;
  predicted.forEach((p, i) => {
    if (p !== data.test.y[i]) {
      all++;
      if (data.test.y[i] === label) onLabel++;
    }
  });
  return { all, onLabel };
}

/** Adds `delta` to one class's output bias, in place. */
async function shiftBias(net: Network, label: number, delta: number): Promise<void> {
  const out = net.layers[net.layers.length - 1].bias;
  const values = Float32Array.from(await out.data());
  values[label] += delta;
  tf.tidy(() => out.assign(tf.tensor1d(values)));
}

export interface HintonRows {
  teacher: number;
  scratch: number;
  distilled: number;
  no3: {
    distilled: { all: number; onLabel: number };
    shifted: { delta: number; all: number; onLabel: number }[];
  };
  threes: number;
}

export async function reproduceHinton(
  config: ExperimentConfig,
  readData: ReadDataFile,
  hooks: RunHooks,
): Promise<HintonRows> {
  const data = await loadDataset('mnist', readData, config.seed);
  const { network: teacher } = await trainTeacher(config, data, hooks);
  try {
    const teacherErrors = (await errors(teacher, data)).all;
    const transfer = studentTransferSet(config, data);
    const cache = await TeacherLogitCache.create(teacher, transfer, data.featureSize);
    const loss = distilledLoss(cache, config, data.numClasses);
    const scratch = await trainOneStudent(config, data, transfer, 'scratchStudent', hooks);
    const scratchErrors = (await errors(scratch.network, data)).all;
    scratch.network.dispose();
    const distilled = await trainOneStudent(config, data, transfer, 'student', hooks, { loss });
    const distilledErrors = (await errors(distilled.network, data)).all;
    distilled.network.dispose();
    cache.dispose();

    // No 3s in the transfer set: the soft targets on the other digits still say what a 3 is.
    const no3Data: Dataset = { ...data, train: without(data.train, 3) };
    const no3Transfer = studentTransferSet(config, no3Data);
    const no3Cache = await TeacherLogitCache.create(teacher, no3Transfer, data.featureSize);
    const no3 = await trainOneStudent(config, no3Data, no3Transfer, 'student', hooks, {
      loss: distilledLoss(no3Cache, config, data.numClasses),
    });
    no3Cache.dispose();
    try {
      const base = await errors(no3.network, data, 3);
      const shifted = [];
      let applied = 0;
      for (const delta of [1, 2, 3, 3.5, 4, 5]) {
        await shiftBias(no3.network, 3, delta - applied);
        applied = delta;
        shifted.push({ delta, ...(await errors(no3.network, data, 3)) });
      }
      const threes = data.test.y.filter((y) => y === 3).length;
      return {
        teacher: teacherErrors,
        scratch: scratchErrors,
        distilled: distilledErrors,
        no3: { distilled: base, shifted },
        threes,
      };
    } finally {
      no3.network.dispose();
    }
  } finally {
    teacher.dispose();
  }
}
