/**
 * `npm run reproduce -- lottery | synflow | engine [--train-size N] [--epochs N] [--seed N]`:
 * the compression-engine tables, each next to the published / reference figures (written here,
 * so the project needs nothing outside itself). Trains the dense LeNet-300-100 once per table
 * and compresses it many times (Node, wasm). Minutes: not part of `npm test`.
 *
 * Published and reference figures (full MNIST, LeNet-300-100):
 * - Lottery tickets (Frankle & Carbin 2019; a NumPy re-run, 20 % per round, rewind to init):
 *   51 % of weights 98.0 %, 21 % 98.0 %, 7 % 98.4 %, 3.6 % 98.05 %; random re-init of the same
 *   masks 98.0, 98.0, 97.6, 96.7 % — the gap opens below ~10 % of the weights.
 * - SynFlow at initialisation (Tanaka et al. 2020 setup, NumPy re-run): SynFlow / magnitude /
 *   random at 1 % density 89.9 / 86.6 / 28.0 %, at 0.3 % density 73.6 / 22.9 / 18.2 %
 *   (magnitude empties the first layer).
 * - Wanda vs magnitude vs random, one-shot without retraining (MNIST 10k, 3 epochs, dense
 *   93.3 %): 50 % 93.0 / 92.6 / 83.5, 80 % 77.2 / 89.7 / 45.0, 90 % 56.0 / 79.7 / 30.0 — on
 *   MNIST MLPs Wanda loses to magnitude at high sparsity (pixel intensities favour the centre).
 * - Product quantization, blocks of 8, 256 centroids, no fine-tuning, output layer fp32:
 *   90.5 % at 55,174 bytes (19.3×).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BackendInfo } from '../src/core/backend';
import { parseQuery } from '../src/core/config';
import { runExperiment, TrainedCache } from '../src/core/experiment/runExperiment';
import type { ExperimentResult } from '../src/core/experiment/runExperiment';
import type { ReadDataFile } from '../src/core/data/types';

export type CompressionReproduction = 'lottery' | 'synflow' | 'engine';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

export async function reproduceCompression(
  name: CompressionReproduction,
  opts: { trainSize: number; epochs: number; seed: number },
  backend: BackendInfo,
  readData: ReadDataFile,
): Promise<string> {
  const base = `dataset=mnist&trainSize=${opts.trainSize}&seed=${opts.seed}&teacher.arch=mlp:300-100&teacher.epochs=${opts.epochs}`;
  const cache = new TrainedCache();
  const run = async (extra: string): Promise<ExperimentResult> => {
    const { config, notices } = parseQuery(`${base}&${extra}`);
    if (notices.length > 0) throw new Error(`bad config ${extra}: ${notices[0].reason}`);
    return runExperiment(config, backend, readData, {}, { students: false, cache });
  };
  const acc = (r: ExperimentResult) => pct(r.compressed!.accuracy);
  const t0 = performance.now();
  const lines: string[] = [];
  const dense = (await run('v=1')).teacher;
  const head = `MNIST ${opts.trainSize} training examples, LeNet-300-100 (mlp:300-100), ${opts.epochs} epochs, seed ${opts.seed}; dense ${pct(dense.accuracy)}.`;

  if (name === 'lottery') {
    lines.push(
      '# Lottery tickets: iterative magnitude pruning, global, rewind vs re-init',
      '',
      head,
      `Each round prunes the same fraction of the survivors and retrains for ${opts.epochs} epochs (prune.retrainEpochs = the dense budget).`,
      '',
      '| weights left | rounds | rewind (ticket) | re-init (control) | reference ticket / re-init (full MNIST) |',
      '|---|---|---|---|---|',
    );
    const ref: Record<string, string> = {
      '0.49': '98.0 % / 98.0 % (51 %)',
      '0.79': '98.0 % / 98.0 % (21 %)',
      '0.93': '98.4 % / 97.6 % (7 %)',
      '0.964': '98.05 % / 96.7 % (3.6 %)',
    };
    for (const [sparsity, rounds] of [
      ['0.49', 3],
      ['0.79', 3],
      ['0.93', 4],
      ['0.964', 5],
    ] as const) {
      const q = `prune.sparsity=${sparsity}&prune.scope=global&prune.schedule=iterative&prune.rounds=${rounds}`;
      const rewind = await run(`${q}&prune.init=rewind`);
      const reinit = await run(`${q}&prune.init=reinit`);
      lines.push(
        `| ${pct(1 - Number(sparsity))} | ${rounds} | ${acc(rewind)} | ${acc(reinit)} | ${ref[sparsity]} |`,
      );
    }
  } else if (name === 'synflow') {
    lines.push(
      '# Pruning at initialisation: SynFlow vs magnitude vs random',
      '',
      head,
      `Scores on the initial weights (global, every layer pruned), then the masked network trains for ${opts.epochs} epochs.`,
      '',
      '| density | SynFlow | magnitude | random | reference SynFlow / magnitude / random (full MNIST) |',
      '|---|---|---|---|---|',
    );
    for (const [sparsity, ref] of [
      ['0.99', '89.9 / 86.6 / 28.0 %'],
      ['0.997', '73.6 / 22.9 / 18.2 %'],
    ] as const) {
      const q = `prune.at=init&prune.sparsity=${sparsity}&prune.scope=global&prune.exclude=none`;
      const cells: string[] = [];
      for (const method of ['synflow', 'magnitude', 'random'])
        cells.push(acc(await run(`${q}&prune.method=${method}`)));
      lines.push(`| ${pct(1 - Number(sparsity))} | ${cells.join(' | ')} | ${ref} |`);
    }
  } else {
    lines.push('# Compression engine: the issue-12 rows after the fix', '', head, '');
    const rows: [string, string][] = [
      ['90 % global + 1 bit', 'prune.sparsity=0.9&prune.scope=global&quant.bits=1'],
      ['1 bit alone', 'quant.bits=1'],
      ['90 % global alone', 'prune.sparsity=0.9&prune.scope=global'],
      [
        '… + iterative 3 rounds, rewind',
        'prune.sparsity=0.9&prune.scope=global&prune.schedule=iterative&prune.rounds=3&prune.init=rewind&quant.bits=1',
      ],
      [
        '… + iterative 3 rounds, reinit',
        'prune.sparsity=0.9&prune.scope=global&prune.schedule=iterative&prune.rounds=3&prune.init=reinit&quant.bits=1',
      ],
      [
        'iterative 3 rounds rewind (no quant)',
        'prune.sparsity=0.9&prune.scope=global&prune.schedule=iterative&prune.rounds=3&prune.init=rewind',
      ],
      [
        'iterative 3 rounds reinit (no quant)',
        'prune.sparsity=0.9&prune.scope=global&prune.schedule=iterative&prune.rounds=3&prune.init=reinit',
      ],
      [
        'low rank 0.1 + 50 % + 1 epoch fine-tune',
        'lowrank.rank=0.1&prune.sparsity=0.5&prune.finetuneEpochs=1',
      ],
      [
        'gradual 90 %, random, 1 epoch',
        'prune.sparsity=0.9&prune.schedule=gradual&prune.method=random&prune.finetuneEpochs=1',
      ],
      [
        'gradual 90 %, magnitude, 1 epoch',
        'prune.sparsity=0.9&prune.schedule=gradual&prune.method=magnitude&prune.finetuneEpochs=1',
      ],
      ['2:4, iterative', 'prune.granularity=2:4&prune.schedule=iterative&prune.finetuneEpochs=1'],
    ];
    lines.push('| config | accuracy | bytes | notes |', '|---|---|---|---|');
    for (const [label, q] of rows) {
      try {
        const r = await run(q);
        lines.push(
          `| ${label} | ${acc(r)} | ${r.compressed!.sizeBytes.toLocaleString('en')} | ${r.compressed!.notes.join('; ')} |`,
        );
      } catch (e) {
        lines.push(`| ${label} | refused | | ${e instanceof Error ? e.message : String(e)} |`);
      }
    }
    lines.push(
      '',
      '## Wanda vs magnitude vs random, one-shot, no retraining (per layer, output kept)',
      '',
    );
    lines.push(
      '| sparsity | Wanda | magnitude | random | reference Wanda / magnitude / random |',
      '|---|---|---|---|---|',
    );
    const wandaRef: Record<string, string> = {
      '0.5': '93.0 / 92.6 / 83.5',
      '0.8': '77.2 / 89.7 / 45.0',
      '0.9': '56.0 / 79.7 / 30.0',
    };
    for (const s of ['0.5', '0.8', '0.9']) {
      const cells: string[] = [];
      for (const m of ['wanda', 'magnitude', 'random'])
        cells.push(acc(await run(`prune.sparsity=${s}&prune.method=${m}`)));
      lines.push(`| ${pct(Number(s))} | ${cells.join(' | ')} | ${wandaRef[s]} |`);
    }
    lines.push(
      '',
      '## Product quantization vs k-means (every layer quantized, no fine-tuning)',
      '',
    );
    lines.push('| storage | bits / weight | accuracy | bytes |', '|---|---|---|---|');
    for (const [label, q] of [
      ['PQ block 4, 8-bit indices', 'quant.bits=8&quant.mode=pq&quant.pqBlock=4&quant.epochs=0'],
      ['k-means 2 bits', 'quant.bits=2&quant.mode=kmeans&quant.epochs=0'],
      ['PQ block 8, 8-bit indices', 'quant.bits=8&quant.mode=pq&quant.pqBlock=8&quant.epochs=0'],
      ['k-means 1 bit', 'quant.bits=1&quant.mode=kmeans&quant.epochs=0'],
      ['PQ block 16, 8-bit indices', 'quant.bits=8&quant.mode=pq&quant.pqBlock=16&quant.epochs=0'],
      [
        'PQ block 8, 8-bit, 1 epoch centroid fine-tune',
        'quant.bits=8&quant.mode=pq&quant.pqBlock=8&quant.epochs=1',
      ],
      [
        'PQ block 8, 8-bit, 1 epoch fine-tune with Quant-Noise 0.5',
        'quant.bits=8&quant.mode=pq&quant.pqBlock=8&quant.epochs=1&quant.noise=0.5',
      ],
    ]) {
      const r = await run(q);
      const c = r.compressed!;
      const bpw = ((c.sizeBytes * 8) / c.layers.reduce((s, l) => s + l.weights, 0)).toFixed(2);
      lines.push(`| ${label} | ${bpw} (file) | ${acc(r)} | ${c.sizeBytes.toLocaleString('en')} |`);
    }
    lines.push(
      '',
      'Reference: PQ blocks of 8, 256 centroids, output layer fp32: 90.5 % at 55,174 bytes.',
    );
  }
  lines.push(
    '',
    `${((performance.now() - t0) / 60000).toFixed(1)} minutes on ${backend.name} (Node).`,
    '',
  );
  const table = lines.join('\n');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/reproduce-${name}.md`, table);
  return table;
}
