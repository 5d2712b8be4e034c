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
import { expandSweep } from './sweep';

const USAGE = `Usage: compression-lab run [--config <file.json | share link | query>] [--json]
                        [--sweep key=v1,v2,...]... [--teacher-only] [--latency]
                        [--data-dir public/data]

Runs an experiment of the lab in Node (wasm backend) and prints its result as JSON.
  --config   a JSON config file, a share link from the app, or a query string
  --json     print the result as one JSON document (default: a short summary)
  --sweep    run a grid over one or more keys; prints one JSON line per run
  --teacher-only  skip the distilled student and its scratch control (student: null)
  --latency  also time the compressed model (compressed.latency): tfjs-dense, structured,
             own-dense and own-sparse kernels at batch 1 and 256, p50 over interleaved runs
  --data-dir where the packed datasets are (default: public/data, made by "npm run data")`;

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
      latency: { type: 'boolean', default: false },
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
  const readData = readDataFileFromDisk(values['data-dir']);
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
