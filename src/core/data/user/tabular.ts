import Papa from 'papaparse';
import type { ColumnReport } from './format';
import type { ImportProblem } from './problems';

/** Cells that mean "no value". */
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', '?']);
const isMissing = (cell: string) => MISSING.has(cell.trim().toLowerCase());
const MISSING_CATEGORY = '(missing)';

export interface Table {
  header: string[];
  rows: string[][];
}

/**
 * Parses CSV text with papaparse (quoted fields, embedded commas and newlines, any line ending,
 * a delimiter it detects). Blank lines are skipped; a row whose field count differs from the
 * header's is a problem, reported with its 1-based line number in the data (header = row 1).
 */
export function parseCsv(text: string): { ok: true; table: Table } | { ok: false; problems: ImportProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) return { ok: false, problems: [{ code: 'empty-csv' }] };
  const problems: ImportProblem[] = [];
  rows.forEach((r, i) => {
    if (r.length !== header.length && problems.length < 10)
      problems.push({ code: 'ragged', row: i + 2, fields: r.length, expected: header.length });
  });
  return problems.length ? { ok: false, problems } : { ok: true, table: { header, rows } };
}

export interface TabularFeatures {
  /** n × featureNames.length, row-major: numeric columns standardised, categories one-hot. */
  features: Float32Array;
  featureNames: string[];
  labels: Uint8Array;
  classNames: string[];
  columns: ColumnReport[];
  labelColumn: string;
}

/** Class names sorted as numbers when every label is a whole number, else as text. */
function classesOf(values: string[]): string[] {
  const distinct = [...new Set(values)];
  const numeric = distinct.every((v) => /^-?\d+$/.test(v));
  return numeric
    ? distinct.sort((a, b) => Number(a) - Number(b))
    : distinct.sort((a, b) => a.localeCompare(b));
}

/**
 * Features and labels from a table. The label column (by name; empty = the last column) gives
 * the classes. A column whose present values all parse as numbers is numeric: standardised to
 * mean 0 and standard deviation 1, missing values set to the mean (0 after standardising). Any
 * other column is categorical: one-hot, with missing values as their own category.
 */
export function tabularFeatures(
  table: Table,
  labelColumn: string,
): { ok: true; value: TabularFeatures } | { ok: false; problems: ImportProblem[] } {
  const label = labelColumn.trim() || table.header[table.header.length - 1];
  const labelIndex = table.header.indexOf(label);
  if (labelIndex < 0)
    return {
      ok: false,
      problems: [{ code: 'no-label-column', column: label, columns: table.header }],
    };
  const problems: ImportProblem[] = [];
  const labelValues = table.rows.map((r) => r[labelIndex].trim());
  labelValues.forEach((v, i) => {
    if (isMissing(v) && problems.length < 10) problems.push({ code: 'missing-label', row: i + 2 });
  });
  // Mostly whole-number labels with a few others: a typo, not a class of its own.
  const present = labelValues.filter((v) => !isMissing(v));
  const whole = present.filter((v) => /^-?\d+$/.test(v)).length;
  if (whole > 0 && whole < present.length && whole >= present.length / 2) {
    labelValues.forEach((v, i) => {
      if (!isMissing(v) && !/^-?\d+$/.test(v) && problems.length < 10)
        problems.push({ code: 'non-numeric-label', row: i + 2, value: v });
    });
  }
  const featureColumns = table.header.map((_, c) => c).filter((c) => c !== labelIndex);
  if (featureColumns.length === 0) problems.push({ code: 'no-features' });
  if (problems.length) return { ok: false, problems };

  const classNames = classesOf(labelValues);
  const classOf = new Map(classNames.map((name, c) => [name, c]));
  const labels = Uint8Array.from(labelValues, (v) => classOf.get(v)!);
  const n = table.rows.length;
  const columns: ColumnReport[] = [];
  const featureNames: string[] = [];
  const encoders: ((row: string[], out: Float32Array, at: number) => void)[] = [];
  for (const c of featureColumns) {
    const name = table.header[c];
    const cells = table.rows.map((r) => r[c].trim());
    const missing = cells.filter(isMissing).length;
    const numbers = cells.map((v) => (isMissing(v) ? NaN : Number(v)));
    const numeric = cells.every((v, i) => isMissing(v) || Number.isFinite(numbers[i]));
    if (numeric && missing < n) {
      const known = numbers.filter((v) => !Number.isNaN(v));
      const mean = known.reduce((a, b) => a + b, 0) / known.length;
      const std = Math.sqrt(known.reduce((a, b) => a + (b - mean) ** 2, 0) / known.length);
      columns.push({ name, kind: 'numeric', missing, mean, std });
      featureNames.push(name);
      encoders.push((row, out, at) => {
        const v = isMissing(row[c].trim()) ? mean : Number(row[c]);
        out[at] = std > 0 ? (v - mean) / std : 0;
      });
    } else {
      const categories = [...new Set(cells.map((v) => (isMissing(v) ? MISSING_CATEGORY : v)))].sort();
      columns.push({ name, kind: 'categorical', missing, categories });
      const index = new Map(categories.map((cat, j) => [cat, j]));
      featureNames.push(...categories.map((cat) => `${name}=${cat}`));
      encoders.push((row, out, at) => {
        const v = row[c].trim();
        out[at + index.get(isMissing(v) ? MISSING_CATEGORY : v)!] = 1;
      });
    }
  }
  const width = featureNames.length;
  const features = new Float32Array(n * width);
  table.rows.forEach((row, i) => {
    let at = i * width;
    encoders.forEach((encode, e) => {
      encode(row, features, at);
      const col = columns[e];
      at += col.kind === 'numeric' ? 1 : col.categories!.length;
    });
  });
  return {
    ok: true,
    value: { features, featureNames, labels, classNames, columns, labelColumn: label },
  };
}
