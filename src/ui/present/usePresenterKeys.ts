import { useEffect } from 'react';
import { trainStudents, trainTeacher } from '../../state/engineActions';
import { labStore } from '../../state/labStore';

/** Where a key means typing or moving a control, so a shortcut must not steal it. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, select, textarea, [role="slider"], [role="listbox"]')) return true;
  return false;
}

/** Key → action. Single letters are on only in presenter mode, which the user turns on and off. */
const ACTIONS: Record<string, () => void> = {
  n: () => labStore.getState().nextStep(),
  ArrowRight: () => labStore.getState().nextStep(),
  p: () => labStore.getState().previousStep(),
  ArrowLeft: () => labStore.getState().previousStep(),
  t: () => void trainTeacher(),
  s: () => void trainStudents(),
  r: () => labStore.getState().resetStep(),
};

/** Presenter shortcuts (N/→, P/←, T, S, R), listened for on the window while `enabled`. */
export function usePresenterKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isEditing(e.target)) return;
      const action = ACTIONS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
