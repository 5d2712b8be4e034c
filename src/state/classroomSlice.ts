import type { StateCreator } from 'zustand';
import {
  defaultConfig,
  formatValue,
  getParam,
  parseQuery,
  PARAMS,
  type ExperimentConfig,
  type ParamKey,
} from '../core/config';
import { findLesson, KEPT_KEYS, readLessonLink, stepQuery, type Lesson } from '../lessons/lessons';
import type { LabState } from './store';

/**
 * Lessons and view modes. Which lesson and step are open, and the view mode, live in the link's
 * extras (`lesson`, `step`, `ui`) and nowhere else, so the address bar (urlSync) follows every
 * move and a shared link reopens the same step. Steps change the config only through the config
 * slice's `setParam`.
 */
export const UI_MODES = ['full', 'simple', 'present'] as const;
export type UiMode = (typeof UI_MODES)[number];

export interface ClassroomSlice {
  /** Opens a lesson at a step (1-based, clamped) and applies that step's settings. */
  openLesson(id: number, step?: number): void;
  /** Moves within the open lesson (clamped) and applies the step's settings. */
  goToStep(step: number): void;
  nextStep(): void;
  previousStep(): void;
  /** Re-applies the open step's settings (or the defaults when no lesson is open). */
  resetStep(): void;
  closeLesson(): void;
  setUiMode(mode: UiMode): void;
}

/** The open lesson and step, read from the extras; null when none (or an unknown one) is open. */
export const selectLessonId = (s: LabState): number | null =>
  readLessonLink(s.extras.lesson, s.extras.step)?.lesson.id ?? null;
export const selectStep = (s: LabState): number =>
  readLessonLink(s.extras.lesson, s.extras.step)?.step ?? 1;
export const selectUiMode = (s: LabState): UiMode =>
  (UI_MODES as readonly string[]).includes(s.extras.ui ?? '') ? (s.extras.ui as UiMode) : 'full';

/** The config a step asks for (every key but the kept ones), as the codec reads it. */
export function stepConfig(lesson: Lesson, step: number): ExperimentConfig {
  return parseQuery(stepQuery(lesson, step)).config;
}

export const createClassroomSlice: StateCreator<LabState, [], [], ClassroomSlice> = (_set, get) => {
  /** Every lesson-owned key takes the target's value; backend and seed stay the user's. */
  const applyConfig = (target: ExperimentConfig) => {
    const { setParam } = get();
    for (const row of PARAMS) {
      if (KEPT_KEYS.includes(row.key)) continue;
      setParam(row.key, getParam(target, row.key as ParamKey));
    }
  };
  const show = (lesson: Lesson, step: number) => {
    const clamped = Math.min(lesson.steps.length, Math.max(1, Math.round(step)));
    get().setExtra('lesson', String(lesson.id));
    get().setExtra('step', String(clamped));
    applyConfig(stepConfig(lesson, clamped));
  };
  const open = () => {
    const { extras } = get();
    return readLessonLink(extras.lesson, extras.step);
  };
  return {
    openLesson: (id, step = 1) => {
      const lesson = findLesson(id);
      if (lesson) show(lesson, step);
    },
    goToStep: (step) => {
      const current = open();
      if (current) show(current.lesson, step);
    },
    nextStep: () => {
      const current = open();
      if (current) show(current.lesson, current.step + 1);
    },
    previousStep: () => {
      const current = open();
      if (current) show(current.lesson, current.step - 1);
    },
    resetStep: () => {
      const current = open();
      if (current) show(current.lesson, current.step);
      else applyConfig(defaultConfig());
    },
    closeLesson: () => {
      get().setExtra('lesson', null);
      get().setExtra('step', null);
    },
    setUiMode: (mode) => get().setExtra('ui', mode === 'full' ? null : mode),
  };
};

/**
 * Opening a lesson link: the step's settings, then any setting the link itself changed from the
 * default on top (so a tweak made during the step survives a reload of the address bar). A link
 * naming an unknown lesson loses its `lesson` and `step` keys.
 */
export function applyOpeningLesson(get: () => LabState): void {
  const { extras, config: fromLink } = get();
  if (extras.lesson === undefined) return;
  const opened = readLessonLink(extras.lesson, extras.step);
  if (!opened) {
    get().closeLesson();
    return;
  }
  get().openLesson(opened.lesson.id, opened.step);
  const defaults = defaultConfig();
  for (const row of PARAMS) {
    const key = row.key as ParamKey;
    const asked = getParam(fromLink, key);
    if (formatValue(asked) !== formatValue(getParam(defaults, key))) get().setParam(key, asked);
  }
}
