import * as tf from '@tensorflow/tfjs';
import { buildSpec } from './model/spec';
import { Network } from './model/network';
import { crossEntropy } from './train/losses';
import { createRng } from './random';
import type { BackendName } from './backend';

/** The model a race trains: the teacher the learner is about to train, at its batch size. */
export interface RaceModel {
  arch: string;
  inputShape: number[];
  numClasses: number;
  batchSize: number;
}

/** One contender's result. */
export interface RaceEntry {
  backend: BackendName;
  /** Median milliseconds per training step after a warm-up step; null when it has no time. */
  msPerStep: number | null;
  /** Timed steps (the warm-up step, which compiles kernels, is not counted). */
  steps: number;
  /** `over-budget`: not even one timed step inside its share of the budget (a software GPU);
   * `failed`: it could not start or could not train this model (reason says why). */
  outcome: 'timed' | 'over-budget' | 'failed';
  reason?: string;
  /** Its share of the race's budget (ms). */
  shareMs?: number;
  /** The software adapter (SwiftShader) this GPU backend runs on, when it is one. */
  softwareAdapter?: string;
}

export interface BackendRace {
  entries: RaceEntry[];
  winner: BackendName;
  /** "mlp:300-100 · batch 128": what was raced. */
  model: string;
  budgetMs: number;
  /** Wall time of the race, backend start-ups included. */
  elapsedMs: number;
  /** Browser and GPU adapter the result belongs to; a remembered race is reused only here. */
  deviceKey: string;
  /** Reused from an earlier race on this device instead of run now. */
  remembered: boolean;
}

/** The whole race; each contender gets an equal share of what is left when its turn comes. */
export const RACE_BUDGET_MS = 1000;
/** Timed steps per contender at most: enough for a median, few enough to stay short. */
const MAX_TIMED_STEPS = 5;

export const raceModelLabel = (m: RaceModel): string => `${m.arch} · batch ${m.batchSize}`;

/** The winner: the fastest timed contender. Names never win: when nothing could be timed, the
 * first contender that is not a software GPU and did not fail, else the first that started. */
export function pickWinner(entries: readonly RaceEntry[]): BackendName | null {
  const timed = entries.filter((e) => e.msPerStep !== null);
  if (timed.length > 0)
    return timed.reduce((best, e) => (e.msPerStep! < best.msPerStep! ? e : best)).backend;
  const started = entries.filter((e) => e.outcome !== 'failed');
  return (started.find((e) => e.softwareAdapter === undefined) ?? started[0])?.backend ?? null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Resolves true when `work` settles first, false at `ms`; the timer never outlives the race. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Times training steps of `model` on the backend in use: one warm-up step (it compiles the
 * kernels), given at most `shareMs`, then up to MAX_TIMED_STEPS timed steps within another
 * `shareMs`. A step whose readback has not arrived in time is abandoned (a software GPU can
 * take seconds per step) and its tensors are freed once it settles, so the race never waits
 * for it. Work that blocks the thread (wasm, WebGL compiling shaders) cannot be cut mid-step.
 */
export async function timeTrainingSteps(
  model: RaceModel,
  shareMs: number,
): Promise<Pick<RaceEntry, 'msPerStep' | 'steps' | 'outcome'>> {
  const spec = buildSpec(model.arch, model.inputShape, model.numClasses);
  const features = model.inputShape.reduce((a, b) => a * b, 1);
  const rng = createRng(1);
  const x = new Float32Array(model.batchSize * features);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const y = new Int32Array(model.batchSize);
  for (let i = 0; i < y.length; i++) y[i] = Math.floor(rng.next() * model.numClasses);

  const net = Network.create(spec, rng);
  const optimizer = tf.train.adam(1e-3);
  const xs = tf.tensor2d(x, [model.batchSize, features]);
  const ys = tf.tensor1d(y, 'int32');
  const step = (): Promise<unknown> => {
    const cost = tf.tidy(() =>
      optimizer.minimize(
        () => crossEntropy(net.forward(xs), ys, model.numClasses),
        true,
        net.trainableVariables,
      )!,
    );
    return cost.data().finally(() => cost.dispose());
  };

  const times: number[] = [];
  let last: Promise<unknown> = step();
  try {
    if (await within(last, shareMs)) {
      const deadline = performance.now() + shareMs;
      for (let i = 0; i < MAX_TIMED_STEPS; i++) {
        const t0 = performance.now();
        if (t0 >= deadline) break;
        last = step();
        if (!(await within(last, deadline - t0))) break;
        times.push(performance.now() - t0);
      }
    }
  } finally {
    void last
      .catch(() => {})
      .finally(() => {
        net.dispose();
        optimizer.dispose();
        xs.dispose();
        ys.dispose();
      });
  }
  return times.length > 0
    ? { msPerStep: median(times), steps: times.length, outcome: 'timed' }
    : { msPerStep: null, steps: 0, outcome: 'over-budget' };
}
