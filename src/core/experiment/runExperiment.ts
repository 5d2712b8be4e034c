import type { BackendInfo } from '../backend';
import type { LatencyReport } from '../speed/latency';
import { measureLatency } from '../speed/latency';
import { macsOf } from '../speed/macs';
import type { ExperimentConfig } from '../config';
import { defaultConfig, toConfigJson } from '../config';
import { loadDataset } from '../data';
import type { Dataset, ReadDataFile } from '../data/types';
import { asksCompression } from './compress/asks';
import { CompressionSession } from './compress/session';
import type { CompressedPoint } from './compress/types';
import type { ModelSummary } from './events';
import type { RunHooks } from './trainModel';
import { splitSizes, type SplitSizes } from './splits';
import { trainTeacher } from './trainTeacher';
import { trainStudents } from './trainStudents';

/** `accuracy` on the full test set, `valAccuracy` on the validation split. */
type Measured = Omit<ModelSummary, 'trainMs'>;

export type CompressedSummary = Measured & {
  target: string;
  sparsity: number;
  bits: number;
  rank: number;
  ratio: number;
  denseAccuracy: number;
  breakdown: CompressedPoint['breakdown'];
  layers: CompressedPoint['layers'];
  /** What the methods said about this combination (refused ones never get here). */
  notes: string[];
  /** Multiply–accumulates per example of the stored model (speed/macs.ts). */
  macs: number;
  /** With `latency: true`: every way to run the model, timed at batch 1 and 256. */
  latency?: LatencyReport;
};

/** The stable CLI result (docs/CONFIG.md, "The CLI result"). */
export interface ExperimentResult {
  config: object;
  backend: string;
  adapter: string | null;
  /** Examples in each split: what was trained on, chosen on (validation) and reported on (test). */
  splits: SplitSizes;
  teacher: Measured;
  student: Measured | null;
  scratchStudent: Measured | null;
  compressed: CompressedSummary | null;
  timings: {
    totalMs: number;
    dataMs: number;
    teacherMs: number;
    studentMs?: number;
    compressMs?: number;
  };
}

export interface RunOptions {
  /**
   * Also train the distilled student and its scratch control from the teacher (default true,
   * as the CLI wants); false keeps the teacher-only run, with `student: null`.
   */
  students?: boolean;
  /** Also time the compressed model every way it can run (slow: seconds). */
  latency?: boolean;
  /** Reuses trained models across runs that differ only in compression keys (sweeps). */
  cache?: TrainedCache;
}

const measured = ({ accuracy, valAccuracy, params, sizeBytes }: ModelSummary): Measured => ({
  accuracy,
  valAccuracy,
  params,
  sizeBytes,
});

/** Training-relevant part of a config: two configs with the same key train the same models. */
function trainingKey(config: ExperimentConfig, students: boolean): string {
  const d = defaultConfig();
  const { prune, quant, lowrank, size, target } = d;
  return JSON.stringify({ ...config, prune, quant, lowrank, size, target, students });
}

interface Trained {
  key: string;
  data: Dataset;
  dataMs: number;
  teacher: { summary: ModelSummary; session: CompressionSession };
  students: {
    student: Measured;
    scratchStudent: Measured;
    studentMs: number;
    session: CompressionSession;
  } | null;
}

/** The last trained models, as plain arrays (no tensors are held between runs). */
export class TrainedCache {
  last: Trained | null = null;
}

async function train(
  config: ExperimentConfig,
  readData: ReadDataFile,
  hooks: RunHooks,
  withStudents: boolean,
): Promise<Trained> {
  const t0 = performance.now();
  hooks.onEvent?.({ type: 'phase', model: 'teacher', phase: 'loading-data' });
  const data = await loadDataset(config.dataset, readData, config.seed);
  const dataMs = performance.now() - t0;
  const { network, summary } = await trainTeacher(config, data, hooks);
  try {
    const teacherSession = await CompressionSession.create({
      role: 'teacher',
      network,
      trainedWith: config,
      data,
    });
    let students: Trained['students'] = null;
    if (withStudents) {
      const s0 = performance.now();
      const { student, scratch } = await trainStudents(config, data, network, hooks);
      try {
        const session = await CompressionSession.create({
          role: 'student',
          network: student.network,
          trainedWith: config,
          data,
        });
        students = {
          student: measured(student.summary),
          scratchStudent: measured(scratch.summary),
          // Both students plus the one pass that caches the teacher's logits.
          studentMs: performance.now() - s0,
          session,
        };
      } finally {
        student.network.dispose();
        scratch.network.dispose();
      }
    }
    return {
      key: trainingKey(config, withStudents),
      data,
      dataMs,
      teacher: { summary, session: teacherSession },
      students,
    };
  } finally {
    network.dispose();
  }
}

/** Runs a whole experiment with the backend already initialised (the caller chose it). */
export async function runExperiment(
  config: ExperimentConfig,
  backend: BackendInfo,
  readData: ReadDataFile,
  hooks: RunHooks = {},
  options: RunOptions = {},
): Promise<ExperimentResult> {
  const t0 = performance.now();
  const withStudents = options.students ?? true;
  const key = trainingKey(config, withStudents);
  const cached = options.cache?.last?.key === key ? options.cache.last : null;
  const trained = cached ?? (await train(config, readData, hooks, withStudents));
  if (options.cache) options.cache.last = trained;

  let compressed: CompressedSummary | null = null;
  let compressMs: number | undefined;
  if (asksCompression(config)) {
    const session =
      config.target === 'teacher' ? trained.teacher.session : trained.students?.session;
    if (!session) {
      throw new Error('target=student needs the students: run without --teacher-only.');
    }
    const c0 = performance.now();
    const { point, result } = await session.compress(config, 'full', hooks);
    compressMs = performance.now() - c0;
    const latency = options.latency
      ? await measureLatency(result.model, { batches: [1, 256] })
      : undefined;
    compressed = {
      target: point.target,
      accuracy: point.accuracy,
      params: point.params,
      sizeBytes: point.sizeBytes,
      sparsity: point.sparsity,
      bits: point.bits,
      rank: point.rank,
      ratio: point.ratio,
      denseAccuracy: point.denseAccuracy,
      breakdown: point.breakdown,
      layers: point.layers,
      notes: result.notes,
      macs: macsOf(result.model).macs,
      ...(latency ? { latency } : {}),
    };
  }
  const { summary } = trained.teacher;
  const s = trained.students;
  return {
    config: toConfigJson(config),
    backend: backend.name,
    adapter: backend.adapter,
    splits: splitSizes(config, trained.data),
    teacher: measured(summary),
    student: s?.student ?? null,
    scratchStudent: s?.scratchStudent ?? null,
    compressed,
    timings: {
      totalMs: performance.now() - t0,
      dataMs: cached ? 0 : trained.dataMs,
      teacherMs: cached ? 0 : summary.trainMs,
      ...(s && !cached ? { studentMs: s.studentMs } : {}),
      ...(compressMs !== undefined ? { compressMs } : {}),
    },
  };
}
