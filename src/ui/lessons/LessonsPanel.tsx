import { useTranslation } from 'react-i18next';
import { selectLessonId } from '../../state/classroomSlice';
import { useLab } from '../../state/labStore';
import '../classroom.css';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';

/** The classroom: the open lesson, or the list of lessons to pick from. */
export function LessonsPanel() {
  const { t } = useTranslation();
  const lessonId = useLab(selectLessonId);
  return (
    <section
      className="panel lessons"
      aria-labelledby={lessonId === null ? 'lessons-heading' : 'lesson-title'}
      data-testid="lessons-panel"
    >
      {lessonId === null ? (
        // Open: it is the side panel beside the workbench, never above it.
        <details className="lessons-index" open>
          <summary id="lessons-heading" className="lessons-summary">
            {t('classroom.heading')}
          </summary>
          <p className="muted">{t('classroom.intro')}</p>
          <LessonList />
        </details>
      ) : (
        <LessonView lessonId={lessonId} />
      )}
    </section>
  );
}
