import type { ConfigNotice } from '../core/config';
import { LANGUAGES } from '../i18n';
import { readLessonLink } from '../lessons/lessons';
import { autorunPlan } from './autorun';
import { UI_MODES } from './classroomSlice';

/**
 * The link's own keys (lang, ui, lesson, step, autorun, run, testHooks) checked like the
 * experiment's: an invalid one gets a notice and is dropped, so a share link made afterwards does
 * not copy it. Test hooks are never turned on from a link alone: the e2e tests also set
 * `window.__LAB_E2E__` before the page loads (a Playwright init script), which a link cannot do.
 */
export function checkAppKeys(
  extras: Record<string, string>,
  e2e: boolean = isE2eHost(),
): { extras: Record<string, string>; notices: ConfigNotice[] } {
  const kept: Record<string, string> = {};
  const notices: ConfigNotice[] = [];
  const drop = (key: string, reason: string) =>
    notices.push({ key, value: clip(extras[key]), reason, used: '' });
  for (const [key, value] of Object.entries(extras)) {
    const reason = invalid(key, value, extras, e2e);
    if (reason === null) kept[key] = value;
    else drop(key, reason);
  }
  return { extras: kept, notices };
}

function invalid(
  key: string,
  value: string,
  extras: Record<string, string>,
  e2e: boolean,
): string | null {
  switch (key) {
    case 'lang':
      return (LANGUAGES as readonly string[]).includes(value)
        ? null
        : `expected one of ${LANGUAGES.join(', ')}`;
    case 'ui':
      return (UI_MODES as readonly string[]).includes(value)
        ? null
        : `expected one of ${UI_MODES.join(', ')}`;
    case 'autorun':
      return autorunPlan(value) !== null || value === '0'
        ? null
        : 'expected 1, teacher or students';
    case 'lesson':
      return readLessonLink(value, undefined) ? null : 'no such lesson';
    case 'step': {
      const opened = readLessonLink(extras.lesson, undefined);
      if (!opened) return 'no lesson is open';
      const steps = opened.lesson.steps.length;
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      return n >= 1 && n <= steps ? null : `expected a step from 1 to ${steps}`;
    }
    case 'run':
      return /^[\w-]{1,100}$/.test(value) ? null : 'not a run id';
    case 'testHooks':
      return e2e && value === '1' ? null : 'test hooks cannot be turned on from a link';
    default:
      return null; // `v` is checked by core/config
  }
}

/** Set by the e2e tests' init script before any page script runs; a link cannot set it. */
export const isE2eHost = (): boolean =>
  typeof window !== 'undefined' &&
  (window as unknown as { __LAB_E2E__?: unknown }).__LAB_E2E__ === true;

const clip = (s: string | undefined) =>
  s === undefined ? '' : s.length > 80 ? `${s.slice(0, 79)}…` : s;
