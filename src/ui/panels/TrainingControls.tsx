import { useTranslation } from 'react-i18next';
import { stop, trainTeacher } from '../../state/engineActions';
import { useLab } from '../../state/labStore';

export function TrainingControls() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
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
      <button type="button" className="button" disabled={!running} onClick={() => stop()}>
        {t('training.stop')}
      </button>
    </div>
  );
}
