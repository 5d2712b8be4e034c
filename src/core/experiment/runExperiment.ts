import type { BackendInfo } from '../backend';
import type { ExperimentConfig } from '../config';
import { toConfigJson } from '../config';
import { loadDataset } from '../data';
import type { ReadDataFile } from '../data/types';
import type { ModelSummary } from './events';
import type { RunHooks } from './trainModel';
import { trainTeacher } from './trainTeacher';
import { trainStudents } from './trainStudents';

type Measured = Omit<ModelSummary, 'trainMs'>;

/** The stable result of DESIGN.md §5; later stages fill `student`, `scratchStudent`, `compressed`. */
export interface ExperimentResult {
  config: object;
  backend: string;
  adapter: string | null;
  teacher: Measured;
  student: Measured | null;
  scratchStudent: Measured | null;
  compressed: (Measured & { target: string; sparsity: number; bits: number }) | null;
  timings: { totalMs: number; dataMs: number; teacherMs: number; studentMs?: number };
}

export interface RunOptions {
  /**
   * Also train the distilled student and its scratch control from the teacher (default true,
   * as the CLI wants); false keeps the teacher-only run, with `student: null`.
   */
  students?: boolean;
}

const measured = ({ accuracy, params, sizeBytes }: ModelSummary): Measured => ({
  accuracy,
  params,
  sizeBytes,
});

/** Runs a whole experiment with the backend already initialised (the caller chose it). */
export async function runExperiment(
  config: ExperimentConfig,
  backend: BackendInfo,
  readData: ReadDataFile,
  hooks: RunHooks = {},
  options: RunOptions = {},
): Promise<ExperimentResult> {
  const t0 = performance.now();
  hooks.onEvent?.({ type: 'phase', model: 'teacher', phase: 'loading-data' });
  const data = await loadDataset(config.dataset, readData, config.seed);
  const dataMs = performance.now() - t0;
  const { network, summary } = await trainTeacher(config, data, hooks);
  let students: { student: Measured; scratchStudent: Measured; studentMs: number } | null = null;
  try {
    if (options.students ?? true) {
      const s0 = performance.now();
      const { student, scratch } = await trainStudents(config, data, network, hooks);
      student.network.dispose();
      scratch.network.dispose();
      students = {
        student: measured(student.summary),
        scratchStudent: measured(scratch.summary),
        // Both students plus the one pass that caches the teacher's logits.
        studentMs: performance.now() - s0,
      };
    }
  } finally {
    network.dispose();
  }
  return {
    config: toConfigJson(config),
    backend: backend.name,
    adapter: backend.adapter,
    teacher: measured(summary),
    student: students?.student ?? null,
    scratchStudent: students?.scratchStudent ?? null,
    compressed: null,
    timings: {
      totalMs: performance.now() - t0,
      dataMs,
      teacherMs: summary.trainMs,
      ...(students ? { studentMs: students.studentMs } : {}),
    },
  };
}
