import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../core/backend';
import { readDataFromDisk } from '../core/testing/diskData';
import { checkClaim } from './claims';
import { CLAIM_SEEDS, LESSONS } from './lessons';
import { describeClaim, StepMeasurer } from './measureStep';

/*
 * The lessons suite: every step of every lesson runs its preset through the core, on each of
 * the claim seeds, and its claim must hold. A preset that stops demonstrating its claim fails
 * here. Lessons marked `slow` are checked by `npm run lessons:full` (scripts/lessons-claims.ts).
 */
let measurer: StepMeasurer;

beforeAll(async () => {
  await initBackend('wasm');
  measurer = new StepMeasurer(await readDataFromDisk());
});
afterAll(() => measurer?.dispose());

describe('lesson claims', () => {
  for (const lesson of LESSONS.filter((l) => !l.slow)) {
    it(`lesson ${lesson.id} (${lesson.slug}): every step shows its claim on seeds ${CLAIM_SEEDS.join(', ')}`, async () => {
      const failures: string[] = [];
      for (const seed of CLAIM_SEEDS) {
        for (let step = 1; step <= lesson.steps.length; step++) {
          const claim = lesson.steps[step - 1].expect;
          const check = checkClaim(claim, await measurer.measure(lesson, step, seed));
          if (check.state !== 'met')
            failures.push(
              `step ${step}, seed ${seed}: ${describeClaim(claim)}, measured ${check.value}`,
            );
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
