import { describe, expect, it } from 'vitest';
import {
  MAX_RUN_FILE_BYTES,
  parseRunFile,
  readStoredRun,
  runFileParts,
  runFileText,
  toRunFile,
} from './runFile';
import { testPoint, testRun } from './testRun';
import type { SavedRun } from './types';

const students = testRun({
  id: 'run-b',
  kind: 'students',
  student: { accuracy: 0.88, params: 2000, sizeBytes: 8000, trainMs: 10 },
  scratchStudent: { accuracy: 0.85, params: 2000, sizeBytes: 8000, trainMs: 9 },
  curves: { step: [], epoch: [] },
  backend: { name: 'webgpu', adapter: 'Google SwiftShader', isFallbackAdapter: true },
});
const withPoints = testRun({ id: 'run-c', points: [testPoint('p1'), testPoint('p2')] });
const good = () =>
  JSON.parse(runFileText([testRun(), students, withPoints])) as Record<string, unknown>;
const parse = (file: unknown) => parseRunFile(JSON.stringify(file));

describe('parseRunFile', () => {
  it('reads back exactly what was exported', () => {
    const text = runFileText([testRun(), students, withPoints], new Date(Date.UTC(2025, 5, 1)));
    expect(JSON.parse(text)).toMatchObject({
      format: 'compression-lab-runs',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(parseRunFile(text)).toEqual({ ok: true, runs: [testRun(), students, withPoints] });
  });

  it('accepts an empty export', () => {
    expect(parseRunFile(runFileText([]))).toEqual({ ok: true, runs: [] });
  });

  it('refuses truncated JSON as not JSON', () => {
    const text = runFileText([testRun()]);
    const r = parseRunFile(text.slice(0, text.length / 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not-json');
  });

  it('refuses another version, naming it', () => {
    const r = parse({ ...good(), version: 2 });
    expect(r).toEqual({
      ok: false,
      error: { code: 'version', detail: 'version 2; this app reads 1' },
    });
  });

  it('refuses foreign JSON: an array, a config file, a missing format', () => {
    for (const foreign of [[1, 2], { dataset: 'mnist' }, 'runs', null, { runs: [] }]) {
      const r = parse(foreign);
      expect(r.ok, JSON.stringify(foreign)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('foreign');
    }
  });

  it('refuses a file with a bad config inside, naming the run and the key', () => {
    const file = good();
    const runs = file.runs as Record<string, unknown>[];
    runs[1] = { ...runs[1], config: { ...(runs[1].config as object), trainSize: 5 } };
    const r = parse(file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.detail).toMatch(/^runs\[1\]\.config: trainSize = 5: .*100\.\.60000/);
    }
  });

  it('refuses markup or unknown keys in a config and unknown fields in a run', () => {
    const withMarkup = good();
    (withMarkup.runs as { config: { teacher: { arch: string } } }[])[0].config.teacher.arch =
      '<img src=x onerror=alert(1)>';
    const withExtra = good();
    (withExtra.runs as Record<string, unknown>[])[0].script = 'x';
    for (const file of [withMarkup, withExtra]) {
      const r = parse(file);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid');
    }
  });

  it('refuses wrong types and impossible numbers', () => {
    const cases: [string, unknown][] = [
      ['teacher', { accuracy: 1.5, params: 1, sizeBytes: 4, trainMs: 1 }],
      ['createdAt', 'yesterday'],
      ['backend', { name: 'quantum', adapter: null, isFallbackAdapter: false }],
      ['name', 42],
    ];
    for (const [key, value] of cases) {
      const file = good();
      (file.runs as Record<string, unknown>[])[0][key] = value;
      const r = parse(file);
      expect(r.ok, key).toBe(false);
      if (!r.ok) expect(r.error.detail, key).toMatch(new RegExp(`^runs\\[0\\]\\.${key}`));
    }
  });

  it('refuses a point whose settings name a key outside the parameter table', () => {
    const file = good();
    const runs = file.runs as { points: { point: { settings: Record<string, string> } }[] }[];
    runs[2].points[1].point.settings = { 'prune.sparsity': '0.5', onclick: 'alert(1)' };
    const r = parse(file);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.detail).toMatch(
        /^runs\[2\]\.points\[1\]\.point\.settings: .*not an experiment parameter/,
      );
  });

  it('keeps a stored run whose points no longer validate, without those points', () => {
    const stored = JSON.parse(JSON.stringify(withPoints)) as { points: { point: object }[] };
    stored.points[0].point = { ...stored.points[0].point, futureField: 1 };
    expect(readStoredRun(stored)).toEqual({ ...withPoints, points: [testPoint('p2')] });
    expect(readStoredRun({ ...withPoints, teacher: null })).toBeNull();
    expect(readStoredRun('junk')).toBeNull();
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"format":"compression-lab-runs","pad":"${'x'.repeat(MAX_RUN_FILE_BYTES)}"}`;
    const r = parseRunFile(huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-large');
  });

  it('writes a file whose runs are copies, not the caller array', () => {
    const runs = [testRun()];
    expect(toRunFile(runs).runs).not.toBe(runs);
  });

  it('refuses a date Date cannot hold (it used to import, then blank the app on every load)', () => {
    const file = good();
    (file.runs as { createdAt: number }[])[1].createdAt = 8640000000000001;
    const r = parse(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.detail).toMatch(/^runs\[1\]\.createdAt: /);
    expect(readStoredRun({ ...testRun(), createdAt: 8640000000000001 })).toBeNull();
    expect(readStoredRun({ ...testRun(), createdAt: 8640000000000000 })).not.toBeNull();
  });
});

describe('runFileParts', () => {
  const when = new Date(Date.UTC(2025, 5, 1));
  const whole = (runs: SavedRun[]) => `${JSON.stringify(toRunFile(runs, when), null, 2)}\n`;

  it('joins to exactly the one-piece file, for none, one and several parts of runs', () => {
    const runs = Array.from({ length: 7 }, (_, i) =>
      testRun({ id: `r${i}`, name: `run "${i}"\nline`, points: i === 3 ? [testPoint()] : [] }),
    );
    for (const count of [0, 1, 7]) {
      const parts = [...runFileParts(runs.slice(0, count), when, 3)];
      expect(parts.join('')).toBe(whole(runs.slice(0, count)));
    }
    // The head, ceil(7 / 3) = 3 pieces of runs, the tail.
    expect([...runFileParts(runs, when, 3)]).toHaveLength(5);
    expect(parseRunFile(runFileText(runs, when))).toEqual({ ok: true, runs });
  });
});
