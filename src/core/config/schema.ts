/**
 * The zod schema, defaults and typed get/set, all derived from the PARAMS table. Checking a
 * single value goes through the same zod field schema that the whole-object schema uses, so
 * the URL, JSON files and the store cannot disagree about what is valid.
 */
import { z } from 'zod';
import {
  PARAMS,
  type AnyParamRow,
  type ExperimentConfig,
  type ParamKey,
  type ParamRow,
  type ParamValue,
} from './params';

// zod 4 probes `new Function('')` to compile faster parsers; under the app's
// Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation. The
// interpreted parsers are fast enough for a config of a few dozen keys.
z.config({ jitless: true });

/**
 * Numbers are kept to 12 significant digits. Slider arithmetic (0.1 + 0.2) would otherwise put
 * float noise into share links; with every stored number canonical, the URL round-trip is exact.
 */
export function canonicalNumber(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** Shortest readable text for a number: 0.1, 0.00001, 60000 (no exponent below 1e21). */
export function formatNumber(n: number): string {
  return String(canonicalNumber(n));
}

/** What a row accepts, in words: "an integer in 100..60000", "one of a, b", "1..8 or 32". */
export function describeDomain(row: ParamRow): string {
  if (row.kind === 'enum') return `one of ${(row.options ?? []).join(', ')}`;
  if (row.kind === 'string') return `a text like ${String(row.default)}`;
  const noun = row.kind === 'int' ? 'an integer' : 'a number';
  let range = `${formatNumber(row.min ?? -Infinity)}..${formatNumber(row.max ?? Infinity)}`;
  if (row.values) range = describeValues(row.values);
  return `${noun} in ${range}${row.nullable ? ' (or empty)' : ''}`;
}

// [1..8, 32] reads better as "1..8 or 32" than as nine numbers.
function describeValues(values: readonly number[]): string {
  const runs: string[] = [];
  let start = values[0];
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[i - 1] + 1) continue;
    const end = values[i - 1];
    runs.push(start === end ? `${start}` : `${start}..${end}`);
    start = values[i];
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} or ${runs[runs.length - 1]}` : runs[0];
}

/** The zod schema of one row's value; its error messages are the reasons shown to users. */
export function fieldSchema(row: ParamRow): z.ZodType {
  const expected = `expected ${describeDomain(row)}`;
  if (row.kind === 'enum') {
    return z.enum(row.options as [string, ...string[]], { error: expected });
  }
  if (row.kind === 'string') {
    const validate = row.validate;
    return z.string({ error: `not a text; ${expected}` }).check((ctx) => {
      const message = validate?.(ctx.value);
      if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
    });
  }
  let schema = z.number({ error: `not a number; ${expected}` });
  if (row.kind === 'int') schema = schema.int({ error: `not a whole number; ${expected}` });
  const outOfRange = { error: `out of range; ${expected}` };
  if (row.min !== undefined) schema = schema.min(row.min, outOfRange);
  if (row.max !== undefined) schema = schema.max(row.max, outOfRange);
  const values = row.values;
  const checked = values ? schema.refine((v) => values.includes(v), outOfRange) : schema;
  return row.nullable ? checked.nullable() : checked;
}

const FIELD_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(
  PARAMS.map((row) => [row.key, fieldSchema(row)]),
);

export type CheckResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Checks a value (already of the right JS type, or not) against its row; numbers canonicalised. */
export function checkParam(row: AnyParamRow, value: unknown): CheckResult {
  const result = (FIELD_SCHEMAS.get(row.key) as z.ZodType).safeParse(value);
  if (!result.success) return { ok: false, reason: result.error.issues[0]?.message ?? 'invalid' };
  const v = result.data;
  return { ok: true, value: typeof v === 'number' ? canonicalNumber(v) : v };
}

/** The whole config as one strict zod object (nested groups), built from the table. */
export const ExperimentConfigSchema = buildObjectSchema() as unknown as z.ZodType<ExperimentConfig>;

function buildObjectSchema(): z.ZodType {
  const top: Record<string, z.ZodType> = {};
  const groups: Record<string, Record<string, z.ZodType>> = {};
  for (const row of PARAMS) {
    const [head, field] = row.key.split('.');
    if (field === undefined) top[head] = FIELD_SCHEMAS.get(row.key) as z.ZodType;
    else (groups[head] ??= {})[field] = FIELD_SCHEMAS.get(row.key) as z.ZodType;
  }
  for (const [name, shape] of Object.entries(groups)) top[name] = z.strictObject(shape);
  return z.strictObject(top);
}

/** A fresh config holding every default; callers may mutate it freely. */
export function defaultConfig(): ExperimentConfig {
  let config = {} as ExperimentConfig;
  for (const row of PARAMS) config = withPath(config, row.key, row.default);
  return config;
}

/** The value at a dotted key. */
export function getParam<K extends ParamKey>(config: ExperimentConfig, key: K): ParamValue<K> {
  const [head, field] = key.split('.');
  const node = (config as unknown as Record<string, unknown>)[head];
  return (field === undefined ? node : (node as Record<string, unknown>)[field]) as ParamValue<K>;
}

/**
 * An updated copy with one key changed. Meant for controls, so it repairs rather than refuses:
 * numbers are clamped to the range and rounded (ints) or snapped to the nearest allowed value;
 * a bad enum or architecture string leaves the config unchanged.
 */
export function setParam<K extends ParamKey>(
  config: ExperimentConfig,
  key: K,
  value: ParamValue<K>,
): ExperimentConfig {
  const row = PARAMS.find((r) => r.key === key);
  if (!row) return config;
  const sanitized = sanitizeForSet(row, value);
  if (sanitized === undefined) return config;
  return withPath(config, key, sanitized);
}

/** The value a control asked for, repaired; undefined when it cannot be repaired. */
export function sanitizeForSet(row: ParamRow, value: unknown): unknown {
  if (row.kind === 'enum' || row.kind === 'string') {
    return checkParam(row as AnyParamRow, value).ok ? value : undefined;
  }
  if (value === null) return row.nullable ? null : undefined;
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  let n = Math.min(row.max ?? Infinity, Math.max(row.min ?? -Infinity, value));
  if (row.kind === 'int') n = Math.round(n);
  if (row.values) n = nearest(row.values, n);
  return canonicalNumber(n);
}

// Ties go to the smaller value: asking for 20 bits gives 8, the nearer "on" setting.
function nearest(values: readonly number[], n: number): number {
  return values.reduce((best, v) => (Math.abs(v - n) < Math.abs(best - n) ? v : best));
}

/** Immutable update of a dotted path; only known keys reach here, so no prototype surprises. */
export function withPath(config: ExperimentConfig, key: string, value: unknown): ExperimentConfig {
  const [head, field] = key.split('.');
  const c = config as unknown as Record<string, unknown>;
  if (field === undefined) return { ...c, [head]: value } as unknown as ExperimentConfig;
  const group = (c[head] ?? {}) as Record<string, unknown>;
  return { ...c, [head]: { ...group, [field]: value } } as unknown as ExperimentConfig;
}

/** The student's transfer-set size: its own setting, or the teacher's trainSize when null. */
export function effectiveStudentTrainSize(config: ExperimentConfig): number {
  return config.student.trainSize ?? config.trainSize;
}

/** Validation examples when `valSize` is empty: this share of the training examples drawn… */
export const AUTO_VAL_FRACTION = 0.1;
/** …but never more than this (the classic 55,000 / 5,000 split of MNIST's 60,000). */
export const MAX_AUTO_VAL_SIZE = 5000;

/**
 * How many validation examples a config carves from a training split of `available` examples:
 * `valSize` as written, or, when empty, 10 % of the examples trainSize draws (trainSize capped at
 * what the split holds), rounded, at most 5,000. The caller refuses a size that leaves too few
 * examples to train on (see validationProblem).
 */
export function validationSize(config: ExperimentConfig, available = Infinity): number {
  if (config.valSize !== null) return config.valSize;
  const drawn = Math.min(config.trainSize, available);
  return Math.min(MAX_AUTO_VAL_SIZE, Math.max(1, Math.round(AUTO_VAL_FRACTION * drawn)));
}

/**
 * Why a validation size cannot be carved from a training split of `available` examples, or null.
 * At most half the split: validation exists to choose settings, not to starve training.
 */
export function validationProblem(config: ExperimentConfig, available: number): string | null {
  const size = validationSize(config, available);
  const most = Math.floor(available / 2);
  return size <= most
    ? null
    : `valSize=${size} would take more than half of the ${available} training examples; use at most ${most}.`;
}
