import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { checkCompression } from '../core/compress/registry';
import { findParam, getParam, parseQuery, type ParamKey } from '../core/config';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { claimQuantities, type Quantity } from './claims';
import { LESSONS, lessonTextKeys, readLessonLink, stepQuery } from './lessons';

/** The quantities each kind of run measures. */
const MEASURES: Record<string, readonly Quantity[]> = {
  teacher: ['dense'],
  compress: ['dense', 'compressed', 'reference'],
  students: ['dense', 'student', 'scratch', 'omitted', 'omittedShifted', 'scratchOmittedShifted'],
  studentsCompress: ['dense', 'compressed', 'reference', 'student', 'scratch'],
  latency: ['dense', 'compressed', 'reference'],
};

/** The message at a dotted path, or undefined. */
function message(catalogue: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      catalogue,
    );
}

describe('lessons', () => {
  it('are numbered 1..n with unique slugs, as links name them', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(LESSONS.map((_, i) => i + 1));
    expect(new Set(LESSONS.map((l) => l.slug)).size).toBe(LESSONS.length);
    expect(LESSONS.length).toBeGreaterThanOrEqual(7);
  });

  for (const lesson of LESSONS) {
    describe(`lesson ${lesson.id} (${lesson.slug})`, () => {
      it('has steps whose every setting is a known key with a valid value', () => {
        expect(lesson.steps.length).toBeGreaterThanOrEqual(2);
        lesson.steps.forEach((_, i) => {
          const query = stepQuery(lesson, i + 1);
          const { config, notices, extras } = parseQuery(query);
          expect(notices, `step ${i + 1}: ${query}`).toEqual([]);
          // Every method the step combines runs it as written (the registry's own check).
          expect(checkCompression(config).refusals, `step ${i + 1}: ${query}`).toEqual([]);
          expect(Object.keys(extras)).toEqual([]);
          // Each value survives the codec unchanged, so the step sets exactly what it says.
          for (const [key, text] of new URLSearchParams(query)) {
            expect(findParam(key), key).toBeDefined();
            expect(String(getParam(config, key as ParamKey)), key).toBe(text);
          }
        });
      });

      it('has steps whose claims read only what the step runs, with valid reference settings', () => {
        lesson.steps.forEach((own, i) => {
          for (const q of claimQuantities(own.expect))
            expect(MEASURES[own.run], `step ${i + 1} reads ${q}`).toContain(q);
          // The left-out class is only measured when the step leaves one out.
          if (claimQuantities(own.expect).some((q) => q.toLowerCase().includes('omitted')))
            expect(parseQuery(stepQuery(lesson, i + 1)).config.student.omitClass).not.toBeNull();
          const readsReference = claimQuantities(own.expect).includes('reference');
          expect(own.expect.reference !== undefined, `step ${i + 1}`).toBe(readsReference);
          if (own.expect.reference) {
            const query = `${stepQuery(lesson, i + 1)}&${own.expect.reference}`;
            expect(parseQuery(query).notices, query).toEqual([]);
            // A reference that changes nothing would compare the step with itself.
            expect(parseQuery(query).config).not.toEqual(
              parseQuery(stepQuery(lesson, i + 1)).config,
            );
          }
        });
      });

      it('has every text in English and Korean', () => {
        for (const key of lessonTextKeys(lesson)) {
          for (const [name, catalogue] of [
            ['en', en],
            ['ko', ko],
          ] as const) {
            const text = message(catalogue, key);
            expect(typeof text, `${name}: ${key}`).toBe('string');
            expect(String(text).trim(), `${name}: ${key}`).not.toBe('');
          }
        }
      });

      it('has a formula KaTeX typesets without errors', () => {
        expect(() => katex.renderToString(lesson.formula, { throwOnError: true })).not.toThrow();
      });
    });
  }

  it('reads lesson links leniently: unknown lessons are null, steps are clamped', () => {
    expect(readLessonLink('3', '2')).toMatchObject({ lesson: { id: 3 }, step: 2 });
    expect(readLessonLink('3', undefined)).toMatchObject({ step: 1 });
    expect(readLessonLink('3', '99')?.step).toBe(LESSONS[2].steps.length);
    expect(readLessonLink('3', '0')?.step).toBe(1);
    expect(readLessonLink('3', 'x')?.step).toBe(1);
    expect(readLessonLink('99', '1')).toBeNull();
    expect(readLessonLink('1e0', '1')).toBeNull();
    expect(readLessonLink(undefined, '1')).toBeNull();
  });

  it("later settings win: a step's own value overrides the lesson's base and the fast defaults", () => {
    const temperature = LESSONS.find((l) => l.slug === 'temperature')!;
    // Step 4: distillation's no-pay regime, the students given the teacher's 5,000 examples.
    const params = new URLSearchParams(stepQuery(temperature, 4));
    expect(params.get('trainSize')).toBe('5000'); // base over FAST_SETTINGS' 2000
    expect(params.get('student.trainSize')).toBe('5000'); // step over base's 500
  });
});
