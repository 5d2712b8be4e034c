import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

/** Runs the CLI in-process with captured output (every case here stops before training). */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr, lines: stderr.split('\n').filter((l) => l !== '') };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cl-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CLI bad input: exit 2, one readable line per problem, no stack trace', () => {
  it('unknown keys and out-of-range values are errors, one line each', async () => {
    const r = await cli('run', '--config', 'bogus=1&trainSize=99999999&quant.bits=4');
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'error: --config: bogus = 1: unknown key',
      expect.stringMatching(/^error: --config: trainSize = 99999999: .*60000/),
    ]);
    expect(r.stdout).toBe('');
  });

  it('a JSON string or array is an error, not the defaults', async () => {
    for (const [name, text] of [
      ['string.json', '"dataset=mnist"'],
      ['array.json', '[1, 2]'],
    ]) {
      await writeFile(join(dir, name), text);
      const r = await cli('run', '--config', join(dir, name));
      expect(r.code, name).toBe(2);
      expect(r.lines, name).toEqual([
        expect.stringMatching(/^error: --config: config = .*expected a JSON object of settings$/),
      ]);
    }
  });

  it('reads a path that exists as a file even when its name contains "="', async () => {
    const file = join(dir, 'a=b.json');
    await writeFile(file, JSON.stringify({ trainSize: 500 }));
    // Read as a query it would be the unknown key "…/a"; as a file it is valid, and the run
    // stops at the sweep cap instead.
    const r = await cli('run', '--config', file, '--sweep', 'seed=1,2,3', '--max-runs', '2');
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'error: --sweep expands to 3 runs; the limit is 2 (raise it with --max-runs)',
    ]);
  });

  it('never echoes the contents of a file that is not a config', async () => {
    const file = join(dir, 'passwd');
    await writeFile(file, 'root:x:0:0:SECRET-LINE:/root:/bin/bash\n');
    const r = await cli('run', '--config', file);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^error: --config: Config file ".*passwd" is not valid JSON/);
    expect(r.stderr).not.toMatch(/root|SECRET/);
  });

  it('caps sweeps at 1,000 runs by default', async () => {
    const seeds = Array.from({ length: 11 }, (_, i) => i).join(',');
    const r = await cli(
      'run',
      '--sweep',
      `seed=${seeds}`,
      '--sweep',
      `quant.bits=${seeds}`,
      '--sweep',
      'train.batchSize=8,16,32,64,128,256,512,1024,2048',
    );
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'error: --sweep expands to 1089 runs; the limit is 1000 (raise it with --max-runs)',
    ]);
  });

  it('a bad swept value and a malformed --sweep are usage errors', async () => {
    expect((await cli('run', '--sweep', 'quant.bits=3,99')).lines).toEqual([
      expect.stringMatching(/^error: --sweep: quant\.bits = 99: /),
    ]);
    const r = await cli('run', '--sweep', 'nokey');
    expect(r.code).toBe(2);
    expect(r.lines).toEqual(['error: --sweep needs key=v1,v2,...; got "nokey"']);
  });

  it('a run estimated over the time limit is refused with the nearest config that fits', async () => {
    const huge =
      'dataset=mnist&trainSize=60000&teacher.arch=mlp:2048-2048-2048-2048&teacher.epochs=200&train.batchSize=8';
    const r = await cli('run', '--config', huge, '--teacher-only');
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'error: This run would take at least 28.5 h on wasm; the limit is 1.0 h. Try teacher.epochs=6, or raise the limit with --max-hours.',
    ]);
    // The flag moves the limit: at 2 hours, 13 epochs fit.
    const raised = await cli('run', '--config', huge, '--teacher-only', '--max-hours', '2');
    expect(raised.lines).toEqual([
      expect.stringMatching(/limit is 2\.0 h\. Try teacher\.epochs=13,/),
    ]);
    for (const bad of ['0', 'x', 'Infinity']) {
      const r2 = await cli('run', '--max-hours', bad);
      expect(r2.code).toBe(2);
      expect(r2.lines).toEqual([`error: --max-hours ${bad}: expected a number of hours > 0`]);
    }
  });

  it('a --data-dir that is not a folder is one line', async () => {
    const r = await cli('run', '--data-dir', join(dir, 'missing'));
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/^error: --data-dir .*missing: not a folder/)]);
  });

  it('an unknown option is one line too', async () => {
    const r = await cli('run', '--nope');
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^error: .*--nope/);
  });

  it('a folder without the datasets fails the run with one line (exit 1), no stack', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    const r = await cli('run', '--data-dir', empty, '--config', 'trainSize=100&teacher.epochs=1');
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      /^error: Data file "manifest.json" is missing .*not found; run `npm run data` first\)$/,
    );
  });
});
