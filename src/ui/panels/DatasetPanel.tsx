import { useTranslation } from 'react-i18next';
import { SampleGallery } from './SampleGallery';

/** Examples of the chosen dataset (the dataset picker itself is on the workbench). */
export function DatasetPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('dataset.samplesHeading')}</h2>
      <SampleGallery />
    </section>
  );
}
