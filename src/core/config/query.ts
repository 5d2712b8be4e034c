/**
 * The URL codec: every experiment is a link. Keys are the dotted names of the table, values are
 * plain readable text (`prune.sparsity=0.9`, `teacher.arch=mlp:300-100`), never JSON blobs.
 */
import { PARAMS, type ExperimentConfig } from './params';
import {
  CONFIG_VERSION,
  formatValue,
  notice,
  readPairs,
  versionNotice,
  type ConfigNotice,
} from './read';
import { getParam } from './schema';

/**
 * Keys that belong to the app rather than to the experiment. They pass through to `extras`
 * untouched and without a notice (the app validates its own keys).
 */
// testHooks=1 turns on fault injection for the e2e tests (state/faultActions.ts).
export const APP_QUERY_KEYS = [
  'v',
  'autorun',
  'lang',
  'ui',
  'lesson',
  'step',
  'run',
  'testHooks',
  // The Pareto chart's x-axis (bytes, macs, latency).
  'axis',
] as const;
const APP_KEYS: ReadonlySet<string> = new Set(APP_QUERY_KEYS);

export interface ParsedQuery {
  config: ExperimentConfig;
  notices: ConfigNotice[];
  extras: Record<string, string>;
}

/**
 * Reads a full URL (`https://host/lab/?a=b#x`), a `?a=b` string, a bare `a=b` string or a
 * URLSearchParams. Never throws: bad keys leave notices and fall back to their defaults.
 */
export function parseQuery(query: string | URLSearchParams): ParsedQuery {
  const text = typeof query === 'string' ? queryPart(query) : query.toString();
  const linkNotices: ConfigNotice[] = [];
  let params: URLSearchParams;
  if (text.length > MAX_QUERY_CHARS) {
    // A real share link is well under 1 kB; tens of kB of repeated keys is not a setting.
    linkNotices.push(
      notice('(link)', `${text.length} characters`, `longer than ${MAX_QUERY_CHARS}`, ''),
    );
    params = new URLSearchParams();
  } else {
    linkNotices.push(...malformedEscapes(text));
    params = typeof query === 'string' ? new URLSearchParams(text) : query;
  }
  const pairs: [string, string][] = [];
  // A null-prototype object so that a `__proto__` key is just a key.
  const extras: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of params) {
    if (APP_KEYS.has(key)) extras[key] = value;
    else pairs.push([key, value]);
  }
  const { config, notices } = readPairs(pairs, 'text');
  notices.unshift(...linkNotices);
  if (extras.v !== undefined) {
    const bad = versionNotice(extras.v);
    if (bad) notices.unshift(bad);
  }
  return { config, notices, extras: { ...extras } };
}

/** The longest query read at all: far above any share link, far below what stalls the page. */
export const MAX_QUERY_CHARS = 16_000;

/**
 * A `%` not followed by two hex digits (`?x=%`) is read literally by URLSearchParams, where
 * decodeURIComponent would throw; the link still deserves a word about it.
 */
function malformedEscapes(text: string): ConfigNotice[] {
  const out: ConfigNotice[] = [];
  for (const part of text.split('&')) {
    if (!/%(?![0-9a-f]{2})/i.test(part)) continue;
    const [key] = part.split('=');
    out.push(notice(key || '(link)', part, 'malformed %-escape, read literally', ''));
    if (out.length >= 5) break;
  }
  return out;
}

/** The query part of a URL-ish string, without `?` and without a trailing `#fragment`. */
function queryPart(input: string): string {
  const s = input.trim();
  const q = s.indexOf('?');
  if (q >= 0) {
    const rest = s.slice(q + 1);
    const hash = rest.indexOf('#');
    return hash >= 0 ? rest.slice(0, hash) : rest;
  }
  // A URL with no query at all (`https://host/lab/`) has no settings, not a key named "https:".
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return '';
  return s.startsWith('#') ? '' : s.split('#')[0];
}

/**
 * `v=1` then only the keys that differ from their defaults, in table order. Null values (the
 * student's trainSize when it follows trainSize) are left out, as they are the default.
 */
export function toQuery(config: ExperimentConfig): string {
  const parts = [`v=${CONFIG_VERSION}`];
  for (const row of PARAMS) {
    const value = getParam(config, row.key);
    if (value === null || value === undefined) continue;
    const text = formatValue(value);
    if (text === formatValue(row.default)) continue;
    parts.push(`${row.key}=${encodeValue(text)}`);
  }
  return parts.join('&');
}

// `:` and `,` are legal in a query and keep `mlp:300-100` and `2:4` readable in a shared link.
function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
