import { useTranslation } from 'react-i18next';
import { stop, trainStudents, trainTeacher } from '../../state/engineActions';
import { useLab } from '../../state/labStore';

export function TrainingControls() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
  const hasTeacher = useLab((s) => s.result !== null);
  return (
    <div className="actions">
      <button
        type="button"
        className="button button-primary"
        data-testid="train-teacher"
        disabled={running}
        onClick={() => void trainTeacher()}
      >
        {t('training.trainTeacher')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="train-student"
        disabled={running || !hasTeacher}
        onClick={() => void trainStudents()}
      >
        {t('training.trainStudent')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="stop-training"
        disabled={!running}
        onClick={() => stop()}
      >
        {t('training.stop')}
      </button>
    </div>
  );
}
