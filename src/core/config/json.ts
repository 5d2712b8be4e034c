/**
 * JSON configs (experiment files, CLI `--config`, the worker boundary). Both the nested shape
 * (`{ prune: { sparsity: 0.9 } }`) and the flat dotted shape (`{ "prune.sparsity": 0.9 }`) are
 * read, so a file can be written either way by hand.
 */
import { GROUP_NAMES, PARAMS, type ExperimentConfig } from './params';
import { notice, readPairs, versionNotice, type Coercion, type ConfigNotice } from './read';
import { getParam, withPath } from './schema';

const GROUPS: ReadonlySet<string> = new Set(GROUP_NAMES);

/** Lenient: every bad key leaves a notice and falls back to its default; never throws. */
export function parseConfigJson(input: unknown): {
  config: ExperimentConfig;
  notices: ConfigNotice[];
} {
  return readJson(input, 'lenient');
}

/**
 * Strict, for imported files: any bad key (unknown, wrong type, out of range, other version)
 * is an error. Missing keys are allowed and take their defaults, so partial files still load.
 */
export function validateConfig(
  input: unknown,
): { ok: true; config: ExperimentConfig } | { ok: false; errors: ConfigNotice[] } {
  const { config, notices } = readJson(input, 'strict');
  return notices.length === 0 ? { ok: true, config } : { ok: false, errors: notices };
}

/** The full nested config as a plain JSON-ready object (a fresh copy, every key present). */
export function toConfigJson(config: ExperimentConfig): ExperimentConfig {
  let out = {} as ExperimentConfig;
  for (const row of PARAMS) out = withPath(out, row.key, getParam(config, row.key));
  return out;
}

function readJson(
  input: unknown,
  coercion: Coercion,
): { config: ExperimentConfig; notices: ConfigNotice[] } {
  if (!isPlainObject(input)) {
    const { config } = readPairs([], coercion);
    return {
      config,
      notices: [notice('', input, 'expected a JSON object of settings', 'defaults')],
    };
  }
  const pairs: [string, unknown][] = [];
  const shapeNotices: ConfigNotice[] = [];
  let versionIssue: ConfigNotice | null = null;
  for (const [key, value] of Object.entries(input)) {
    if (key === 'v') {
      versionIssue = versionNotice(value);
    } else if (GROUPS.has(key)) {
      if (isPlainObject(value)) {
        for (const [field, v] of Object.entries(value)) pairs.push([`${key}.${field}`, v]);
      } else {
        shapeNotices.push(
          notice(key, value, `expected an object of ${key}.* settings`, 'defaults'),
        );
      }
    } else {
      pairs.push([key, value]);
    }
  }
  const { config, notices } = readPairs(pairs, coercion);
  return {
    config,
    notices: [...(versionIssue ? [versionIssue] : []), ...shapeNotices, ...notices],
  };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
