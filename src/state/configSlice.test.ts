import { describe, expect, it } from 'vitest';
import { defaultConfig, getParam } from '../core/config';
import { createLabStore } from './store';

const fresh = () =>
  createLabStore({
    config: defaultConfig(),
    notices: [{ key: 'bogus', value: '1', reason: 'unknown key', used: '(ignored)' }],
    extras: { v: '1' },
  });

describe('config slice', () => {
  it('sets a key through the sanitising core setter', () => {
    const store = fresh();
    store.getState().setParam('teacher.epochs', 3);
    expect(getParam(store.getState().config, 'teacher.epochs')).toBe(3);
    store.getState().setParam('teacher.epochs', 1e9);
    expect(getParam(store.getState().config, 'teacher.epochs')).toBeLessThan(1e9);
  });

  it('keeps the same config object when a value is refused', () => {
    const store = fresh();
    const before = store.getState().config;
    store.getState().setParam('teacher.arch', 'not an arch');
    expect(store.getState().config).toBe(before);
  });

  it('shows notices until dismissed', () => {
    const store = fresh();
    expect(store.getState().noticesDismissed).toBe(false);
    store.getState().dismissNotices();
    expect(store.getState().noticesDismissed).toBe(true);
  });

  it('sets and removes URL extras', () => {
    const store = fresh();
    store.getState().setExtra('lang', 'ko');
    expect(store.getState().extras).toEqual({ v: '1', lang: 'ko' });
    store.getState().setExtra('lang', null);
    expect(store.getState().extras).toEqual({ v: '1' });
  });
});
