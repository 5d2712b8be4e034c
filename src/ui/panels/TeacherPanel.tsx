import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { ArchParam } from '../controls/ArchParam';
import { EnumParam } from '../controls/EnumParam';
import { NumberParam } from '../controls/NumberParam';
import { OptionalNumberParam } from '../controls/OptionalNumberParam';

/** The teacher's settings. Locked while a run is in progress: the run uses what it started with. */
export function TeacherPanel() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
  return (
    <section className="panel" aria-labelledby="teacher-heading">
      <h2 id="teacher-heading">{t('teacher.heading')}</h2>
      <fieldset className="fields" disabled={running}>
        <ArchParam paramKey="teacher.arch" />
        <NumberParam paramKey="teacher.epochs" />
        <NumberParam paramKey="trainSize" />
        <OptionalNumberParam paramKey="valSize" placeholder="splits.auto" />
        <NumberParam paramKey="train.lr" />
        <NumberParam paramKey="train.batchSize" />
        <NumberParam paramKey="seed" />
        <EnumParam paramKey="backend" />
      </fieldset>
    </section>
  );
}
