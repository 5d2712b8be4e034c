/**
 * Runs as CSV for a spreadsheet: one row per run, the metrics first, then every config key of
 * the table under its URL name, so a column means the same thing as in a share link.
 */
import type { ModelSummary } from '../experiment/events';
import { formatValue, getParam, PARAMS, toQuery } from '../config';
import type { SavedRun } from './types';

const MODELS = ['teacher', 'student', 'scratchStudent'] as const;
const METRICS = ['accuracy', 'params', 'sizeBytes', 'trainMs'] as const;

export function runsToCsv(runs: readonly SavedRun[]): string {
  const header = [
    'id',
    'name',
    'kind',
    'createdAt',
    'backend',
    'adapter',
    ...MODELS.flatMap((m) => METRICS.map((k) => `${m}_${k}`)),
    ...PARAMS.map((row) => row.key),
    'compressionPoints',
    'query',
  ];
  const rows = runs.map((run) => [
    text(run.id),
    text(run.name),
    text(run.kind),
    isoDate(run.createdAt),
    text(run.backend.name),
    text(run.backend.adapter ?? ''),
    ...MODELS.flatMap((m) => METRICS.map((k) => metric(run[m], k))),
    ...PARAMS.map((row) => text(formatValue(getParam(run.config, row.key)))),
    String(run.points.length),
    text(toQuery(run.config)),
  ]);
  // CRLF, as RFC 4180 has it; spreadsheets read either.
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const metric = (m: ModelSummary | null, key: (typeof METRICS)[number]): string =>
  m === null ? '' : String(m[key]);

/**
 * A text starting with = + - @ (or a tab / carriage return) would run as a formula in a
 * spreadsheet (CSV injection, OWASP): a leading apostrophe makes it plain text. Every text cell
 * goes through this, ids included (an imported file chooses them); only numbers we format skip it.
 */
function text(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** A stored date as ISO text; an out-of-range one (an older file) reads as empty, not a throw. */
function isoDate(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function cell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
