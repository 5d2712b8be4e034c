import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RUN_FILE_BYTES, parseRunFile, runFileText, runsToCsv } from '../../core/runs';
import { labStore, useLab } from '../../state/labStore';
import { useLocale } from '../useLocale';
import { downloadText, exportFileName } from './download';
import { RowErrorBoundary } from '../safety/RowErrorBoundary';
import { RunHeader, RunRow } from './RunRow';
import './runs.css';

/** Every finished run, kept in IndexedDB: compare against a pinned baseline, export, import. */
const RUNS_PER_PAGE = 50;

export function RunsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  // Deferred: the end of a training run saves it, and its new row (with the rows it pushes down)
  // renders in an interruptible background pass rather than in the same task as the result.
  const runs = useDeferredValue(useLab((s) => s.runs));
  const storage = useLab((s) => s.runsStorage);
  const baselineId = useLab((s) => s.baselineRunId);
  const baseline = runs.find((r) => r.id === baselineId) ?? null;
  // Pages rather than thousands of rows: an imported file of 10,000 runs once froze the page.
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(runs.length / RUNS_PER_PAGE));
  const shownPage = Math.min(page, pages - 1);
  const shown = runs.slice(shownPage * RUNS_PER_PAGE, (shownPage + 1) * RUNS_PER_PAGE);

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
              {shown.map((run) => (
                <RowErrorBoundary key={run.id} id={run.id} columns={6}>
                  <RunRow run={run} baseline={baseline} locale={locale} />
                </RowErrorBoundary>
              ))}
            </tbody>
          </table>
          {pages > 1 ? (
            <nav className="runs-paging" aria-label={t('hardening.paging.label')}>
              <button
                type="button"
                className="button"
                disabled={shownPage === 0}
                onClick={() => setPage(shownPage - 1)}
              >
                {t('hardening.paging.previous')}
              </button>
              <span data-testid="runs-page" data-value={shownPage + 1}>
                {t('hardening.paging.position', {
                  from: shownPage * RUNS_PER_PAGE + 1,
                  to: shownPage * RUNS_PER_PAGE + shown.length,
                  total: runs.length,
                })}
              </span>
              <button
                type="button"
                className="button"
                disabled={shownPage >= pages - 1}
                onClick={() => setPage(shownPage + 1)}
              >
                {t('hardening.paging.next')}
              </button>
            </nav>
          ) : null}
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
  const resolve = useLab((s) => s.runsImportResolved);
  if (status === null) return null;
  if (status.kind === 'conflict') {
    return (
      <div
        className="notice"
        role="alertdialog"
        data-testid="runs-import-conflict"
        data-value={status.collisions}
      >
        <p className="alert-message">
          {t('hardening.import.conflict', { count: status.collisions })}
        </p>
        <div className="runs-toolbar">
          <button type="button" className="button" onClick={() => resolve('both')}>
            {t('hardening.import.keepBoth')}
          </button>
          <button type="button" className="button" onClick={() => resolve('replace')}>
            {t('hardening.import.replace')}
          </button>
          <button type="button" className="button" onClick={() => resolve('skip')}>
            {t('hardening.import.skip')}
          </button>
          <button type="button" className="button button-quiet" onClick={dismiss}>
            {t('runs.cancel')}
          </button>
        </div>
      </div>
    );
  }
  const failed = status.kind === 'failed';
  const message = failed
    ? t('runs.importFailed', {
        reason:
          status.error.code === 'too-many'
            ? t('hardening.import.tooMany', { detail: status.error.detail })
            : t(`runs.errors.${status.error.code}`, { detail: status.error.detail }),
      })
    : t('hardening.import.done', { ...status.counts });
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
