/**
 * The runs file: what "Export JSON" writes and "Import" reads back. Import is strict: a file
 * is taken whole or not at all, so a corrupt or foreign file can never half-change the table.
 * Configs inside go through the one config schema (validateConfig), not a copy of it.
 */
import { z } from 'zod';
import type { BackendName } from '../backend';
import { validateConfig } from '../config';
import { committedPointSchema, MAX_DATE_MS } from './pointSchema';
import { MAX_CURVE_POINTS, type SavedRun } from './types';

export const RUN_FILE_FORMAT = 'compression-lab-runs';
export const RUN_FILE_VERSION = 1;
/** Far above any real export (a run is a few kB); refusing early keeps a tab from stalling. */
export const MAX_RUN_FILE_BYTES = 20_000_000;
export const MAX_RUNS_PER_FILE = 10_000;
export const MAX_RUN_NAME = 200;
export const MAX_POINTS_PER_RUN = 2000;

export interface RunFile {
  format: typeof RUN_FILE_FORMAT;
  version: typeof RUN_FILE_VERSION;
  exportedAt: string;
  runs: SavedRun[];
}

/** Why an import was refused; the UI words each code, `detail` is plain text for the message. */
export type RunFileErrorCode = 'too-large' | 'not-json' | 'foreign' | 'version' | 'invalid';
export interface RunFileError {
  code: RunFileErrorCode;
  detail: string;
}

export type RunFileResult = { ok: true; runs: SavedRun[] } | { ok: false; error: RunFileError };

const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const satisfies readonly BackendName[];

const count = z.number().int().min(0);
/**
 * A time stamp `Date` can hold (±8.64e15 ms): beyond it `new Date(t)` is invalid and
 * `Intl.DateTimeFormat.format` throws, which once left the whole app blank on every load.
 */
const timestamp = z.number().int().min(0).max(MAX_DATE_MS);
const fraction = z.number().min(0).max(1);
const summary = z.strictObject({
  accuracy: fraction,
  params: count,
  sizeBytes: count,
  trainMs: z.number().min(0),
});

const configField = z.unknown().transform((input, ctx) => {
  const checked = validateConfig(input);
  if (checked.ok) return checked.config;
  for (const e of checked.errors)
    ctx.addIssue({ code: 'custom', message: `${e.key || 'config'} = ${e.value}: ${e.reason}` });
  return z.NEVER;
});

/** One saved run; also used to check what IndexedDB hands back (an older version may differ). */
export const savedRunSchema: z.ZodType<SavedRun> = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(MAX_RUN_NAME),
  kind: z.enum(['teacher', 'students']),
  createdAt: timestamp,
  config: configField,
  backend: z.strictObject({
    name: z.enum(BACKEND_NAMES),
    adapter: z.string().max(500).nullable(),
    isFallbackAdapter: z.boolean(),
  }),
  teacher: summary,
  student: summary.nullable(),
  scratchStudent: summary.nullable(),
  curves: z.strictObject({
    step: z
      .array(
        z.strictObject({
          step: count,
          epoch: z.number().min(0),
          loss: z.number(),
          accuracy: fraction,
        }),
      )
      .max(MAX_CURVE_POINTS),
    epoch: z
      .array(
        z.strictObject({
          epoch: z.number().min(0),
          loss: z.number(),
          trainAccuracy: fraction,
          previewAccuracy: fraction,
        }),
      )
      .max(MAX_CURVE_POINTS),
  }),
  points: z.array(committedPointSchema).max(MAX_POINTS_PER_RUN),
}) as unknown as z.ZodType<SavedRun>;

const runsSchema = z.array(savedRunSchema).max(MAX_RUNS_PER_FILE);

export function toRunFile(runs: readonly SavedRun[], now: Date = new Date()): RunFile {
  return {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    exportedAt: now.toISOString(),
    runs: [...runs],
  };
}

export const runFileText = (runs: readonly SavedRun[], now?: Date): string =>
  [...runFileParts(runs, now)].join('');

/**
 * The runs file as consecutive pieces (the head, `perPart` runs at a time, the tail) whose
 * concatenation is exactly `JSON.stringify(toRunFile(runs), null, 2)` plus a newline: the page
 * builds a 5,000-run export between frames instead of in one long task.
 */
export function* runFileParts(
  runs: readonly SavedRun[],
  now: Date = new Date(),
  perPart = 100,
): Generator<string> {
  const { format, version, exportedAt } = toRunFile([], now);
  const headText = JSON.stringify({ format, version, exportedAt }, null, 2);
  // The head's closing brace goes; "runs" is the last key, as in toRunFile.
  const open = `${headText.slice(0, -2)},\n  "runs": [`;
  if (runs.length === 0) {
    yield `${open}]\n}\n`;
    return;
  }
  yield `${open}\n`;
  for (let from = 0; from < runs.length; from += perPart) {
    const slice = runs.slice(from, from + perPart);
    // Inside "runs" a run sits two levels deep: four spaces before each of its lines.
    yield slice
      .map((run, i) => {
        const last = from + i === runs.length - 1;
        return `    ${JSON.stringify(run, null, 2).replace(/\n/g, '\n    ')}${last ? '' : ','}\n`;
      })
      .join('');
  }
  yield '  ]\n}\n';
}

/** Reads an exported file; never throws. */
export function parseRunFile(text: string): RunFileResult {
  // String length counts UTF-16 units, not bytes; close enough for a guard against huge files.
  if (text.length > MAX_RUN_FILE_BYTES) {
    return fail('too-large', `${text.length} characters; the limit is ${MAX_RUN_FILE_BYTES}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail('not-json', e instanceof Error ? e.message : String(e));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('foreign', 'not a JSON object');
  }
  const file = json as Record<string, unknown>;
  if (file.format !== RUN_FILE_FORMAT) {
    return fail('foreign', `format is ${show(file.format)}, expected "${RUN_FILE_FORMAT}"`);
  }
  if (file.version !== RUN_FILE_VERSION) {
    return fail('version', `version ${show(file.version)}; this app reads ${RUN_FILE_VERSION}`);
  }
  const runs = runsSchema.safeParse(file.runs);
  if (!runs.success) {
    const issue = runs.error.issues[0];
    return fail('invalid', `${pathText(['runs', ...issue.path])}: ${issue.message}`);
  }
  return { ok: true, runs: runs.data };
}

/** True when `x` is a run this version can show. */
export const isSavedRun = (x: unknown): x is SavedRun => savedRunSchema.safeParse(x).success;

/**
 * A run read back from IndexedDB, or null. Points are the part most likely to change shape
 * between versions (the compression engine is young): a run whose points no longer validate is
 * kept without the bad points rather than lost.
 */
export function readStoredRun(x: unknown): SavedRun | null {
  const whole = savedRunSchema.safeParse(x);
  if (whole.success) return whole.data;
  if (typeof x !== 'object' || x === null) return null;
  const raw = x as { points?: unknown };
  const points = Array.isArray(raw.points)
    ? raw.points.filter((p) => committedPointSchema.safeParse(p).success)
    : [];
  const salvaged = savedRunSchema.safeParse({ ...raw, points });
  return salvaged.success ? salvaged.data : null;
}

const fail = (code: RunFileErrorCode, detail: string): RunFileResult => ({
  ok: false,
  error: { code, detail: detail.length > 300 ? `${detail.slice(0, 299)}…` : detail },
});

function show(x: unknown): string {
  if (x === undefined) return 'missing';
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** ['runs', 2, 'config'] → "runs[2].config" */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
