import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import { checkRunMemory } from '../core/experiment/memoryCheck';
import { createLabStore } from './store';
import { MAX_FAULTS } from './faultsSlice';

const store = () => createLabStore({ config: defaultConfig(), notices: [], extras: {} });
const crash = (reason: string) => ({ kind: 'worker-restarted', reason, duringRun: true }) as const;

describe('faults slice', () => {
  it('keeps the newest notices, each with its own id, until dismissed', () => {
    const s = store();
    for (let i = 0; i < MAX_FAULTS + 2; i++) s.getState().faultRaised(crash(`r${i}`));
    const faults = s.getState().faults;
    expect(faults.map((f) => f.kind === 'worker-restarted' && f.reason)).toEqual([
      'r2',
      'r3',
      'r4',
    ]);
    expect(new Set(faults.map((f) => f.id)).size).toBe(MAX_FAULTS);
    s.getState().faultDismissed(faults[0].id);
    expect(s.getState().faults).toHaveLength(MAX_FAULTS - 1);
  });

  it('replaces an older memory refusal and clears it by kind', () => {
    const s = store();
    const check = checkRunMemory(defaultConfig(), 'teacher', 'wasm');
    s.getState().faultRaised(crash('x'));
    s.getState().faultRaised({ kind: 'memory', run: 'teacher', check });
    s.getState().faultRaised({ kind: 'memory', run: 'students', check });
    expect(s.getState().faults.map((f) => f.kind)).toEqual(['worker-restarted', 'memory']);
    s.getState().faultsCleared('memory');
    expect(s.getState().faults.map((f) => f.kind)).toEqual(['worker-restarted']);
  });
});
