/** The colour theme: follow the system (prefers-color-scheme), or a choice the user made. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'compression-lab:theme';

/** The stored choice; 'auto' when none, when storage is off (private mode) or the value is odd. */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
  } catch {
    return 'auto';
  }
}

export function writeTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): void {
  try {
    storage?.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage refused (quota, privacy settings): the choice lasts for this page only.
  }
}

/** <html data-theme>: styles.css maps 'dark' (or 'auto' with a dark system) to the dark palette. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}
