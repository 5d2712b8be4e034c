import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { EnumParam } from '../controls/EnumParam';
import { SampleGallery } from './SampleGallery';

export function DatasetPanel() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('dataset.heading')}</h2>
      <fieldset className="fields fields-single" disabled={running}>
        <EnumParam paramKey="dataset" labelsAt="dataset.names" />
      </fieldset>
      <h3 className="subheading">{t('dataset.samplesHeading')}</h3>
      <SampleGallery />
    </section>
  );
}
