import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { ArchParam } from '../controls/ArchParam';
import { NumberParam } from '../controls/NumberParam';
import { OptionalNumberParam } from '../controls/OptionalNumberParam';
import { ParamSlider } from '../controls/ParamSlider';

/**
 * The distillation settings (the temperature slider sits on the workbench). The alpha slider
 * stays live during a run (a run uses the config it started with); the rest locks while a run
 * is going.
 */
export function StudentPanel() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
  return (
    <section className="panel" aria-labelledby="student-heading">
      <h2 id="student-heading">{t('distill.heading')}</h2>
      <p className="muted">{t('distill.intro')}</p>
      <div className="fields">
        <ParamSlider paramKey="distill.alpha" testId="alpha-slider" />
      </div>
      <fieldset className="fields" disabled={running}>
        <ArchParam paramKey="student.arch" />
        <NumberParam paramKey="student.epochs" />
        <OptionalNumberParam paramKey="student.trainSize" placeholder="distill.trainSize" />
        <OptionalNumberParam paramKey="student.omitClass" placeholder="distill.omitClass" />
        <NumberParam paramKey="distill.hidden" />
        <NumberParam paramKey="distill.attention" />
      </fieldset>
    </section>
  );
}
