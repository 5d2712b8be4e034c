import { describe, expect, it } from 'vitest';
import { PARAMS } from '../config';
import { runsToCsvParts } from './csv';
import { testRun } from './testRun';
import type { SavedRun } from './types';

/** Minimal RFC 4180 reader, enough to check what the writer produced. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** The whole file, as the export joins its parts. */
const runsToCsv = (runs: readonly SavedRun[]): string => [...runsToCsvParts(runs)].join('');

describe('runsToCsvParts', () => {
  it('writes a header with metrics and every config key, then one row per run', () => {
    const rows = readCsv(runsToCsv([testRun()]));
    expect(rows).toHaveLength(2);
    const [header, row] = rows;
    expect(header.slice(0, 7)).toEqual([
      'id',
      'name',
      'kind',
      'createdAt',
      'backend',
      'adapter',
      'teacher_accuracy',
    ]);
    for (const p of PARAMS) expect(header).toContain(p.key);
    const at = (key: string) => row[header.indexOf(key)];
    expect(at('teacher_accuracy')).toBe('0.9123');
    expect(at('student_accuracy')).toBe('');
    expect(at('createdAt')).toBe('2025-01-02T03:04:05.000Z');
    expect(at('teacher.arch')).toBe('mlp:32');
    expect(at('student.trainSize')).toBe('null');
    expect(at('compressionPoints')).toBe('0');
    expect(at('query')).toBe('v=1&trainSize=1000&teacher.arch=mlp:32');
  });

  it('quotes commas, quotes and newlines, and defuses formulas in names', () => {
    const runs = [
      testRun({ name: 'a, "b"\nc' }),
      testRun({
        name: '=HYPERLINK("http://x")',
        backend: { name: 'webgpu', adapter: '@x', isFallbackAdapter: true },
      }),
    ];
    const rows = readCsv(runsToCsv(runs));
    expect(rows[1][1]).toBe('a, "b"\nc');
    expect(rows[2][1]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[2][5]).toBe(`'@x`);
  });

  it('defuses a formula in every text cell, ids included (an imported file picks them)', () => {
    const rows = readCsv(runsToCsv([testRun({ id: '=HYPERLINK("http://x")', name: '+1' })]));
    expect(rows[1][0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1][1]).toBe(`'+1`);
    for (const value of rows[1]) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('comes in pieces of rows, each ending a line, that join to the whole file', () => {
    const runs = Array.from({ length: 5 }, (_, i) => testRun({ id: `-r${i}`, name: `a,${i}` }));
    const parts = [...runsToCsvParts(runs, 2)];
    // The header, then rows 2 + 2 + 1.
    expect(parts).toHaveLength(4);
    for (const part of parts) expect(part.endsWith('\r\n')).toBe(true);
    const rows = readCsv(parts.join(''));
    expect(rows.slice(1).map((r) => r[0])).toEqual(runs.map((r) => `'${r.id}`));
    expect(rows.slice(1).map((r) => r[1])).toEqual(runs.map((r) => r.name));
  });
});
