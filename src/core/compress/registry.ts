/**
 * Every compression method the engine offers, one file each under methods/, listed once here.
 * This list drives the PARAMS enums (prune.method, prune.schedule, quant.mode), hence the app's
 * pickers, URL/JSON validation and lesson checks; the pipeline asks it which function runs each
 * stage; `compression-lab methods` prints it; and checkCompression asks every stage's method
 * whether it runs the config as written. Adding a method is one new file plus one line here.
 */
import type { ExperimentConfig } from '../config/params';
import { gradual } from './methods/gradual';
import { iterative } from './methods/iterative';
import { kmeans } from './methods/kmeans';
import { magnitude } from './methods/magnitude';
import { oneshot } from './methods/oneshot';
import { pq } from './methods/pq';
import { ptq } from './methods/ptq';
import { qat } from './methods/qat';
import { quantNoise } from './methods/quantNoise';
import { random } from './methods/random';
import { svd } from './methods/svd';
import { synflow } from './methods/synflow';
import { taylor } from './methods/taylor';
import type {
  AnyMethod,
  MethodKind,
  QuantizerMethod,
  ScheduleMethod,
  ScoreMethod,
} from './methods/types';
import { unitL1 } from './methods/unitL1';
import { unitL2 } from './methods/unitL2';
import { wanda } from './methods/wanda';
import { vitRefusals } from './vitRules';

import type { Reason } from './reasons';
import { reason, withText } from './reasons';

export type { MethodKind, Support } from './methods/types';

/** Pruning scores: the values of prune.method. */
export const SCORE_METHODS = [magnitude, random, taylor, synflow, wanda, unitL1, unitL2] as const;
/** When to cut: the values of prune.schedule. */
export const SCHEDULES = [oneshot, iterative, gradual] as const;
/** How to store values: the values of quant.mode. */
export const QUANT_MODES = [ptq, qat, kmeans, pq] as const;
/** Modifiers of a quantizer, selected by their own key (quant.noise < 1). */
export const QUANT_MODIFIERS = [quantNoise] as const;
export const FACTORISERS = [svd] as const;

export const COMPRESSION_METHODS: readonly AnyMethod[] = [
  ...SCORE_METHODS,
  ...SCHEDULES,
  ...QUANT_MODES,
  ...QUANT_MODIFIERS,
  ...FACTORISERS,
];

const namesOf = <const T extends readonly { name: string }[]>(
  methods: T,
): { [K in keyof T]: T[K]['name'] } =>
  methods.map((m) => m.name) as { [K in keyof T]: T[K]['name'] };

export const SCORE_NAMES = namesOf(SCORE_METHODS);
export const SCHEDULE_NAMES = namesOf(SCHEDULES);
export const QUANT_MODE_NAMES = namesOf(QUANT_MODES);

export function methodsOfKind(kind: MethodKind): AnyMethod[] {
  return COMPRESSION_METHODS.filter((m) => m.kind === kind);
}

const byName = <M extends { name: string }>(list: readonly M[], name: string, what: string): M => {
  const m = list.find((x) => x.name === name);
  if (!m) throw new Error(`no ${what} named ${name}`);
  return m;
};

export const scoreMethodOf = (prune: ExperimentConfig['prune']): ScoreMethod =>
  byName<ScoreMethod>(SCORE_METHODS, prune.method, 'pruning score');
export const scheduleOf = (prune: ExperimentConfig['prune']): ScheduleMethod =>
  byName<ScheduleMethod>(SCHEDULES, prune.schedule, 'pruning schedule');
export const quantizerOf = (quant: ExperimentConfig['quant']): QuantizerMethod =>
  byName<QuantizerMethod>(QUANT_MODES, quant.mode, 'quantizer');

/** A combination the engine will not run, and why (a code the app translates, and the English
 * sentence the CLI prints). */
export interface Refusal {
  /** The method that refused. */
  method: string;
  /** The config key that selected it, and its value. */
  key: string;
  value: string;
  reason: Reason;
  /** The reason in English. */
  text: string;
}

/** Something worth saying about a combination that runs (e.g. a key that has no effect). */
export interface Note {
  reason: Reason;
  /** The note in English. */
  text: string;
}

export interface CompressionCheck {
  refusals: Refusal[];
  notes: Note[];
}

/**
 * Asks every stage the config uses — factoriser, score, schedule, quantizer, Quant-Noise —
 * whether it runs the config as written. Tensor-free: the app's main thread shows the same
 * refusals the worker enforces and the CLI prints.
 */
export function checkCompression(config: ExperimentConfig): CompressionCheck {
  const refusals: Refusal[] = [];
  const notes: Note[] = [];
  const refuse = (method: string, key: string, value: unknown, why: Reason) =>
    refusals.push({ method, key, value: String(value), ...withText(why) });
  const ask = (method: AnyMethod, key: string, value: unknown) => {
    const s = method.supports(config);
    if (s.ok) notes.push(...(s.notes ?? []).map(withText));
    else refuse(method.name, key, value, s.reason);
  };
  const { prune, quant, lowrank } = config;
  refusals.push(...vitRefusals(config));
  const factorised = lowrank.rank < 1;
  if (factorised) ask(svd, 'lowrank.rank', lowrank.rank);
  if (prune.sparsity > 0 || prune.granularity === '2:4') {
    ask(scoreMethodOf(prune), 'prune.method', prune.method);
    ask(scheduleOf(prune), 'prune.schedule', prune.schedule);
    if (factorised && prune.init !== 'keep')
      refuse(
        prune.init,
        'prune.init',
        prune.init,
        reason(prune.init === 'rewind' ? 'factorisedRewind' : 'factorisedReinit'),
      );
    if (factorised && prune.at === 'init')
      refuse('at-init', 'prune.at', prune.at, reason('factorisedAtInit'));
    const retrains = prune.init !== 'keep' || prune.at === 'init';
    if (retrains && prune.finetuneEpochs > 0 && prune.schedule !== 'gradual')
      notes.push(withText(reason('noteRetrainEpochs')));
  }
  if (quant.bits < 32) {
    ask(quantizerOf(quant), 'quant.mode', quant.mode);
    for (const m of QUANT_MODIFIERS) if (m.selected(quant)) ask(m, m.keys[0], quant.noise);
  }
  return { refusals, notes };
}

/** One line per refusal, as the CLI prints them and the notices show them. */
export const refusalText = (r: Refusal): string => `${r.key}=${r.value}: ${r.text}`;

/** Thrown by the pipeline for a combination it refuses; carries the reasons. */
export class RefusedError extends Error {
  constructor(readonly refusals: Refusal[]) {
    super(`refused: ${refusals.map(refusalText).join('; ')}`);
    this.name = 'RefusedError';
  }
}
