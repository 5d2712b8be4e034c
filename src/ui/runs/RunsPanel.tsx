import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runFileParts, runsToCsvParts } from '../../core/runs';
import { labStore, useLab } from '../../state/labStore';
import { MAX_STORED_RUNS } from '../../state/runsSlice';
import { readRunFile } from '../../state/runFileReader';
import { useLocale } from '../useLocale';
import { downloadParts, exportFileName } from './download';
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
    const parsed = await readRunFile(file);
    const { runsImported, runsImportFailed } = labStore.getState();
    if (parsed.ok) runsImported(parsed.runs);
    else runsImportFailed(parsed.error);
  };
  // One export at a time: a large one takes a few frames to build.
  const [exporting, setExporting] = useState(false);
  const exportRuns = async (ext: 'json' | 'csv') => {
    setExporting(true);
    try {
      const all = labStore.getState().runs;
      if (ext === 'json') {
        await downloadParts(exportFileName('json'), runFileParts(all), 'application/json');
      } else await downloadParts(exportFileName('csv'), runsToCsvParts(all), 'text/csv');
    } finally {
      setExporting(false);
    }
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
          disabled={runs.length === 0 || exporting}
          onClick={() => void exportRuns('json')}
        >
          {t('runs.exportJson')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="runs-export-csv"
          disabled={runs.length === 0 || exporting}
          onClick={() => void exportRuns('csv')}
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
  // A full table leaves runs out: as loud as a refusal, with exact counts.
  const capped = status.kind === 'imported' && status.counts.capped > 0;
  const message = failed
    ? t('runs.importFailed', {
        reason: t(`runs.errors.${status.error.code}`, { detail: status.error.detail }),
      })
    : [
        t('hardening.import.done', { ...status.counts }),
        capped
          ? t('hardening.import.capped', { count: status.counts.capped, max: MAX_STORED_RUNS })
          : '',
      ]
        .filter((line) => line !== '')
        .join(' ');
  return (
    <div
      className={failed || capped ? 'alert' : 'notice'}
      role={failed || capped ? 'alert' : 'status'}
      data-testid="runs-import-status"
      data-value={failed ? status.error.code : capped ? 'capped' : 'ok'}
    >
      <p className="alert-message">{message}</p>
      <button type="button" className="button button-quiet" onClick={dismiss}>
        {t('runs.dismiss')}
      </button>
    </div>
  );
}
