import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { isUserDataset } from '../../core/data/user/ref';
import { DatasetPicker } from '../owndata/DatasetPicker';
import { SampleGallery } from './SampleGallery';

export function DatasetPanel() {
  const { t } = useTranslation();
  const running = useLab((s) => s.status === 'running');
  // An imported set shows its own summary (classes, counts, samples or columns) in the picker.
  const imported = useLab((s) => isUserDataset(s.config.dataset));
  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('dataset.heading')}</h2>
      <fieldset className="fields fields-single" disabled={running}>
        <DatasetPicker />
      </fieldset>
      {imported ? null : (
        <>
          <h3 className="subheading">{t('dataset.samplesHeading')}</h3>
          <SampleGallery />
        </>
      )}
    </section>
  );
}
