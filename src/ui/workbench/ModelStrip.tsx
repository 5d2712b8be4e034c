import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { DatasetPicker } from '../owndata/DatasetPicker';
import { ErrorAlert } from '../ErrorAlert';
import { formatBytes, formatPercent } from '../format';
import { TrainingControls } from '../panels/TrainingControls';
import { TrainingProgress } from '../panels/TrainingProgress';
import { useLocale } from '../useLocale';

/**
 * The model side of the workbench: which data, which teacher and student, the train buttons and
 * the progress bar, and what each trained model scored. The full settings sit behind the
 * "Model settings" tab (`onSettings`), absent in the simple and presenter views.
 */
export function ModelStrip({ onSettings }: { onSettings?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const running = useLab((s) => s.status === 'running');
  const teacherArch = useLab((s) => s.config.teacher.arch);
  const studentArch = useLab((s) => s.config.student.arch);
  const teacher = useLab((s) => s.result);
  const students = useLab((s) => s.students);

  return (
    <section className="panel bench-model" aria-labelledby="bench-model-heading">
      <div className="bench-model-data">
        <h2 id="bench-model-heading">{t('workbench.modelHeading')}</h2>
        <fieldset className="fields fields-single" disabled={running}>
          <DatasetPicker />
        </fieldset>
      </div>
      <div className="bench-model-models">
        <dl className="bench-models">
          <div>
            <dt>{t('workbench.teacherLine', { arch: teacherArch })}</dt>
            <dd>
              {teacher
                ? t('workbench.teacherResult', {
                    accuracy: formatPercent(teacher.accuracy, locale),
                    size: formatBytes(teacher.sizeBytes, locale),
                  })
                : t('workbench.notTrained')}
            </dd>
          </div>
          <div>
            <dt>{t('workbench.studentLine', { arch: studentArch })}</dt>
            <dd>
              {students
                ? t('workbench.studentResult', {
                    distilled: formatPercent(students.student.accuracy, locale),
                    scratch: formatPercent(students.scratchStudent.accuracy, locale),
                  })
                : t('workbench.notTrained')}
            </dd>
          </div>
        </dl>
        {onSettings ? (
          <button type="button" className="link-button" onClick={onSettings}>
            {t('workbench.settings')}
          </button>
        ) : null}
      </div>
      <div className="bench-model-train">
        <TrainingControls />
        <TrainingProgress />
        <ErrorAlert />
      </div>
    </section>
  );
}
