/**
 * Runs a lesson step through the core — the same trainTeacher / trainStudents /
 * CompressionSession.compress the worker runs — and returns what its claim reads. Used by the
 * lessons suite (Node) and by `npm run lessons:full`. Models are reused across the steps of a
 * lesson exactly as in the app: the teacher is retrained only when a teacher setting changes,
 * the students only when a student or distillation setting changes.
 */
import { parseQuery, type ExperimentConfig } from '../core/config';
import { loadDataset } from '../core/data';
import type { Dataset, ReadDataFile } from '../core/data/types';
import { CompressionSession } from '../core/experiment/compress/session';
import { trainStudents } from '../core/experiment/trainStudents';
import { trainTeacher } from '../core/experiment/trainTeacher';
import type { ModelWeights } from '../core/experiment/compress/modelWeights';
import type { Network } from '../core/model/network';
import { compareLatency } from '../core/speed/compareLatency';
import {
  latencySides,
  studentsMeasured,
  withLatency,
  type Claim,
  type Measure,
  type Measured,
} from './claims';
import { stepQuery, type Lesson } from './lessons';
import { studentsKey, teacherKey } from './modelKeys';

/** The config of a step with a seed, as the app builds it from the step's link. */
export function stepConfig(
  lesson: Lesson,
  step: number,
  seed: number,
  extra = '',
): ExperimentConfig {
  const { config, notices } = parseQuery(
    `${stepQuery(lesson, step)}&seed=${seed}${extra ? `&${extra}` : ''}`,
  );
  if (notices.length > 0) throw new Error(`lesson ${lesson.id} step ${step}: ${notices[0].reason}`);
  return config;
}

export class StepMeasurer {
  private data: { key: string; data: Dataset } | null = null;
  private teacher: {
    key: string;
    network: Network;
    session: CompressionSession;
    dense: Measure;
  } | null = null;
  private students: { key: string; measured: Measured } | null = null;
  private compressed = new Map<
    string,
    { compressed: Measure; dense: Measure; model: ModelWeights }
  >();

  /** `extra`: settings on top of every step's (trying a preset before changing a lesson). */
  constructor(
    private readonly readData: ReadDataFile,
    private readonly extra = '',
  ) {}

  /** Measures one step on one seed: every quantity its claim reads. */
  async measure(lesson: Lesson, step: number, seed: number): Promise<Measured> {
    const own = lesson.steps[step - 1];
    const config = stepConfig(lesson, step, seed, this.extra);
    const teacher = await this.trainedTeacher(config);
    const measured: Measured = { dense: teacher.dense };
    if (own.run === 'students' || own.run === 'studentsCompress') {
      const s = await this.trainedStudents(config, teacher.network);
      Object.assign(measured, s.measured);
    }
    if (own.run === 'compress' || own.run === 'studentsCompress' || own.run === 'latency') {
      const c = await this.compress(config, teacher.session);
      measured.compressed = c.compressed;
      measured.dense = c.dense;
      let reference: ModelWeights | null = null;
      if (own.expect.reference) {
        const ref = stepConfig(
          lesson,
          step,
          seed,
          [this.extra, own.expect.reference].filter((s) => s).join('&'),
        );
        const r = await this.compress(ref, teacher.session);
        measured.reference = r.compressed;
        reference = r.model;
      }
      if (own.run === 'latency') {
        const { a, b, variants, batch } = latencySides(own.expect);
        const modelOf = (q: 'compressed' | 'reference') =>
          q === 'compressed' ? c.model : reference;
        const [ma, mb] = [modelOf(a), modelOf(b)];
        if (!ma || !mb) throw new Error(`lesson ${lesson.id} step ${step}: no model to time`);
        const { timings } = await compareLatency(
          { a: { model: ma, variant: variants[0] }, b: { model: mb, variant: variants[1] } },
          batch,
        );
        Object.assign(
          measured,
          withLatency(measured, own.expect, timings.a.p50Ms, timings.b.p50Ms),
        );
      }
    }
    return measured;
  }

  /** Frees the held teacher network (the sessions hold plain arrays only). */
  dispose(): void {
    this.teacher?.network.dispose();
    this.teacher = null;
  }

  private async dataset(config: ExperimentConfig): Promise<Dataset> {
    const key = `${config.dataset}:${config.seed}`;
    if (this.data?.key !== key) {
      this.data = { key, data: await loadDataset(config.dataset, this.readData, config.seed) };
    }
    return this.data.data;
  }

  private async trainedTeacher(config: ExperimentConfig) {
    const key = teacherKey(config);
    if (this.teacher?.key === key) return this.teacher;
    this.dispose();
    this.students = null;
    this.compressed.clear();
    const data = await this.dataset(config);
    const { network, summary } = await trainTeacher(config, data);
    const session = await CompressionSession.create({
      role: 'teacher',
      network,
      trainedWith: config,
      data,
    });
    this.teacher = {
      key,
      network,
      session,
      dense: { accuracy: summary.accuracy, sizeBytes: summary.sizeBytes },
    };
    return this.teacher;
  }

  private async trainedStudents(config: ExperimentConfig, teacher: Network) {
    const key = studentsKey(config);
    if (this.students?.key === key) return this.students;
    const { student, scratch } = await trainStudents(config, await this.dataset(config), teacher);
    student.network.dispose();
    scratch.network.dispose();
    this.students = { key, measured: studentsMeasured(student.summary, scratch.summary) };
    return this.students;
  }

  private async compress(config: ExperimentConfig, session: CompressionSession) {
    // Without quantization, its mode and epochs change nothing: one measurement serves both.
    const quant = config.quant.bits === 32 ? { bits: 32 } : config.quant;
    const key = JSON.stringify([config.prune, quant, config.lowrank, config.size]);
    const known = this.compressed.get(key);
    if (known) return known;
    const { point, result: pipeline } = await session.compress(config, 'full');
    const result = {
      compressed: { accuracy: point.accuracy, sizeBytes: point.sizeBytes },
      dense: { accuracy: point.denseAccuracy, sizeBytes: point.denseBytes },
      model: pipeline.model,
    };
    this.compressed.set(key, result);
    return result;
  }
}

/** A claim as one line of text, for tables and test names: "compressed − dense ≥ -10 pp". */
export function describeClaim(claim: Claim): string {
  const op = claim.op === '>=' ? '≥' : '≤';
  const ref = claim.reference ? ` (reference: ${claim.reference})` : '';
  if (claim.figure === 'sizeRatio')
    return `size ${claim.b} ÷ size ${claim.a} ${op} ${claim.value}×${ref}`;
  if (claim.figure === 'speedup') {
    const [va, vb] = claim.variants ?? [];
    return `latency ${claim.b} as ${vb} ÷ ${claim.a} as ${va} at batch ${claim.batch} ${op} ${claim.value}×${ref}`;
  }
  if (!claim.b) return `${claim.a} ${op} ${claim.value} %`;
  return `${claim.a} − ${claim.b} ${op} ${claim.value} pp${ref}`;
}
