/**
 * `npm run lessons:full [-- --lessons 4,6] [--seeds 1,2,3] [--set key=value&...]`: runs every
 * lesson step through the core on several seeds and prints a table of each claim's measured
 * figure, like the lessons suite but for all lessons (the suite leaves the slowest ones here).
 * `--set` adds settings on top of every step (to try a preset before changing a lesson).
 * Exits 1 when a claim differs on some seed.
 */
import { parseArgs } from 'node:util';
import { initBackend } from '../src/core/backend';
import { readDataFileFromDisk } from '../src/cli/readData';
import { checkClaim } from '../src/lessons/claims';
import { CLAIM_SEEDS, LESSONS } from '../src/lessons/lessons';
import { describeClaim, StepMeasurer } from '../src/lessons/measureStep';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string' },
    seeds: { type: 'string' },
    set: { type: 'string', default: '' },
  },
});
const only = values.lessons?.split(',').map(Number);
const seeds = values.seeds ? values.seeds.split(',').map(Number) : [...CLAIM_SEEDS];

await initBackend('wasm');
const measurer = new StepMeasurer(readDataFileFromDisk('public/data'), values.set);
let failed = 0;
process.stdout.write(
  '| lesson | step | claim | ' + seeds.map((s) => `seed ${s}`).join(' | ') + ' |\n',
);
process.stdout.write('|---|---|---|' + seeds.map(() => '---').join('|') + '|\n');
for (const lesson of LESSONS) {
  if (only && !only.includes(lesson.id)) continue;
  const rows: string[][] = lesson.steps.map(() => []);
  const t0 = performance.now();
  for (const seed of seeds) {
    for (let step = 1; step <= lesson.steps.length; step++) {
      const check = checkClaim(
        lesson.steps[step - 1].expect,
        await measurer.measure(lesson, step, seed),
      );
      if (check.state !== 'met') failed++;
      rows[step - 1].push(`${check.value}${check.state === 'met' ? ' ✓' : ' ✗'}`);
    }
  }
  rows.forEach((cells, i) =>
    process.stdout.write(
      `| ${lesson.id} ${lesson.slug} | ${i + 1} | ${describeClaim(lesson.steps[i].expect)} | ${cells.join(' | ')} |\n`,
    ),
  );
  process.stderr.write(`lesson ${lesson.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
measurer.dispose();
process.exitCode = failed > 0 ? 1 : 0;
