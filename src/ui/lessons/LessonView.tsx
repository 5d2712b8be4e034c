import { useTranslation } from 'react-i18next';
import { findLesson, lessonKeys, LESSONS, stepKeys, stepQuery } from '../../lessons/lessons';
import { selectStep } from '../../state/classroomSlice';
import { useLab } from '../../state/labStore';
import { Formula } from './Formula';
import { StepExperiment } from './StepExperiment';

/** One open lesson: its steps, what to do and notice now, and the idea with its formula. */
export function LessonView({ lessonId }: { lessonId: number }) {
  const { t } = useTranslation();
  const step = useLab(selectStep);
  const goToStep = useLab((s) => s.goToStep);
  const nextStep = useLab((s) => s.nextStep);
  const previousStep = useLab((s) => s.previousStep);
  const resetStep = useLab((s) => s.resetStep);
  const closeLesson = useLab((s) => s.closeLesson);
  const lesson = findLesson(lessonId);
  if (!lesson) return null;
  const keys = lessonKeys(lesson);
  const texts = stepKeys(lesson, step);
  const count = lesson.steps.length;

  return (
    <div className="lesson-view" data-testid="lesson-view" data-lesson={lesson.id} data-step={step}>
      <div className="lesson-head">
        <div>
          <p className="lesson-number">
            {t('classroom.lessonOf', { n: lesson.id, count: LESSONS.length })}
          </p>
          <h2 id="lesson-title">{t(keys.title)}</h2>
        </div>
        <button type="button" className="button" onClick={closeLesson}>
          {t('classroom.close')}
        </button>
      </div>
      <nav aria-label={t('classroom.stepsNav')}>
        <ol className="lesson-steps">
          {lesson.steps.map((_, i) => (
            <li key={i}>
              <button
                type="button"
                className="step-dot"
                aria-current={i + 1 === step ? 'step' : undefined}
                title={t('classroom.stepButton', { step: i + 1 })}
                onClick={() => goToStep(i + 1)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="lesson-body">
        <section className="lesson-step" aria-labelledby="lesson-step-heading" aria-live="polite">
          <h3 id="lesson-step-heading">{t('classroom.stepOf', { step, count })}</h3>
          <dl className="lesson-dl">
            <dt>{t('classroom.do')}</dt>
            <dd data-testid="lesson-do">{t(texts.do)}</dd>
            <dt>{t('classroom.notice')}</dt>
            <dd>{t(texts.notice)}</dd>
          </dl>
          <StepExperiment lesson={lesson} step={step} />
          <details className="lesson-settings">
            <summary>{t('classroom.settings')}</summary>
            <code>{stepQuery(lesson, step).replaceAll('&', ' ')}</code>
          </details>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={step <= 1}
              onClick={previousStep}
              data-testid="lesson-previous"
            >
              {t('classroom.previous')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={step >= count}
              onClick={nextStep}
              data-testid="lesson-next"
            >
              {t('classroom.next')}
            </button>
            <button type="button" className="button" onClick={resetStep}>
              {t('classroom.reset')}
            </button>
          </div>
        </section>
        <section className="lesson-idea" aria-labelledby="lesson-idea-heading">
          <h3 id="lesson-idea-heading">{t('classroom.idea')}</h3>
          <p>{t(keys.idea)}</p>
          <Formula lessonId={lesson.id} caption={t(keys.formulaLabel)} />
        </section>
      </div>
    </div>
  );
}
