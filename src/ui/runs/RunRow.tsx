import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../core/config';
import { paretoFrontier } from '../../core/analysis/pareto';
import { compareRuns, MAX_RUN_NAME, type SavedRun } from '../../core/runs';
import { useLab } from '../../state/labStore';
import { searchFor } from '../../state/urlSync';
import { backendName, plainT, shortAdapter } from '../backendLabel';
import {
  formatBytes,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatPpDelta,
} from '../format';

const SHOWN_CHANGES = 4;
/** Frontier points listed in a row; the rest are counted. */
const SHOWN_POINTS = 3;

/** The column heads, kept beside the row so the two always agree. */
export function RunHeader() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('runs.name')}</th>
        <th scope="col">{t('runs.models')}</th>
        <th scope="col">{t('workbench.runAccuracy')}</th>
        <th scope="col">{t('workbench.runCompressed')}</th>
        <th scope="col">{t('runs.comparison')}</th>
        <th scope="col">{t('runs.actions')}</th>
      </tr>
    </thead>
  );
}

/**
 * One saved run: its numbers, what differs from the baseline, and what can be done with it.
 * Memoised: the rows of a page re-render only when their run or the baseline changes.
 */
export const RunRow = memo(function RunRow({
  run,
  baseline,
  locale,
}: {
  run: SavedRun;
  baseline: SavedRun | null;
  locale: string;
}) {
  const { t } = useTranslation();
  const tr = plainT(t);
  const rename = useLab((s) => s.runRenamed);
  const remove = useLab((s) => s.runDeleted);
  const pin = useLab((s) => s.baselinePinned);
  const [draft, setDraft] = useState<string | null>(null);
  const isBaseline = baseline?.id === run.id;
  const adapter = shortAdapter(run.backend.adapter);

  return (
    <tr
      data-testid="run-row"
      data-value={run.id}
      className={isBaseline ? 'run-baseline' : undefined}
    >
      <th scope="row">
        {draft === null ? (
          <span data-testid="run-name">{run.name}</span>
        ) : (
          <form
            className="run-rename"
            onSubmit={(e) => {
              e.preventDefault();
              rename(run.id, draft);
              setDraft(null);
            }}
          >
            <input
              className="input input-compact"
              aria-label={t('runs.renameLabel')}
              maxLength={MAX_RUN_NAME}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
            />
            <button type="submit" className="button">
              {t('runs.save')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setDraft(null)}>
              {t('runs.cancel')}
            </button>
          </form>
        )}
        {isBaseline ? <span className="run-tag">{t('runs.baseline')}</span> : null}
        <span className="run-sub">
          {t(`runs.kinds.${run.kind}`)} · {formatDateTime(run.createdAt, locale)}
        </span>
      </th>
      <td>
        {run.config.dataset}
        <span className="run-sub">
          {run.kind === 'students'
            ? `${run.config.teacher.arch} → ${run.config.student.arch}`
            : run.config.teacher.arch}
        </span>
        <span
          className="run-sub"
          title={
            run.backend.adapter ? t('runs.adapter', { adapter: run.backend.adapter }) : undefined
          }
        >
          {backendName(run.backend.name, tr)}
          {adapter ? ` · ${adapter}` : null}
        </span>
      </td>
      <td>
        <output data-testid="run-teacher-accuracy" data-value={run.teacher.accuracy.toFixed(4)}>
          {formatPercent(run.teacher.accuracy, locale)}
        </output>
        <span className="run-sub">
          {t('workbench.runTeacher', { size: formatBytes(run.teacher.sizeBytes, locale) })}
        </span>
        {run.student && run.scratchStudent ? (
          <span className="run-sub">
            {t('workbench.runStudents', {
              distilled: formatPercent(run.student.accuracy, locale),
              scratch: formatPercent(run.scratchStudent.accuracy, locale),
            })}
          </span>
        ) : null}
      </td>
      <td>
        <RunFrontier run={run} locale={locale} />
      </td>
      <td>
        {baseline && !isBaseline ? (
          <Comparison run={run} baseline={baseline} locale={locale} />
        ) : null}
      </td>
      <td>
        <div className="run-actions">
          <a className="button" href={searchFor(toQuery(run.config), {})}>
            {t('runs.open')}
          </a>
          <button type="button" className="button" onClick={() => pin(isBaseline ? null : run.id)}>
            {isBaseline ? t('runs.unpin') : t('runs.pin')}
          </button>
          <button type="button" className="button" onClick={() => setDraft(run.name)}>
            {t('runs.rename')}
          </button>
          <button type="button" className="button" onClick={() => remove(run.id)}>
            {t('runs.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
});

function Comparison({
  run,
  baseline,
  locale,
}: {
  run: SavedRun;
  baseline: SavedRun;
  locale: string;
}) {
  const { t } = useTranslation();
  const c = compareRuns(run, baseline);
  const deltas = [
    t('runs.teacherDelta', { pp: formatPpDelta(c.teacherAccuracy, locale) }),
    ...(c.studentAccuracy === null
      ? []
      : [t('runs.studentDelta', { pp: formatPpDelta(c.studentAccuracy, locale) })]),
    t('runs.sizeRatio', { ratio: formatDecimal(c.teacherSizeRatio, locale) }),
  ];
  return (
    <div data-testid="run-comparison" data-value={c.teacherAccuracy.toFixed(4)}>
      {deltas.join(' · ')}
      {c.changes.length === 0 ? (
        <span className="run-sub">{t('runs.sameSettings')}</span>
      ) : (
        <ul className="run-changes">
          {c.changes.slice(0, SHOWN_CHANGES).map((ch) => (
            <li key={ch.key}>{t('runs.changed', { ...ch })}</li>
          ))}
          {c.changes.length > SHOWN_CHANGES ? (
            <li>{t('runs.moreChanges', { count: c.changes.length - SHOWN_CHANGES })}</li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

/**
 * The run's committed compression points that nothing beats (smaller and at least as accurate):
 * the best accuracy reached at each size, smallest first, as "accuracy · bytes (ratio×)".
 */
function RunFrontier({ run, locale }: { run: SavedRun; locale: string }) {
  const { t } = useTranslation();
  if (run.points.length === 0) return <span className="run-sub">—</span>;
  const points = run.points.map((p) => p.point);
  const frontier = paretoFrontier(points).map((i) => points[i]);
  return (
    <div data-testid="run-points" data-value={run.points.length}>
      <ul className="run-frontier" data-testid="run-frontier" data-value={frontier.length}>
        {frontier.slice(0, SHOWN_POINTS).map((p, i) => (
          <li key={i}>
            {t('workbench.runPoint', {
              accuracy: formatPercent(p.accuracy, locale),
              size: formatBytes(p.sizeBytes, locale),
              ratio: formatDecimal(p.ratio, locale, 2),
            })}
          </li>
        ))}
      </ul>
      <span className="run-sub">
        {t('workbench.runPointsCount', { count: run.points.length, frontier: frontier.length })}
      </span>
    </div>
  );
}
