import { parseQuery, toQuery } from '../core/config';
import type { UrlState } from './configSlice';
import type { LabStore } from './store';

/**
 * The only module that reads or writes the page's URL. Config keys are encoded by core/config;
 * the app's own extras (lang) are appended after them.
 */
export function readUrlState(): UrlState {
  const search = typeof location === 'undefined' ? '' : location.search;
  const { config, notices, extras } = parseQuery(search);
  return { config, notices: [...notices], extras: stringRecord(extras) };
}

/** `?` + the config's query + extras whose keys the config query does not already have. */
export function searchFor(configQuery: string, extras: Record<string, string>): string {
  const base = configQuery.replace(/^\?/, '');
  const present = new Set(new URLSearchParams(base).keys());
  const extraPairs = Object.entries(extras)
    .filter(([key]) => !present.has(key))
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  const query = [base, ...extraPairs].filter((part) => part !== '').join('&');
  return query === '' ? '' : `?${query}`;
}

/**
 * Mirrors the config into the address bar. replaceState, not pushState: dragging a slider
 * would otherwise push hundreds of history entries. The opening link is left as it was until
 * something changes. Returns the unsubscribe function.
 */
export function startUrlSync(store: LabStore): () => void {
  const write = (search: string) => {
    if (search === location.search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };
  return store.subscribe((state, prev) => {
    if (state.config === prev.config && state.extras === prev.extras) return;
    write(searchFor(toQuery(state.config), state.extras));
  });
}

function stringRecord(extras: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (extras && typeof extras === 'object') {
    for (const [key, value] of Object.entries(extras))
      if (typeof value === 'string') out[key] = value;
  }
  return out;
}
