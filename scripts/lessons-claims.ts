/**
 * `npm run lessons:full [-- --lessons 4,6] [--seeds 1,2,3] [--set key=value&...] [--values]`:
 * runs every lesson step through the core on several seeds and prints a Markdown table of each
 * claim's measured figure, like the lessons suite but for all lessons (the suite leaves the
 * slowest ones here). `--values` adds, per seed, the test accuracy (or size) of every model the
 * claim reads: the closing-note table (`npm run lessons:table`). `--set` adds settings on top
 * of every step (to try a preset before changing a lesson). Exits 1 when a claim differs on
 * some seed.
 */
import { parseArgs } from 'node:util';
import { initBackend } from '../src/core/backend';
import { readDataFileFromDisk } from '../src/cli/readData';
import { checkClaim, claimQuantities, type Claim, type Measured } from '../src/lessons/claims';
import { CLAIM_SEEDS, LESSONS } from '../src/lessons/lessons';
import { describeClaim, StepMeasurer } from '../src/lessons/measureStep';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string' },
    seeds: { type: 'string' },
    set: { type: 'string', default: '' },
    values: { type: 'boolean', default: false },
  },
});
const only = values.lessons?.split(',').map(Number);
const seeds = values.seeds ? values.seeds.split(',').map(Number) : [...CLAIM_SEEDS];

/** The models a claim reads, as measured: "compressed 75.1 %, dense 87.4 %" (sizes for a ratio). */
function modelsText(claim: Claim, measured: Measured): string {
  // The omitted class before its bias shift: what the shift adds.
  const shown = claimQuantities(claim).concat(
    measured.omitted && !claimQuantities(claim).includes('omitted') ? ['omitted'] : [],
  );
  return shown
    .map((q) => {
      const m = measured[q];
      if (!m) return `${q} –`;
      return claim.figure === 'sizeRatio'
        ? `${q} ${(m.sizeBytes / 1000).toFixed(1)} kB`
        : `${q} ${(m.accuracy * 100).toFixed(1)} %`;
    })
    .join(', ');
}

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
      const claim = lesson.steps[step - 1].expect;
      const measured = await measurer.measure(lesson, step, seed);
      const check = checkClaim(claim, measured);
      if (check.state !== 'met') failed++;
      const cell = `${check.value}${check.state === 'met' ? ' ✓' : ' ✗'}`;
      rows[step - 1].push(values.values ? `${cell} (${modelsText(claim, measured)})` : cell);
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
