import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProbabilityChart } from '../charts/ProbabilityChart';
import { TemperatureSweep } from '../charts/TemperatureSweep';
import { TrainingCurves } from '../charts/TrainingCurves';
import { CompressOptions } from '../lab/CompressControls';
import { FullRunControls } from '../lab/FullRunControls';
import { AttentionMapsPanel } from '../lab/AttentionMaps';
import { HeadSensitivityPanel } from '../lab/HeadSensitivity';
import { Inspectors } from '../lab/Inspectors';
import { LabCards } from '../lab/LabCards';
import { DatasetPanel } from '../panels/DatasetPanel';
import { DatasetImport } from '../owndata/DatasetImport';
import { DrawProbe } from '../owndata/DrawProbe';
import { ModelFilePanel } from '../panels/ModelFilePanel';
import { StudentPanel } from '../panels/StudentPanel';
import { StudentResults } from '../panels/StudentResults';
import { TeacherPanel } from '../panels/TeacherPanel';
import { TeacherResult } from '../panels/TeacherResult';
import { RunsPanel } from '../runs/RunsPanel';
import { SharePanel } from '../runs/SharePanel';

export const DETAIL_TABS = [
  'training',
  'data',
  'draw',
  'distill',
  'compress',
  'inspect',
  'layers',
  'runs',
  'file',
] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

/** What each tab holds. Every panel stays mounted (hidden when not chosen): running jobs,
 * fetched inspections and typed-in drafts survive switching tabs. */
const CONTENT: Record<DetailTab, (t: TFunction) => ReactNode> = {
  training: (t) => (
    <div className="detail-grid detail-training">
      <TeacherPanel />
      <TeacherResult />
      <section
        className="panel detail-wide"
        aria-label={`${t('charts.lossHeading')}, ${t('charts.accuracyHeading')}`}
      >
        <TrainingCurves />
      </section>
    </div>
  ),
  data: () => (
    <div className="detail-stack">
      <DatasetPanel />
      <DatasetImport />
    </div>
  ),
  draw: () => <DrawProbe />,
  distill: () => (
    <div className="detail-grid">
      <StudentPanel />
      <StudentResults />
      <div className="detail-wide">
        <ProbabilityChart />
      </div>
      <div className="detail-wide">
        <TemperatureSweep />
      </div>
    </div>
  ),
  compress: (t) => (
    <div className="detail-grid">
      <section className="panel" aria-labelledby="compress-options-heading">
        <h2 id="compress-options-heading">{t('workbench.tabs.compress')}</h2>
        <CompressOptions />
      </section>
      <section className="panel">
        <FullRunControls />
      </section>
    </div>
  ),
  inspect: () => (
    <div className="detail-stack">
      <Inspectors />
      <AttentionMapsPanel />
      <HeadSensitivityPanel />
    </div>
  ),
  layers: () => <LabCards />,
  runs: () => (
    <div className="detail-stack">
      <SharePanel />
      <RunsPanel />
    </div>
  ),
  file: () => <ModelFilePanel />,
};

/**
 * Details on demand, below the workbench: one tab strip (WAI-ARIA tabs: arrows, Home, End move
 * and select), one panel shown. Tests reach a panel with a click on its tab (`detail-tab-<id>`).
 */
export function DetailTabs({ tab, onTab }: { tab: DetailTab; onTab: (tab: DetailTab) => void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = DETAIL_TABS.indexOf(tab);
    const n = DETAIL_TABS.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    onTab(DETAIL_TABS[next]);
    list.current?.querySelector<HTMLElement>(`#detail-tab-${DETAIL_TABS[next]}`)?.focus();
  };

  return (
    <section className="details" id="details" aria-label={t('workbench.detailsLabel')}>
      <div
        ref={list}
        className="tabs"
        role="tablist"
        aria-label={t('workbench.detailsLabel')}
        onKeyDown={onKeyDown}
      >
        {DETAIL_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`detail-tab-${id}`}
            data-testid={`detail-tab-${id}`}
            aria-selected={id === tab}
            aria-controls={`detail-panel-${id}`}
            tabIndex={id === tab ? 0 : -1}
            className="tab"
            onClick={() => onTab(id)}
          >
            {t(`workbench.tabs.${id}`)}
          </button>
        ))}
      </div>
      {DETAIL_TABS.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`detail-panel-${id}`}
          aria-labelledby={`detail-tab-${id}`}
          className="tab-panel"
          tabIndex={0}
          hidden={id !== tab}
        >
          {CONTENT[id](t)}
        </div>
      ))}
    </section>
  );
}
