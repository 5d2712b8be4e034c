import { useTranslation } from 'react-i18next';
import type { RaceEntry } from '../core/backendRace';
import { initBackend } from '../state/engineActions';
import { useLab } from '../state/labStore';
import { backendName, formatMs, plainT, type Translate } from './backendLabel';
import './backendRace.css';

function entryText(e: RaceEntry, t: Translate): string {
  if (e.outcome === 'timed' && e.msPerStep !== null)
    return t('backendRace.msPerStep', { ms: formatMs(e.msPerStep) });
  if (e.outcome === 'over-budget')
    return t('backendRace.overBudget', { ms: String(e.shareMs ?? '') });
  return t('backendRace.failed', { reason: e.reason ?? '' });
}

/**
 * `auto`'s speed test under the header badge: each backend's measured ms per training step,
 * the winner, and one button per backend to train there instead (it becomes the link's
 * backend=). With a backend chosen by hand, one button gives the choice back to the test.
 */
export function BackendRaceList() {
  const { t } = useTranslation();
  const tr = plainT(t);
  const info = useLab((s) => s.backend);
  const requested = useLab((s) => s.config.backend);
  const status = useLab((s) => s.status);
  const setParam = useLab((s) => s.setParam);
  const race = info?.race;
  const busy = status === 'running';

  if (requested !== 'auto' || !race) {
    return requested === 'auto' ? null : (
      <button
        type="button"

        data-testid="backend-auto"
        disabled={busy}
        onClick={() => setParam('backend', 'auto')}
      >
        {t('backendRace.backToAuto')}
      </button>
    );
  }
  return (
    <div
      className="backend-race"
      data-testid="backend-race"
      data-winner={race.winner}
      data-remembered={race.remembered ? 'true' : 'false'}
    >
      <p className="backend-details-title">
        {t(race.remembered ? 'backendRace.titleRemembered' : 'backendRace.title', {
          model: race.model,
        })}
      </p>
      <ul>
        {race.entries.map((e) => (
          <li
            key={e.backend}
            data-testid={`backend-race-${e.backend}`}
            data-value={e.msPerStep ?? ''}
            data-outcome={e.outcome}
          >
            <span className="backend-race-name">
              {backendName(e.backend, tr)}
              {e.softwareAdapter
                ? ` · ${t('backendRace.software', { adapter: e.softwareAdapter })}`
                : ''}
            </span>
            <span className="backend-race-time">{entryText(e, tr)}</span>
            {e.backend === race.winner ? (
              <strong className="backend-race-winner">{t('backendRace.winner')}</strong>
            ) : null}
            {e.outcome !== 'failed' ? (
              e.backend === info.name ? (
                <span className="backend-race-inuse">{t('backendRace.inUse')}</span>
              ) : (
                <button
                  type="button"
                  data-testid={`backend-use-${e.backend}`}
                  disabled={busy}
                  onClick={() => setParam('backend', e.backend)}
                >
                  {t('backendRace.use', { name: backendName(e.backend, tr) })}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      <p className="backend-race-foot">
        {race.remembered ? null : t('backendRace.elapsed', { ms: String(race.elapsedMs) })}{' '}
        <button
          type="button"

          data-testid="backend-race-again"
          disabled={busy}
          onClick={() => void initBackend('auto', undefined, true)}
        >
          {t('backendRace.again')}
        </button>
      </p>
    </div>
  );
}
