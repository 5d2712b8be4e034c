import type { LabStore } from './store';

export interface AutorunActions {
  trainTeacher(store: LabStore): Promise<void>;
  trainStudents(store: LabStore): Promise<void>;
}

/** What `autorun=` in a link asks for: `1` or `teacher` trains the teacher, `students` both. */
export function autorunPlan(value: string | undefined): 'teacher' | 'students' | null {
  if (value === '1' || value === 'true' || value === 'teacher') return 'teacher';
  if (value === 'students') return 'students';
  return null;
}

/**
 * A teacher hands out a link with `autorun=1` and every laptop starts training on open. Waits
 * for the engine's backend to be ready first (training would start it too, but then a failing
 * backend would show twice), and runs once per page load. Returns a function that cancels it.
 */
export function startAutorun(store: LabStore, actions: AutorunActions): () => void {
  const plan = autorunPlan(store.getState().extras.autorun);
  if (plan === null) return () => {};
  let started = false;
  const go = async () => {
    await actions.trainTeacher(store);
    if (plan === 'students' && store.getState().result !== null) {
      await actions.trainStudents(store);
    }
  };
  const check = () => {
    const s = store.getState();
    if (started || s.backendStatus !== 'ready' || s.status === 'running') return;
    started = true;
    unsubscribe();
    void go();
  };
  const unsubscribe = store.subscribe(check);
  check();
  return unsubscribe;
}
