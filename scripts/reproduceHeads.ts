/**
 * `npm run reproduce -- heads [--train-size N] [--epochs N] [--seed N]`: accuracy of the default
 * vision transformer (vit:p7-d32-h4-l2, 8 heads in 2 blocks) against the heads it keeps, with
 * heads removed in order of importance (gate gradient, output norm) or at random, one cut
 * without fine-tuning, beside the published finding. Minutes (Node, wasm): not part of `npm test`.
 *
 * Published (machine translation, 6-layer Transformer encoders, 48 heads):
 * - Voita et al. 2019: with L0-relaxed stochastic gates per head, 38 of 48 encoder heads pruned
 *   for −0.15 BLEU (EN-RU); the few heads left are specialised (positional, syntactic, rare words).
 * - Michel et al. 2019: heads removed in order of |∂L/∂g_h| — 20 %, and at test time up to 40 %,
 *   go with little loss on WMT; a random order falls sooner.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BackendInfo } from '../src/core/backend';
import { parseQuery } from '../src/core/config';
import { runExperiment, TrainedCache } from '../src/core/experiment/runExperiment';
import type { ExperimentResult } from '../src/core/experiment/runExperiment';
import type { ReadDataFile } from '../src/core/data/types';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const HEADS = 8;

export async function reproduceHeads(
  opts: { trainSize: number; epochs: number; seed: number },
  backend: BackendInfo,
  readData: ReadDataFile,
): Promise<string> {
  const base = `dataset=mnist&trainSize=${opts.trainSize}&seed=${opts.seed}&teacher.arch=vit:p7-d32-h4-l2&teacher.epochs=${opts.epochs}&train.lr=0.002`;
  const cache = new TrainedCache();
  const run = async (extra: string): Promise<ExperimentResult> => {
    const { config, notices } = parseQuery(`${base}&${extra}`);
    if (notices.length > 0) throw new Error(`bad config ${extra}: ${notices[0].reason}`);
    return runExperiment(config, backend, readData, {}, { students: false, cache });
  };
  const t0 = performance.now();
  const dense = (await run('v=1')).teacher;
  const lines = [
    '# Head pruning: accuracy vs heads kept (importance order vs random order)',
    '',
    `MNIST ${opts.trainSize} training examples, vit:p7-d32-h4-l2 (2 blocks × 4 heads), ${opts.epochs} epochs, seed ${opts.seed}; dense ${pct(dense.accuracy)} test accuracy, ${dense.sizeBytes.toLocaleString('en')} B.`,
    'One cut, no fine-tuning; test accuracy. Per block: the same number of heads removed in each block (prune.scope=layer); global: heads ranked over both blocks (prune.scope=global), at least one kept per block.',
    '',
    '| heads kept | ranked | gate gradient (taylor) | output norm (magnitude) | random | size |',
    '|---|---|---|---|---|---|',
  ];
  const cuts: [string, number][] = [
    ...[2, 4, 6].map((removed): [string, number] => ['layer', removed]),
    ...[1, 2, 3, 4, 5, 6].map((removed): [string, number] => ['global', removed]),
  ];
  for (const [scope, removed] of cuts) {
    const sparsity = removed / HEADS;
    const cut = `prune.granularity=head&prune.scope=${scope}&prune.sparsity=${sparsity}`;
    const [taylor, norm, random] = [
      await run(`${cut}&prune.method=taylor`),
      await run(`${cut}&prune.method=magnitude`),
      await run(`${cut}&prune.method=random`),
    ].map((r) => r.compressed!);
    lines.push(
      `| ${HEADS - removed} of ${HEADS} | ${scope === 'layer' ? 'per block' : 'global'} | ${pct(taylor.accuracy)} | ${pct(norm.accuracy)} | ${pct(random.accuracy)} | ${taylor.sizeBytes.toLocaleString('en')} B |`,
    );
  }
  const minutes = (performance.now() - t0) / 60000;
  lines.push(
    '',
    'Published (translation Transformers, 48 encoder heads): Voita et al. 2019 prune 38 of 48 heads for −0.15 BLEU with L0 gates; Michel et al. 2019 remove 20–40 % of heads by gate-gradient importance with little loss, random order falls sooner.',
    '',
    `Total time: ${minutes.toFixed(1)} minutes on ${backend.name} (Node).`,
    '',
  );
  const table = lines.join('\n');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/reproduce-heads.md', table);
  return table;
}
