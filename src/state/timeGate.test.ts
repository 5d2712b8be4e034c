import { describe, expect, it } from 'vitest';
import { defaultConfig, parseQuery } from '../core/config';
import { createLabStore } from './store';
import { refuseIfOverBudget } from './faultActions';

/** The link of the issue: accepted before with an ETA of "about 315 hr". */
const HUGE =
  'dataset=mnist&trainSize=60000&teacher.arch=mlp:2048-2048-2048-2048&teacher.epochs=200&train.batchSize=8&backend=wasm';

describe('the time gate before a run', () => {
  it('refuses a multi-hour run from a link with the nearest config that fits, and lets it through once applied', () => {
    const { config } = parseQuery(HUGE);
    const store = createLabStore({ config, notices: [], extras: {} });
    expect(refuseIfOverBudget(store, 'teacher')).toBe(true);
    const fault = store.getState().faults.at(-1);
    expect(fault?.kind).toBe('time');
    if (fault?.kind !== 'time') return;
    expect(fault.check.seconds).toBeGreaterThan(20 * 3600);
    expect(fault.check.suggestion).toEqual({ key: 'teacher.epochs', value: 6 });

    store.getState().setParam('teacher.epochs', 6);
    expect(refuseIfOverBudget(store, 'teacher')).toBe(false);
    expect(store.getState().faults).toEqual([]);
  });

  it('lets the defaults through', () => {
    const store = createLabStore({ config: defaultConfig(), notices: [], extras: {} });
    expect(refuseIfOverBudget(store, 'teacher')).toBe(false);
    expect(refuseIfOverBudget(store, 'students')).toBe(false);
  });
});
