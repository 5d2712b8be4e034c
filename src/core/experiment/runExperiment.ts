import type { BackendInfo } from '../backend';
import type { ExperimentConfig } from '../config';
import { toConfigJson } from '../config';
import { loadDataset } from '../data';
import type { ReadDataFile } from '../data/types';
import type { ModelSummary } from './events';
import type { RunHooks } from './trainTeacher';
import { trainTeacher } from './trainTeacher';

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
  timings: { totalMs: number; dataMs: number; teacherMs: number };
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
): Promise<ExperimentResult> {
  const t0 = performance.now();
  hooks.onEvent?.({ type: 'phase', model: 'teacher', phase: 'loading-data' });
  const data = await loadDataset(config.dataset, readData, config.seed);
  const dataMs = performance.now() - t0;
  const { network, summary } = await trainTeacher(config, data, hooks);
  network.dispose();
  return {
    config: toConfigJson(config),
    backend: backend.name,
    adapter: backend.adapter,
    teacher: measured(summary),
    student: null,
    scratchStudent: null,
    compressed: null,
    timings: { totalMs: performance.now() - t0, dataMs, teacherMs: summary.trainMs },
  };
}
