import type { Lesson } from '../../lessons/lessons';
import type { SliderParamKey } from '../controls/ParamSlider';

/** The sliders a lesson can show, in the order the presenter lists them. */
const SLIDER_KEYS: readonly SliderParamKey[] = [
  'prune.sparsity',
  'quant.bits',
  'distill.temperature',
  'lowrank.rank',
  'distill.alpha',
];

const keysOf = (query: string): string[] =>
  query
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]);

/**
 * The one or two sliders a lesson step is about: the slider keys the step itself sets, else
 * those any step of the lesson sets (a step that only switches an option still shows the knob
 * the lesson turns), else those its shared settings fix. At most two, so the projector shows
 * the cause beside its effect.
 */
export function stepSliders(lesson: Lesson, step: number): SliderParamKey[] {
  const own = new Set(keysOf(lesson.steps[step - 1]?.set ?? ''));
  const picked = SLIDER_KEYS.filter((k) => own.has(k));
  if (picked.length > 0) return picked.slice(0, 2);
  const all = new Set(lesson.steps.flatMap((s) => keysOf(s.set)));
  const anyStep = SLIDER_KEYS.filter((k) => all.has(k));
  if (anyStep.length > 0) return anyStep.slice(0, 2);
  const base = new Set(keysOf(lesson.base));
  return SLIDER_KEYS.filter((k) => base.has(k)).slice(0, 2);
}
