import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { errorMessage } from '../../state/engineActions';
import {
  compressedModelFile,
  evaluateModelFile,
  modelFileName,
} from '../../state/modelFileActions';
import { downloadBlob } from '../runs/download';
import { formatBytes, formatPercent } from '../format';
import { useLocale } from '../useLocale';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'preparing' | 'loading' }
  | { kind: 'error'; message: string };

/**
 * The compressed model as a file: download exactly the bytes the size counts, load a file
 * back and score it, so "the accuracy after loading equals the one before download" can be
 * checked by anyone.
 */
export function ModelFilePanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const config = useLab((s) => s.config);
  const hasTarget = useLab((s) => (s.config.target === 'teacher' ? s.result : s.students) !== null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [downloaded, setDownloaded] = useState<{
    name: string;
    bytes: number;
    accuracy: number;
  } | null>(null);
  const [loaded, setLoaded] = useState<{ name: string; bytes: number; accuracy: number } | null>(
    null,
  );
  const busy = status.kind === 'busy';

  const download = async () => {
    setStatus({ kind: 'busy', what: 'preparing' });
    try {
      const { bytes, point } = await compressedModelFile(config);
      const arch = config.target === 'teacher' ? config.teacher.arch : config.student.arch;
      const name = modelFileName(point, arch);
      downloadBlob(name, new Blob([bytes.slice().buffer], { type: 'application/octet-stream' }));
      setDownloaded({ name, bytes: bytes.length, accuracy: point.accuracy });
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };

  const load = async (file: File) => {
    setStatus({ kind: 'busy', what: 'loading' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await evaluateModelFile(bytes, config);
      setLoaded({ name: file.name, bytes: result.sizeBytes, accuracy: result.accuracy });
      setStatus({ kind: 'idle' });
    } catch (e) {
      setLoaded(null);
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };

  return (
    <section className="panel" aria-labelledby="model-file-heading" data-advanced>
      <h2 id="model-file-heading">{t('modelFile.heading')}</h2>
      <p className="muted">{t('modelFile.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          data-testid="model-download"
          disabled={busy || !hasTarget}
          onClick={() => void download()}
        >
          {t('modelFile.download')}
        </button>
        <label className="file-button">
          {t('modelFile.load')}
          <input
            type="file"
            accept=".clz,application/octet-stream"
            data-testid="model-load"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void load(file);
            }}
          />
        </label>
      </div>
      {!hasTarget ? <p className="muted">{t('modelFile.needModel')}</p> : null}
      {busy ? <p role="status">{t(`modelFile.${status.what}`)}</p> : null}
      {status.kind === 'error' ? (
        <p role="alert" className="field-error">
          {t('modelFile.failed', { message: status.message })}
        </p>
      ) : null}
      {downloaded ? (
        <p data-testid="model-downloaded-accuracy" data-value={downloaded.accuracy.toFixed(4)}>
          {t('modelFile.downloaded', {
            name: downloaded.name,
            bytes: formatBytes(downloaded.bytes, locale),
            accuracy: formatPercent(downloaded.accuracy, locale, 2),
          })}
        </p>
      ) : null}
      {loaded ? (
        <>
          <p data-testid="model-loaded-accuracy" data-value={loaded.accuracy.toFixed(4)}>
            {t('modelFile.loaded', {
              name: loaded.name,
              bytes: formatBytes(loaded.bytes, locale),
              accuracy: formatPercent(loaded.accuracy, locale, 2),
              dataset: config.dataset,
            })}
          </p>
          {downloaded ? (
            <p>
              {downloaded.accuracy === loaded.accuracy
                ? t('modelFile.same')
                : t('modelFile.different', {
                    accuracy: formatPercent(downloaded.accuracy, locale, 2),
                  })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
