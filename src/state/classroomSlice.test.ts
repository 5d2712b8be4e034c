import { describe, expect, it } from 'vitest';
import { getParam, parseQuery } from '../core/config';
import { LESSONS } from '../lessons/lessons';
import { applyOpeningLesson, selectLessonId, selectStep, selectUiMode } from './classroomSlice';
import { createLabStore } from './store';
import { searchFor } from './urlSync';

const storeFrom = (query: string) => createLabStore({ ...parseQuery(query), notices: [] });
const bits = LESSONS.find((l) => l.slug === 'bits')!;

describe('classroom slice', () => {
  it("opens a lesson at a step, applies that step's settings and keeps backend and seed", () => {
    const store = storeFrom('backend=wasm&seed=7&quant.bits=8');
    store.getState().openLesson(bits.id, 3);
    const s = store.getState();
    expect(selectLessonId(s)).toBe(bits.id);
    expect(selectStep(s)).toBe(3);
    expect(getParam(s.config, 'quant.bits')).toBe(2);
    expect(getParam(s.config, 'trainSize')).toBe(2000);
    expect(getParam(s.config, 'backend')).toBe('wasm');
    expect(getParam(s.config, 'seed')).toBe(7);
    expect(s.extras).toMatchObject({ lesson: String(bits.id), step: '3' });
  });

  it('moves between steps, clamped to the lesson, and the link follows', () => {
    const store = storeFrom('');
    store.getState().openLesson(bits.id, 1);
    store.getState().previousStep();
    expect(selectStep(store.getState())).toBe(1);
    store.getState().nextStep();
    expect(getParam(store.getState().config, 'quant.bits')).toBe(4);
    store.getState().goToStep(99);
    expect(selectStep(store.getState())).toBe(bits.steps.length);
    const link = parseQuery(searchFor('', store.getState().extras)).extras;
    expect(link).toMatchObject({ lesson: String(bits.id), step: String(bits.steps.length) });
  });

  it("a step's settings replace another lesson's leftovers", () => {
    const store = storeFrom('');
    store.getState().openLesson(bits.id, 3); // 2 bits
    store.getState().openLesson(1, 3); // pruning only
    expect(getParam(store.getState().config, 'quant.bits')).toBe(32);
    expect(getParam(store.getState().config, 'prune.sparsity')).toBe(0.99);
  });

  it('reset re-applies the step after a tweak', () => {
    const store = storeFrom('');
    store.getState().openLesson(bits.id, 2);
    store.getState().setParam('quant.bits', 6);
    store.getState().resetStep();
    expect(getParam(store.getState().config, 'quant.bits')).toBe(4);
  });

  it("an opening link applies its step, then the link's own changed keys on top", () => {
    const store = storeFrom(`lesson=${bits.id}&step=2&quant.mode=qat`);
    applyOpeningLesson(store.getState);
    expect(getParam(store.getState().config, 'quant.bits')).toBe(4);
    expect(getParam(store.getState().config, 'quant.mode')).toBe('qat');
  });

  it('an opening link to an unknown lesson drops lesson and step', () => {
    const store = storeFrom('lesson=42&step=2&lang=ko');
    applyOpeningLesson(store.getState);
    expect(store.getState().extras).toEqual({ lang: 'ko' });
    expect(selectLessonId(store.getState())).toBeNull();
  });

  it('closing keeps the config; the view mode is an extra with full as its absence', () => {
    const store = storeFrom('ui=nonsense');
    expect(selectUiMode(store.getState())).toBe('full');
    store.getState().openLesson(2, 1);
    const config = store.getState().config;
    store.getState().closeLesson();
    expect(store.getState().config).toBe(config);
    expect(store.getState().extras.lesson).toBeUndefined();
    store.getState().setUiMode('present');
    expect(selectUiMode(store.getState())).toBe('present');
    store.getState().setUiMode('full');
    expect(store.getState().extras.ui).toBeUndefined();
  });
});
