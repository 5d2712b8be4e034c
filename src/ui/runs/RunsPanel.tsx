import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RUN_FILE_BYTES, parseRunFile, runFileText, runsToCsv } from '../../core/runs';
import { labStore, useLab } from '../../state/labStore';
import { useLocale } from '../useLocale';
import { downloadText, exportFileName } from './download';
import { RunHeader, RunRow } from './RunRow';
import './runs.css';

/** Every finished run, kept in IndexedDB: compare against a pinned baseline, export, import. */
export function RunsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const runs = useLab((s) => s.runs);
  const storage = useLab((s) => s.runsStorage);
  const baselineId = useLab((s) => s.baselineRunId);
  const baseline = runs.find((r) => r.id === baselineId) ?? null;

  const importFile = async (file: File) => {
    const { runsImported, runsImportFailed } = labStore.getState();
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_RUN_FILE_BYTES) {
      runsImportFailed({
        code: 'too-large',
        detail: `${file.size} bytes; the limit is ${MAX_RUN_FILE_BYTES}`,
      });
      return;
    }
    const parsed = parseRunFile(await file.text());
    if (parsed.ok) runsImported(parsed.runs);
    else runsImportFailed(parsed.error);
  };

  return (
    <section
      id="saved-runs"
      className="panel runs"
      aria-labelledby={`${id}-heading`}
      data-testid="runs-panel"
    >
      <h2 id={`${id}-heading`}>{t('runs.heading')}</h2>
      <p className="muted">{t('runs.intro')}</p>
      <div className="runs-toolbar">
        <button
          type="button"
          className="button"
          data-testid="runs-export-json"
          disabled={runs.length === 0}
          onClick={() =>
            downloadText(exportFileName('json'), runFileText(runs), 'application/json')
          }
        >
          {t('runs.exportJson')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="runs-export-csv"
          disabled={runs.length === 0}
          onClick={() => downloadText(exportFileName('csv'), runsToCsv(runs), 'text/csv')}
        >
          {t('runs.exportCsv')}
        </button>
        <input
          id={`${id}-import`}
          className="runs-file-input"
          type="file"
          accept=".json,application/json"
          data-testid="runs-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
        <label htmlFor={`${id}-import`} className="button">
          {t('runs.import')}
        </label>
      </div>
      <ImportStatus />
      {storage === 'unavailable' ? <p className="muted">{t('runs.unavailable')}</p> : null}
      {runs.length === 0 ? (
        <p className="muted">{storage === 'loading' ? t('runs.loading') : t('runs.none')}</p>
      ) : (
        <div className="runs-table-wrap">
          <table className="runs-table" data-testid="runs-table" data-value={runs.length}>
            <caption>{t('runs.caption')}</caption>
            <RunHeader />
            <tbody>
              {runs.map((run) => (
                <RunRow key={run.id} run={run} baseline={baseline} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The last import's outcome; a refusal is an alert, as nothing happened that the user can see. */
function ImportStatus() {
  const { t } = useTranslation();
  const status = useLab((s) => s.runsImport);
  const dismiss = useLab((s) => s.runsImportDismissed);
  if (status === null) return null;
  const failed = status.kind === 'failed';
  const message = failed
    ? t('runs.importFailed', {
        reason: t(`runs.errors.${status.error.code}`, { detail: status.error.detail }),
      })
    : t('runs.imported', { count: status.count });
  return (
    <div
      className={failed ? 'alert' : 'notice'}
      role={failed ? 'alert' : 'status'}
      data-testid="runs-import-status"
      data-value={failed ? status.error.code : 'ok'}
    >
      <p className="alert-message">{message}</p>
      <button type="button" className="button button-quiet" onClick={dismiss}>
        {t('runs.dismiss')}
      </button>
    </div>
  );
}
