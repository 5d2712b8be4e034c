import { expect, test, type Page } from '@playwright/test';
import { LESSONS, type Lesson } from '../src/lessons/lessons';

/*
 * Every lesson step opened straight from its link (`?lesson=N&step=K&backend=wasm`): the step
 * trains what it needs and runs itself, its claim is checked against its own numbers (the
 * tick), and every place that shows one of its models shows the same number — the readout, the
 * students' table, the teacher's result. `npm test` runs one step per lesson (the cheapest run
 * once the teacher is trained; lesson 1's steps 2 and 3 are in lessons.spec.ts); all steps run
 * with `npm run e2e:lessons` (E2E_ALL_LESSON_STEPS=1), minutes on a laptop.
 */

/** The step `npm test` opens per lesson (lesson 1: lessons.spec.ts). */
const REPRESENTATIVE: Record<number, number> = { 2: 1, 3: 1, 4: 1, 5: 3, 6: 1, 7: 1, 9: 1 };
const ALL = process.env.E2E_ALL_LESSON_STEPS === '1';

/** Two figures of one model agree (table cells round to 4 decimals). */
async function sameNumber(page: Page, a: string, b: string): Promise<void> {
  const read = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
  expect(Math.abs((await read(a)) - (await read(b))), `${a} vs ${b}`).toBeLessThan(1e-4);
}

/** The step's own compression settings, as the readout names them. */
function compressionSettings(lesson: Lesson, step: number): string[] {
  const merged = new Map<string, string>();
  for (const part of [lesson.base, lesson.steps[step - 1].set])
    for (const [key, value] of new URLSearchParams(part)) merged.set(key, value);
  return [...merged]
    .filter(([key]) => /^(prune|quant|lowrank|size)\./.test(key))
    .map(([key, value]) => `${key}=${value}`);
}

for (const lesson of LESSONS) {
  lesson.steps.forEach((own, i) => {
    const step = i + 1;
    if (!ALL && REPRESENTATIVE[lesson.id] !== step) return;
    test(`lesson ${lesson.id} (${lesson.slug}) step ${step} from its link: runs itself, shows its own numbers and the tick`, async ({
      page,
    }) => {
      test.setTimeout(ALL ? 900_000 : 240_000);
      await page.goto(`./?lesson=${lesson.id}&step=${step}&backend=wasm`);
      const view = page.getByTestId('lesson-view');
      await expect(view).toHaveAttribute('data-step', String(step));
      const expectation = page.getByTestId('lesson-expectation');
      // Nothing from elsewhere: the claim waits for this step's own run, which starts by itself.
      await expect(expectation).toHaveAttribute('data-state', 'pending');
      await expect(page.getByTestId('lesson-run-phase')).toHaveAttribute('data-value', 'done', {
        timeout: ALL ? 840_000 : 200_000,
      });
      await expect(expectation).toHaveAttribute('data-state', 'met');
      const figure = await expectation.getAttribute('data-value');
      expect(Number.isFinite(Number(figure)) && figure !== '').toBe(true);

      // The teacher's result and this step's uncompressed model: one model, one number.
      await sameNumber(page, 'teacher-accuracy', 'lesson-measured-dense');

      if (own.run === 'compress' || own.run === 'studentsCompress') {
        // The readout is this step's full measurement, not a preview or another step's.
        const readout = page.locator('.lab-readout');
        await expect(readout).toHaveAttribute('data-stale', 'false');
        await expect(readout).toHaveAttribute('data-form', 'full');
        const settings = (await readout.getAttribute('data-settings'))!.split('&');
        for (const pair of compressionSettings(lesson, step)) expect(settings).toContain(pair);
        await expect(page.getByTestId('compressed-accuracy')).toHaveAttribute('data-split', 'test');
        await sameNumber(page, 'compressed-accuracy', 'lesson-measured-compressed');
      }
      if (own.run === 'students' || own.run === 'studentsCompress') {
        await page.getByTestId('detail-tab-distill').click();
        if (own.expect.a === 'omittedShifted') {
          await sameNumber(page, 'omitted-student', 'lesson-measured-omittedShifted');
          await sameNumber(page, 'omitted-scratch', 'lesson-measured-scratchOmittedShifted');
        } else await sameNumber(page, 'scratch-accuracy', 'lesson-measured-scratch');
        if (own.expect.a === 'student')
          await sameNumber(page, 'student-accuracy', 'lesson-measured-student');
      }
      if (own.run === 'teacher' && lesson.slug === 'temperature') {
        // "Nearly all the probability sits on one class": the chart opens on a confident one.
        await page.getByTestId('detail-tab-distill').click();
        await expect(page.getByTestId('probability-chart')).toHaveAttribute(
          'data-kind',
          'confident',
        );
      }
      test.info().annotations.push({
        type: 'claim',
        description: `lesson ${lesson.id} step ${step}: ${figure}`,
      });
    });
  });
}
