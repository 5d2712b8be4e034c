/**
 * Runs as CSV for a spreadsheet: one row per run, the metrics first, then every config key of
 * the table under its URL name, so a column means the same thing as in a share link.
 */
import type { ModelSummary } from '../experiment/events';
import { formatValue, getParam, PARAMS, toQuery } from '../config';
import type { SavedRun } from './types';

const MODELS = ['teacher', 'student', 'scratchStudent'] as const;
const METRICS = ['accuracy', 'params', 'sizeBytes', 'trainMs'] as const;

/**
 * The CSV as consecutive pieces (the header, then `perPart` rows at a time) whose concatenation
 * is the whole file: the page builds a 5,000-run export between frames, not in one long task.
 */
export function* runsToCsvParts(runs: readonly SavedRun[], perPart = 200): Generator<string> {
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
  // CRLF, as RFC 4180 has it; spreadsheets read either.
  yield line(header);
  for (let from = 0; from < runs.length; from += perPart) {
    yield runs
      .slice(from, from + perPart)
      .map((run) => line(row(run)))
      .join('');
  }
}

const line = (cells: readonly string[]): string => `${cells.map(cell).join(',')}\r\n`;

const row = (run: SavedRun): string[] => [
  text(run.id),
  text(run.name),
  text(run.kind),
  isoDate(run.createdAt),
  text(run.backend.name),
  text(run.backend.adapter ?? ''),
  ...MODELS.flatMap((m) => METRICS.map((k) => metric(run[m], k))),
  ...PARAMS.map((p) => text(formatValue(getParam(run.config, p.key)))),
  String(run.points.length),
  text(toQuery(run.config)),
];

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
