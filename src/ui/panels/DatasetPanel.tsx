import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { isUserDataset } from '../../core/data/user/ref';
import { DatasetSummaryView } from '../owndata/DatasetSummaryView';
import { useStoredDatasets } from '../owndata/useStoredDatasets';
import { SampleGallery } from './SampleGallery';

/**
 * The data tab: samples of a built-in set, or an imported set's own summary (classes, counts,
 * samples or columns). The dataset is chosen once, in the workbench's model strip.
 */
export function DatasetPanel() {
  const { t } = useTranslation();
  const dataset = useLab((s) => s.config.dataset);
  const { datasets } = useStoredDatasets();
  const stored = isUserDataset(dataset) ? datasets.find((d) => d.ref === dataset) : undefined;
  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('dataset.samplesHeading')}</h2>
      {isUserDataset(dataset) ? (
        stored ? (
          <DatasetSummaryView summary={stored} />
        ) : null
      ) : (
        <SampleGallery />
      )}
    </section>
  );
}
