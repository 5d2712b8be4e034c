import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../core/data/user/problems';
import type { DatasetSummary } from '../../engine/userDatasetsDb';
import {
  datasetFile,
  deleteDataset,
  importDataset,
  suggestName,
  type ChosenFile,
} from '../../state/datasetActions';
import { errorMessage } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { formatBytes } from '../format';
import { downloadBlob } from '../runs/download';
import { useLocale } from '../useLocale';
import { problemText } from './problemText';
import { DatasetSummaryView } from './DatasetSummaryView';
import { ImportDropZone } from './ImportDropZone';
import { useStoredDatasets } from './useStoredDatasets';
import './owndata.css';

const IMAGE_SIZES = [8, 16, 28, 32] as const;

type Outcome =
  | { kind: 'busy' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'failed'; message: string }
  | { kind: 'imported'; summary: DatasetSummary }
  | null;

/**
 * Bring your own data: images in class folders or a zip of them (or with a CSV of file → label),
 * a tabular CSV, or a dataset file exported from the lab. Everything stays in this browser (IndexedDB).
 */
export function DatasetImport() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const seed = useLab((s) => s.config.seed);
  const current = useLab((s) => s.config.dataset);
  const setParam = useLab((s) => s.setParam);
  const { datasets } = useStoredDatasets();
  const [name, setName] = useState('');
  const [labelColumn, setLabelColumn] = useState('');
  const [imageSize, setImageSize] = useState<number>(28);
  const [channels, setChannels] = useState<1 | 3>(1);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFiles = async (files: ChosenFile[]) => {
    setOutcome({ kind: 'busy' });
    try {
      const reply = await importDataset(files, {
        name: name.trim() || suggestName(files),
        labelColumn,
        imageSize,
        channels,
        seed,
      });
      setOutcome(
        reply.ok
          ? { kind: 'imported', summary: reply.summary }
          : { kind: 'problems', problems: reply.problems },
      );
    } catch (err) {
      setOutcome({ kind: 'failed', message: errorMessage(err) });
    }
  };

  const exportFile = async (d: DatasetSummary) => {
    const bytes = await datasetFile(d.hash);
    downloadBlob(`${d.name}-${d.hash}.clds`, new Blob([bytes as Uint8Array<ArrayBuffer>]));
  };

  return (
    <section className="panel dataset-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('owndata.data.heading')}</h2>
      <p className="owndata-private">{t('owndata.data.private')}</p>
      <p className="muted">{t('owndata.data.intro')}</p>
      <div className="fields owndata-options">
        <label>
          {t('owndata.data.name')}
          <input
            className="input"
            value={name}
            placeholder={t('owndata.data.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {t('owndata.data.labelColumn')}
          <input
            className="input"
            value={labelColumn}
            placeholder={t('owndata.data.labelColumnPlaceholder')}
            onChange={(e) => setLabelColumn(e.target.value)}
          />
        </label>
        <label>
          {t('owndata.data.imageSize')}
          <select
            className="input"
            value={imageSize}
            onChange={(e) => setImageSize(Number(e.target.value))}
          >
            {IMAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}×{s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('owndata.data.colour')}
          <select
            className="input"
            value={channels}
            onChange={(e) => setChannels(Number(e.target.value) === 3 ? 3 : 1)}
          >
            <option value={1}>{t('owndata.data.gray')}</option>
            <option value={3}>{t('owndata.data.rgb')}</option>
          </select>
        </label>
      </div>
      <ImportDropZone
        onFiles={(files) => void onFiles(files)}
        disabled={outcome?.kind === 'busy'}
      />
      <div aria-live="polite">
        {outcome?.kind === 'busy' ? <p className="muted">{t('owndata.data.busy')}</p> : null}
        {outcome?.kind === 'failed' ? (
          <p className="field-error">{t('owndata.data.failed', { message: outcome.message })}</p>
        ) : null}
        {outcome?.kind === 'problems' ? (
          <>
            <p className="field-error">{t('owndata.data.refused')}</p>
            <ul className="field-error" data-testid="dataset-errors">
              {outcome.problems.map((p, i) => (
                <li key={i} data-code={p.code}>
                  {problemText(t, p, locale)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {outcome?.kind === 'imported' ? (
          <div data-testid="dataset-imported" data-value={outcome.summary.ref}>
            <p>{t('owndata.data.imported', { name: outcome.summary.name })}</p>
            <DatasetSummaryView summary={outcome.summary} />
          </div>
        ) : null}
      </div>
      <h3 className="subheading">{t('owndata.data.stored')}</h3>
      {datasets.length === 0 ? <p className="muted">{t('owndata.data.none')}</p> : null}
      <ul className="owndata-list" data-testid="dataset-list" data-value={datasets.length}>
        {datasets.map((d) => (
          <li key={d.hash} data-value={d.ref}>
            <span className="owndata-name">{d.name}</span>{' '}
            <span className="muted">
              {t('owndata.data.row', {
                kind: t(`owndata.data.kind.${d.kind}`),
                classes: d.classNames.length,
                train: d.trainCount,
                test: d.testCount,
                size: formatBytes(d.bytes, locale),
                hash: d.hash,
              })}
            </span>
            <span className="owndata-actions">
              <button
                type="button"
                className="button"
                disabled={current === d.ref}
                onClick={() => setParam('dataset', d.ref)}
              >
                {current === d.ref ? t('owndata.data.inUse') : t('owndata.data.use')}
              </button>
              <button type="button" className="button" onClick={() => void exportFile(d)}>
                {t('owndata.data.export')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void deleteDataset(d.hash)}
                aria-label={t('owndata.data.deleteNamed', { name: d.name })}
              >
                {t('owndata.data.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
