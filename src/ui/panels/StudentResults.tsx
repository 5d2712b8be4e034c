import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../core/experiment/events';
import { useLab } from '../../state/labStore';
import { formatBytes, formatDecimal, formatInteger, formatPercent, formatPpDelta } from '../format';
import type { StudentsResult } from '../../state/trainingSlice';
import { useClassName } from './useClassName';

const NO_NAMES: readonly string[] = [];
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
        {m.valAccuracy === undefined ? (
          '—'
        ) : (
          <output
            data-testid={testId ? `${testId.replace('-accuracy', '')}-val-accuracy` : undefined}
            data-value={m.valAccuracy.toFixed(4)}
          >
            {formatPercent(m.valAccuracy, locale)}
          </output>
        )}
      </td>
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
                <th scope="col">{t('studentResults.valAccuracy')}</th>
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
          <p className="muted">{t('studentResults.columnsNote')}</p>
          {verdict}
          <OmittedClass students={students} />
        </>
      )}
    </section>
  );
}

/** With `student.omitClass`: how many test examples of the left-out class each student finds,
 * before and after raising that class's bias (the shift chosen on validation). */
function OmittedClass({ students }: { students: StudentsResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dataset = useLab((s) => s.config.dataset);
  const className = useClassName(dataset, NO_NAMES);
  const { student, scratchStudent } = students;
  if (!student.omitted) return null;
  const label = className(student.omitted.label);
  const line = (model: string, m: ModelSummary, testId: string) =>
    m.omitted ? (
      <li data-testid={testId} data-value={m.omitted.shiftedRecall.toFixed(4)}>
        {t('studentResults.omitted.row', {
          model,
          label,
          recall: formatPercent(m.omitted.recall, locale),
          shifted: formatPercent(m.omitted.shiftedRecall, locale),
          shift: formatDecimal(m.omitted.shift, locale, 1),
          accuracy: formatPercent(m.omitted.shiftedAccuracy, locale),
        })}
      </li>
    ) : null;
  return (
    <div className="omitted-class">
      <h3>{t('studentResults.omitted.heading', { label })}</h3>
      <ul>
        {line(t('distill.distilled'), student, 'omitted-student')}
        {line(t('distill.scratch'), scratchStudent, 'omitted-scratch')}
      </ul>
      <p className="muted">{t('studentResults.omitted.note')}</p>
    </div>
  );
}
