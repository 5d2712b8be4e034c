/**
 * The lenient reader shared by the URL and JSON paths: given flat (dotted key, raw value) pairs,
 * build a config where every bad key falls back to its default and leaves one notice. Keeping
 * one reader is what makes `?a=b` and `{"a": "b"}` behave the same.
 */
import { findParam, type AnyParamRow, type ExperimentConfig } from './params';
import { checkParam, defaultConfig, formatNumber, withPath } from './schema';

/** One ignored or adjusted key, for the `config-notice` list. All fields are plain text. */
export type ConfigNotice = { key: string; value: string; reason: string; used: string };

/** The config version this code writes; other versions are read as this one, with a notice. */
export const CONFIG_VERSION = 1;

/** How far a raw value may be from its target type. */
export type Coercion =
  /** URL values are always text: numbers and null are read out of strings. */
  | 'text'
  /** JSON: real types expected, numeric strings tolerated (hand-written files, CLI sweeps). */
  | 'lenient'
  /** Imported files: the JSON type must already be right. */
  | 'strict';

const MAX_SHOWN = 80;
// Plain decimal or exponent notation only: Number('') === 0 and Number('0x10') === 16 would
// otherwise turn typos into values.
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Builds a config from flat pairs; pairs are applied in order, so a later duplicate wins.
 * Parsing never clamps: an out-of-range value falls back to the default (the reason names the
 * range), because silently turning sparsity=5 into 0.99 would run an experiment nobody asked for.
 */
export function readPairs(
  pairs: Iterable<readonly [string, unknown]>,
  coercion: Coercion,
): { config: ExperimentConfig; notices: ConfigNotice[] } {
  const last = new Map<string, unknown>();
  for (const [key, raw] of pairs) {
    last.delete(key); // re-insert so that notices follow the order of the last occurrence
    last.set(key, raw);
  }
  let config = defaultConfig();
  const notices: ConfigNotice[] = [];
  for (const [key, raw] of last) {
    const row = findParam(key);
    if (!row) {
      notices.push(notice(key, raw, 'unknown key', ''));
      continue;
    }
    const checked = checkParam(row, coerce(row, raw, coercion));
    if (checked.ok) config = withPath(config, key, checked.value);
    else notices.push(notice(key, raw, checked.reason, formatValue(row.default)));
  }
  return { config, notices };
}

function coerce(row: AnyParamRow, raw: unknown, coercion: Coercion): unknown {
  if (typeof raw !== 'string' || coercion === 'strict') return raw;
  if (row.kind !== 'int' && row.kind !== 'number') return raw;
  const s = raw.trim();
  if (coercion === 'text' && row.nullable && (s === '' || s === 'null')) {
    return null;
  }
  return NUMERIC.test(s) ? Number(s) : raw;
}

/** Checks a `v` value; returns a notice when it is not the version this code knows. */
export function versionNotice(raw: unknown): ConfigNotice | null {
  if (raw === CONFIG_VERSION || raw === String(CONFIG_VERSION)) return null;
  return notice(
    'v',
    raw,
    `unknown config version; read as version ${CONFIG_VERSION}`,
    String(CONFIG_VERSION),
  );
}

/** A notice with its key and value as truncated plain text (never markup, never parsed). */
export function notice(key: string, raw: unknown, reason: string, used: string): ConfigNotice {
  return { key: truncate(key), value: truncate(showRaw(raw)), reason, used };
}

/** How a value is written in URLs and notices: numbers without float noise, null as "null". */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  return value === null ? 'null' : String(value);
}

function showRaw(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    // BigInts and cyclic objects cannot be written as JSON.
    return typeof raw === 'bigint' ? `${raw}` : '[unprintable value]';
  }
}

function truncate(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}
