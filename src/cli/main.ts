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

const USAGE = `Usage: compression-lab run [--config <file.json | share link | query>] [--json]
                        [--sweep key=v1,v2,...]... [--teacher-only] [--data-dir public/data]
                        [--data <folder | file.csv | file.clds> [--label col] [--image-size 28] [--rgb]]

Runs an experiment of the lab in Node (wasm backend) and prints its result as JSON.
  --config   a JSON config file, a share link from the app, or a query string
  --json     print the result as one JSON document (default: a short summary)
  --sweep    run a grid over one or more keys; prints one JSON line per run
  --teacher-only  skip the distilled student and its scratch control (student: null)
  --data-dir where the packed datasets are (default: public/data, made by "npm run data")
  --data     your own data, as the app imports it: a folder of PNGs in class sub-folders (or
             PNGs with a CSV of file,label), a tabular CSV (label column: --label, default the
             last), or a .clds file exported from the app; sets dataset=user:<name>@<hash>
  --image-size  side images are resized to (default 28); --rgb keeps colour (default gray)`;

function warn(notices: ConfigNotice[]): void {
  for (const n of notices)
    process.stderr.write(`config: ignored ${n.key}=${n.value}: ${n.reason} (using ${n.used})\n`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      sweep: { type: 'string', multiple: true, default: [] },
      'data-dir': { type: 'string', default: 'public/data' },
      'teacher-only': { type: 'boolean', default: false },
      data: { type: 'string' },
      label: { type: 'string', default: '' },
      'image-size': { type: 'string', default: '28' },
      rgb: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals[0] !== 'run') {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  let base: ExperimentConfig = defaultConfig();
  if (values.config) {
    const loaded = await loadConfigSource(values.config);
    warn(loaded.notices);
    base = loaded.config;
  }
  let readData = readDataFileFromDisk(values['data-dir']);
  if (values.data) {
    const imageSize = Number(values['image-size']);
    if (!Number.isInteger(imageSize) || imageSize < 4 || imageSize > 64) {
      process.stderr.write(
        `--image-size ${values['image-size']}: expected a whole number in 4..64\n`,
      );
      return 2;
    }
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
      process.stderr.write(`--data ${values.data}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  // Each swept value goes through the same URL codec as a share link, so it is validated by the
  // one schema and a bad value is refused with the schema's own reason.
  const configs = expandSweep(base, values.sweep, (c, key, raw) => {
    const { config, notices } = parseQuery(
      `${toQuery(c)}&${encodeURIComponent(key)}=${encodeURIComponent(raw)}`,
    );
    if (notices.length > 0) throw new Error(`--sweep ${key}=${raw}: ${notices[0].reason}`);
    return config;
  });

  // Node has no WebGPU or WebGL: 'auto' means wasm here, the fastest backend Node has, except
  // for CNNs, which wasm cannot train (no convolution gradient), so those get cpu.
  const wantsCnn = configs.some((c) => c.teacher.arch.startsWith('cnn:'));
  const requested: BackendRequest =
    base.backend === 'auto' ? (wantsCnn ? 'cpu' : 'wasm') : base.backend;
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
      { students: !values['teacher-only'], cache },
    );
    if (values.json || configs.length > 1) {
      process.stdout.write(`${JSON.stringify(result, null, configs.length > 1 ? 0 : 2)}\n`);
    } else {
      const line = (
        name: string,
        arch: string,
        m: { accuracy: number; params: number; sizeBytes: number } | null,
      ) =>
        m &&
        `${name.padEnd(15)} ${arch.padEnd(12)} ${(m.accuracy * 100).toFixed(2).padStart(6)} %  ${m.params} parameters  ${m.sizeBytes} bytes\n`;
      process.stdout.write(
        [
          `${config.dataset}, ${(result.timings.totalMs / 1000).toFixed(1)} s on ${result.backend}\n`,
          line('teacher', config.teacher.arch, result.teacher),
          line('student', config.student.arch, result.student),
          line('scratch student', config.student.arch, result.scratchStudent),
          result.compressed &&
            `${`compressed ${result.compressed.target}`.padEnd(28)} ${(result.compressed.accuracy * 100).toFixed(2).padStart(6)} %  ${result.compressed.params} non-zero parameters  ${result.compressed.sizeBytes} bytes (${result.compressed.ratio.toFixed(1)}× smaller, sparsity ${result.compressed.sparsity.toFixed(3)}, ${result.compressed.bits} bits)\n`,
        ]
          .filter(Boolean)
          .join(''),
      );
    }
  }
  if (tf.memory().numTensors !== 0)
    process.stderr.write(`warning: ${tf.memory().numTensors} tensors still allocated\n`);
  return 0;
}
