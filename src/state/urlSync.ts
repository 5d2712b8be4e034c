import { parseQuery, toQuery, type ExperimentConfig } from '../core/config';
import { checkAppKeys } from './appKeys';
import type { UrlState } from './configSlice';
import type { LabStore } from './store';

/**
 * The only module that reads or writes the page's URL. Config keys are encoded by core/config;
 * the app's own extras (lang) are appended after them.
 */
export function readUrlState(): UrlState {
  const search = typeof location === 'undefined' ? '' : location.search;
  const { config, notices, extras } = parseQuery(search);
  const app = checkAppKeys(stringRecord(extras));
  return { config, notices: [...notices, ...app.notices], extras: app.extras };
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
 * would otherwise push hundreds of history entries. Writes are throttled too, because Chromium
 * refuses (and warns about) more than about 100 replaceState calls in 10 s, which a slider
 * drag reaches. The opening link is left as it was until something changes. Returns the
 * unsubscribe function.
 */
export function startUrlSync(store: LabStore, intervalMs = URL_WRITE_MS): () => void {
  const writer = throttle((search: string) => {
    if (search === location.search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, intervalMs);
  // A reload or a closed tab right after a change still finds the change in the address bar.
  const flush = () => writer.flush();
  addEventListener('pagehide', flush);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.config === prev.config && state.extras === prev.extras) return;
    writer.push(searchFor(toQuery(state.config), state.extras));
  });
  return () => {
    unsubscribe();
    removeEventListener('pagehide', flush);
    writer.flush();
  };
}

export const URL_WRITE_MS = 250;

/**
 * Calls `write` with the latest value at most once per `ms`: at once when idle, then once more
 * at the end of the interval with whatever came last.
 */
export function throttle<T>(write: (value: T) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const fire = () => {
    timer = null;
    if (pending === null) return;
    const { value } = pending;
    pending = null;
    write(value);
    timer = setTimeout(fire, ms);
  };
  return {
    push(value: T) {
      pending = { value };
      if (timer === null) fire();
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending === null) return;
      const { value } = pending;
      pending = null;
      write(value);
    },
  };
}

/**
 * The link that reopens this experiment: the page's address, the config and the app's extras
 * (language, lesson). `autorun` is the sharer's choice, not copied from the opening link.
 */
export function shareUrl(
  config: ExperimentConfig,
  extras: Record<string, string>,
  autorun: boolean,
): string {
  const shared: Record<string, string> = {};
  for (const [key, value] of Object.entries(extras)) if (key !== 'autorun') shared[key] = value;
  if (autorun) shared.autorun = '1';
  const page = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  return `${page}${searchFor(toQuery(config), shared)}`;
}

function stringRecord(extras: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (extras && typeof extras === 'object') {
    for (const [key, value] of Object.entries(extras))
      if (typeof value === 'string') out[key] = value;
  }
  return out;
}
