import { useTranslation } from 'react-i18next';
import { LESSONS, lessonKeys } from '../../lessons/lessons';
import { useLab } from '../../state/labStore';
import { searchFor } from '../../state/urlSync';
import { formatDuration } from '../format';
import { useLocale } from '../useLocale';

/** Every lesson as a real link (`?lesson=3&step=1`, keeping lang and ui), opened in place. */
export function LessonList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const openLesson = useLab((s) => s.openLesson);
  const lang = useLab((s) => s.extras.lang);
  const ui = useLab((s) => s.extras.ui);
  const kept = { ...(lang ? { lang } : {}), ...(ui ? { ui } : {}) };
  return (
    <ol className="lesson-list">
      {LESSONS.map((lesson) => {
        const keys = lessonKeys(lesson);
        return (
          <li key={lesson.id} className="lesson-card">
            <a
              className="lesson-link"
              data-testid={`lesson-link-${lesson.id}`}
              href={searchFor('', { lesson: String(lesson.id), step: '1', ...kept })}
              onClick={(e) => {
                // A plain click opens in place; ctrl/cmd-click still opens a new tab.
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                openLesson(lesson.id, 1);
              }}
            >
              <span className="lesson-number">{t('classroom.lessonNumber', { n: lesson.id })}</span>
              <span className="lesson-title">{t(keys.title)}</span>
            </a>
            <p className="lesson-summary">{t(keys.summary)}</p>
            <p className="lesson-duration muted">
              {t('classroom.duration', { time: formatDuration(lesson.seconds * 1000, locale) })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
