import { useStore } from 'zustand';
import { createLabStore, type LabState } from './store';
import { readUrlState } from './urlSync';

/** The app's one store, opened from the page's link. */
export const labStore = createLabStore(readUrlState());

/** Select one field (or a `useShallow`-wrapped derived object) from the app's store. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(labStore, selector);
}
