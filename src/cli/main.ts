import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../core/backend';
import type { BackendRequest } from '../core/backend';
import { defaultConfig, parseQuery, toQuery } from '../core/config';
import type { ConfigNotice, ExperimentConfig } from '../core/config';
import { runExperiment, TrainedCache } from '../core/experiment/runExperiment';
import { loadConfigSource } from './configSource';
import { progressPrinter } from './progress';
import { readDataFileFromDisk } from './readData';
import { loadOwnData } from './ownData';
import { expandSweep } from './sweep';
import { methodsText } from './methods';
import { checkCompression, refusalText } from '../core/compress/registry';
import { asksCompression } from '../core/experiment/compress/asks';
import { distillRefusals } from '../core/distill/attentionRules';
import {
  checkRunTime,
  describeTimeRefusal,
  skipsTimeCheck,
  TRAINING_MACS_PER_SECOND,
} from '../core/experiment/timeCheck';
import type { BudgetBackend } from '../core/model/memoryEstimate';

/** A sweep larger than this is almost always a typo (a 1000×128×21 grid ran silently). */
export const DEFAULT_MAX_RUNS = 1000;

const USAGE = `Usage: compression-lab run [--config <file.json | share link | query>] [--json]
                        [--sweep key=v1,v2,...]... [--teacher-only] [--latency]
                        [--data-dir public/data] [--max-runs N] [--max-hours H]
                        [--data <folder | file.zip | file.csv | file.clds> [--label col] [--image-size 28] [--rgb]]
       compression-lab methods [--json]

run: runs an experiment of the lab in Node (wasm backend) and prints its result as JSON. A
combination of methods the engine refuses is not run: its reasons go to stderr (and, with
--json, to {"compressed": {"refused": true, "notes": [...]}}) and the exit status is 2.
methods: lists every compression method (name, kind, description, config keys).
  --config   a JSON config file, a share link from the app, or a query string
  --json     print the result as one JSON document (default: a short summary)
  --sweep    run a grid over one or more keys; prints one JSON line per run
  --teacher-only  skip the distilled student and its scratch control (student: null)
  --latency  also time the compressed model (compressed.latency): tfjs-dense, structured,
             own-dense and own-sparse kernels at batch 1 and 256, p50 over interleaved runs
  --data-dir where the packed datasets are (default: public/data, made by "npm run data")
  --max-runs the most runs a sweep may expand to (default ${DEFAULT_MAX_RUNS})
  --max-hours  the longest a run may be estimated to take before it is refused, as in the app
             (default 1; the estimate is a lower bound, see docs/HARDENING.md)
  --data     your own data, as the app imports it: a folder of PNGs in class sub-folders or a
             zip of one (or PNGs with a CSV of file,label), a tabular CSV (label column:
             --label, default the last), or a .clds file exported from the app; sets
             dataset=user:<name>@<hash>
  --image-size  side images are resized to (default 28); --rgb keeps colour (default gray)

Exit codes: 0 done, 1 the run failed, 2 invalid arguments or config (one line per problem).`;

/** Bad input: printed as one line per problem, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** The CLI is strict where the app is lenient: a script must not silently run defaults. */
function refuseNotices(notices: ConfigNotice[], where: string): void {
  if (notices.length === 0) return;
  throw new UsageError(
    notices.map(
      (n) => `${where}: ${n.key || 'config'}${n.value === '' ? '' : ` = ${n.value}`}: ${n.reason}`,
    ),
  );
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the CLI; never throws: errors become one line each on stderr and an exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      for (const p of e.problems) io.stderr(`error: ${oneLine(p)}\n`);
      return 2;
    }
    io.stderr(`error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** The first line of a message, at most 300 characters (wasm glue errors run to 40 kB). */
const oneLine = (text: string) => {
  const first = text.split('\n')[0];
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
};

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
        sweep: { type: 'string', multiple: true, default: [] },
        'data-dir': { type: 'string', default: 'public/data' },
        'max-runs': { type: 'string', default: String(DEFAULT_MAX_RUNS) },
        'max-hours': { type: 'string', default: '1' },
        'teacher-only': { type: 'boolean', default: false },
        latency: { type: 'boolean', default: false },
        data: { type: 'string' },
        label: { type: 'string', default: '' },
        'image-size': { type: 'string', default: '28' },
        rgb: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError([(e as Error).message]);
  }
  const { values, positionals } = parsed;
  if (positionals[0] === 'methods' && !values.help) {
    io.stdout(methodsText(values.json));
    return 0;
  }
  if (values.help || positionals[0] !== 'run') {
    io.stdout(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const maxRuns = Number(values['max-runs']);
  if (!Number.isSafeInteger(maxRuns) || maxRuns < 1)
    throw new UsageError([`--max-runs ${values['max-runs']}: expected a whole number ≥ 1`]);
  const maxHours = Number(values['max-hours']);
  if (!Number.isFinite(maxHours) || maxHours <= 0)
    throw new UsageError([`--max-hours ${values['max-hours']}: expected a number of hours > 0`]);
  let base: ExperimentConfig = defaultConfig();
  if (values.config) {
    let loaded;
    try {
      loaded = await loadConfigSource(values.config);
    } catch (e) {
      throw new UsageError([`--config: ${(e as Error).message}`]);
    }
    refuseNotices(loaded.notices, '--config');
    base = loaded.config;
  }
  const gridSize = sweepSize(values.sweep);
  if (gridSize > maxRuns)
    throw new UsageError([
      `--sweep expands to ${gridSize} runs; the limit is ${maxRuns} (raise it with --max-runs)`,
    ]);
  const dataDir = values['data-dir'];
  if (!values.data && !isDirectory(dataDir))
    throw new UsageError([`--data-dir ${dataDir}: not a folder (run \`npm run data\` first)`]);
  let readData = readDataFileFromDisk(dataDir);
  if (values.data) {
    const imageSize = Number(values['image-size']);
    if (!Number.isInteger(imageSize) || imageSize < 4 || imageSize > 64)
      throw new UsageError([
        `--image-size ${values['image-size']}: expected a whole number in 4..64`,
      ]);
    try {
      const own = await loadOwnData(
        values.data,
        base,
        { labelColumn: values.label, imageSize, channels: values.rgb ? 3 : 1 },
        readData,
      );
      base = own.config;
      readData = own.readData;
    } catch (e) {
      throw new UsageError([`--data ${values.data}: ${(e as Error).message}`]);
    }
  }
  // Each swept value goes through the same URL codec as a share link, so it is validated by the
  // one schema and a bad value is refused with the schema's own reason.
  const configs = sweepGrid(base, values.sweep);

  // Refused combinations stop before any training: nothing is silently replaced.
  const refused = configs.flatMap((c) =>
    [...distillRefusals(c), ...(asksCompression(c) ? checkCompression(c).refusals : [])].map(
      refusalText,
    ),
  );
  if (refused.length > 0) {
    for (const line of refused) io.stderr(`refused: ${line}\n`);
    if (values.json)
      io.stdout(
        `${JSON.stringify({ compressed: { refused: true, notes: [...new Set(refused)] } }, null, 2)}\n`,
      );
    return 2;
  }

  // Node has no WebGPU or WebGL: 'auto' means wasm here, the fastest backend Node has, except
  // for CNNs, which wasm cannot train (no convolution gradient), so those get cpu.
  const wantsCnn = configs.some((c) => c.teacher.arch.startsWith('cnn:'));
  const requested: BackendRequest =
    base.backend === 'auto' ? (wantsCnn ? 'cpu' : 'wasm') : base.backend;
  // The app's time gate (timeCheck.ts): a typo in a script must not start a run of many hours.
  const timeBackend: BudgetBackend =
    requested in TRAINING_MACS_PER_SECOND ? (requested as BudgetBackend) : 'wasm';
  const tooLong = new Set(
    configs.flatMap((c) =>
      skipsTimeCheck(c)
        ? []
        : (values['teacher-only'] ? (['teacher'] as const) : (['teacher', 'students'] as const))
            .map((kind) => checkRunTime(c, kind, timeBackend, maxHours * 3600))
            .filter((check) => check.over)
            .map((check) => describeTimeRefusal(check, ', or raise the limit with --max-hours')),
    ),
  );
  if (tooLong.size > 0) throw new UsageError([...tooLong]);
  const backend = await initBackend(requested);
  const onEvent = progressPrinter();
  // A sweep over compression keys trains the models once and compresses them many times.
  const cache = new TrainedCache();
  for (const config of configs) {
    const result = await runExperiment(
      config,
      backend,
      readData,
      { onEvent },
      { students: !values['teacher-only'], cache, latency: values.latency },
    );
    if (values.json || configs.length > 1) {
      io.stdout(`${JSON.stringify(result, null, configs.length > 1 ? 0 : 2)}\n`);
    } else {
      const line = (
        name: string,
        arch: string,
        m: { accuracy: number; valAccuracy?: number; params: number; sizeBytes: number } | null,
      ) =>
        m &&
        `${name.padEnd(15)} ${arch.padEnd(12)} ${(m.accuracy * 100).toFixed(2).padStart(6)} % test${m.valAccuracy === undefined ? '' : ` (${(m.valAccuracy * 100).toFixed(2)} % validation)`}  ${m.params} parameters  ${m.sizeBytes} bytes\n`;
      io.stdout(
        [
          `${config.dataset}, ${(result.timings.totalMs / 1000).toFixed(1)} s on ${result.backend}; ${result.splits.teacherTrain} examples trained on, ${result.splits.validation} validation, ${result.splits.test} test\n`,
          line('teacher', config.teacher.arch, result.teacher),
          line('student', config.student.arch, result.student),
          line('scratch student', config.student.arch, result.scratchStudent),
          result.compressed &&
            result.compressed.notes.map((n) => `note: ${n}\n`).join('') +
              `${`compressed ${result.compressed.target}`.padEnd(28)} ${(result.compressed.accuracy * 100).toFixed(2).padStart(6)} %  ${result.compressed.params} non-zero parameters  ${result.compressed.sizeBytes} bytes (${result.compressed.ratio.toFixed(1)}× smaller, sparsity ${result.compressed.sparsity.toFixed(3)}, ${result.compressed.bits} bits)\n`,
        ]
          .filter(Boolean)
          .join(''),
      );
    }
  }
  if (tf.memory().numTensors !== 0)
    io.stderr(`warning: ${tf.memory().numTensors} tensors still allocated\n`);
  return 0;
}

/** Runs a sweep would expand to, counted before building any of them. */
function sweepSize(sweeps: string[]): number {
  let size = 1;
  for (const sweep of sweeps) {
    const values = sweep
      .slice(sweep.indexOf('=') + 1)
      .split(',')
      .filter((v) => v.length > 0);
    size *= Math.max(1, values.length);
  }
  return size;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The sweep's grid, each value validated by the schema; a bad one is a usage error. */
function sweepGrid(base: ExperimentConfig, sweeps: string[]): ExperimentConfig[] {
  try {
    return expandSweep(base, sweeps, (c, key, raw) => {
      const { config, notices } = parseQuery(
        `${toQuery(c)}&${encodeURIComponent(key)}=${encodeURIComponent(raw)}`,
      );
      refuseNotices(notices, '--sweep');
      return config;
    });
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError([(e as Error).message]);
  }
}
