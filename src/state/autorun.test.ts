import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import { autorunPlan, startAutorun, type AutorunActions } from './autorun';
import { createLabStore, type LabStore } from './store';

const backend = { name: 'wasm' as const, adapter: null, isFallbackAdapter: false, fallbacks: [] };
const teacher = { accuracy: 0.9, params: 1, sizeBytes: 4, trainMs: 1, backend };

function setup(autorun?: string) {
  const store = createLabStore({
    config: defaultConfig(),
    notices: [],
    extras: autorun === undefined ? {} : { autorun },
  });
  const calls: string[] = [];
  const actions: AutorunActions = {
    trainTeacher: async (s: LabStore) => {
      calls.push('teacher');
      s.getState().runStarted('t');
      s.getState().runFinished('t', teacher);
    },
    trainStudents: async () => {
      calls.push('students');
    },
  };
  return { store, calls, stop: startAutorun(store, actions) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('autorun', () => {
  it('reads the link value', () => {
    expect(['1', 'teacher', 'students', '0', 'yes', undefined].map(autorunPlan)).toEqual([
      'teacher',
      'teacher',
      'students',
      null,
      null,
      null,
    ]);
  });

  it('trains the teacher once, when the backend is ready, and not before', async () => {
    const { store, calls } = setup('1');
    await flush();
    expect(calls).toEqual([]);
    store.getState().backendReady(backend);
    store.getState().backendReady(backend);
    await flush();
    expect(calls).toEqual(['teacher']);
    store.getState().backendStarting();
    store.getState().backendReady(backend);
    await flush();
    expect(calls).toEqual(['teacher']);
  });

  it('trains the students after the teacher when asked', async () => {
    const { store, calls } = setup('students');
    store.getState().backendReady(backend);
    await flush();
    expect(calls).toEqual(['teacher', 'students']);
  });

  it('does nothing without autorun, or when cancelled first', async () => {
    const a = setup();
    a.store.getState().backendReady(backend);
    const b = setup('1');
    b.stop();
    b.store.getState().backendReady(backend);
    await flush();
    expect([...a.calls, ...b.calls]).toEqual([]);
  });
});
