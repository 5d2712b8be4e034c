import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../core/experiment/events';
import { useLab } from '../../state/labStore';
import { formatBytes, formatInteger, formatPercent, formatPpDelta } from '../format';
import { useLocale } from '../useLocale';
import { StudentCurves } from '../charts/StudentCurves';
import { SplitNote } from '../SplitNote';

/** Teacher, scratch student and distilled student side by side, and what distillation bought. */
export function StudentResults() {
  const { t } = useTranslation();
  const locale = useLocale();
  const teacher = useLab((s) => s.result);
  const students = useLab((s) => s.students);

  const row = (name: string, m: ModelSummary, testId?: string) => (
    <tr key={name}>
      <th scope="row">{name}</th>
      <td>
        <output data-testid={testId} data-value={m.accuracy.toFixed(4)}>
          {formatPercent(m.accuracy, locale)}
        </output>
      </td>
      <td>
        <output data-value={m.params}>{formatInteger(m.params, locale)}</output>
      </td>
      <td>
        <output
          data-value={m.sizeBytes}
          title={t('result.exactBytes', { bytes: formatInteger(m.sizeBytes, locale) })}
        >
          {formatBytes(m.sizeBytes, locale)}
        </output>
      </td>
    </tr>
  );

  let verdict = null;
  if (students) {
    const delta = students.student.accuracy - students.scratchStudent.accuracy;
    const pp = formatPpDelta(delta, locale);
    const rounded = Math.round(delta * 1000);
    verdict = (
      <p className="distill-verdict" data-testid="distill-gain" data-value={delta.toFixed(4)}>
        {rounded > 0
          ? t('distill.gained', { pp })
          : rounded < 0
            ? t('distill.lost', { pp })
            : t('distill.same')}
      </p>
    );
  }

  return (
    <section className="panel" aria-labelledby="students-heading">
      <h2 id="students-heading">{t('distill.resultsHeading')}</h2>
      <StudentCurves />
      {students === null ? (
        <p className="muted">{t('distill.resultsNone')}</p>
      ) : (
        <>
          <table className="results-table">
            <thead>
              <tr>
                <th scope="col">{t('distill.model')}</th>
                <th scope="col">{t('distill.accuracy')}</th>
                <th scope="col">{t('distill.params')}</th>
                <th scope="col">{t('distill.bytes')}</th>
              </tr>
            </thead>
            <tbody>
              {teacher ? row(t('distill.teacher'), teacher) : null}
              {row(t('distill.scratch'), students.scratchStudent, 'scratch-accuracy')}
              {row(t('distill.distilled'), students.student, 'student-accuracy')}
            </tbody>
          </table>
          <SplitNote
            split="test"
            testId="students-accuracy-split"
            text={t('splits.studentsTest')}
          />
          {verdict}
        </>
      )}
    </section>
  );
}
