import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_NAMES, type DatasetRef } from '../../core/data/types';
import { isUserDataset, parseUserRef } from '../../core/data/user/ref';
import { useLab } from '../../state/labStore';
import { HelpTip } from '../controls/HelpTip';
import { ArchDataRefusal } from './ArchDataRefusal';
import { DatasetSummaryView } from './DatasetSummaryView';
import { useStoredDatasets } from './useStoredDatasets';

/**
 * The dataset select: the built-in sets and the ones imported in this browser. A config (a
 * link) naming an imported set that is not here says so, with the name and content hash, and
 * nothing trains on other data in its place. `withSummary` adds the imported set's summary
 * (classes, counts, samples or columns), where there is room for it.
 */
export function DatasetPicker({ withSummary = false }: { withSummary?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const value = useLab((s) => s.config.dataset);
  const setParam = useLab((s) => s.setParam);
  const { datasets, loaded } = useStoredDatasets();
  const stored = datasets.find((d) => d.ref === value);
  const missing = isUserDataset(value) && loaded && !stored ? parseUserRef(value) : null;

  return (
    <div className="field">
      <div className="field-head">
        <label className="field-label" htmlFor={`${id}-input`}>
          {t('params.dataset.label')}
        </label>
        <HelpTip id={`${id}-help`}>{t('params.dataset.help')}</HelpTip>
      </div>
      <select
        id={`${id}-input`}
        className="input"
        value={value}
        aria-describedby={`${id}-help`}
        data-testid="dataset-select"
        onChange={(e) => setParam('dataset', e.target.value as DatasetRef)}
      >
        {DATASET_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`dataset.names.${name}`, { defaultValue: name })}
          </option>
        ))}
        {datasets.map((d) => (
          <option key={d.hash} value={d.ref}>
            {t('owndata.data.option', { name: d.name, hash: d.hash })}
          </option>
        ))}
        {isUserDataset(value) && !stored ? (
          <option value={value}>{t('owndata.data.missingOption', { ref: value })}</option>
        ) : null}
      </select>
      {missing ? (
        <p className="field-error" role="alert" data-testid="dataset-missing" data-value={value}>
          {t('owndata.data.missing', { name: missing.name, hash: missing.hash })}
        </p>
      ) : null}
      <ArchDataRefusal stored={stored} />
      {withSummary && stored ? <DatasetSummaryView summary={stored} /> : null}
    </div>
  );
}
