import { useTranslation } from 'react-i18next';
import { useLab } from '../state/labStore';
import { backendName, describeBackend, plainT } from './backendLabel';
import { BackendRaceList } from './BackendRaceList';

/**
 * The backend in use (data-value = its name), and a disclosure listing what was tried first
 * and why it did not work — the honest answer to "why is it slow?".
 */
export function BackendBadge() {
  const { t } = useTranslation();
  const tr = plainT(t);
  const info = useLab((s) => s.backend);
  const status = useLab((s) => s.backendStatus);
  const error = useLab((s) => s.backendError);

  let text = t('backend.starting');
  if (status === 'error' && error) text = t('backend.failed', { reason: error });
  else if (info) text = describeBackend(info, tr);
  const slow = info !== null && (info.isFallbackAdapter || info.fallbacks.length > 0);

  return (
    <details
      className={`backend${status === 'error' ? ' backend-error' : slow ? ' backend-slow' : ''}`}
    >
      <summary title={text}>
        <span className="visually-hidden">{t('backend.label')}: </span>
        <span className="backend-badge" data-testid="backend-badge" data-value={info?.name ?? ''}>
          {text}
        </span>
      </summary>
      <div className="backend-details">
        <p className="backend-details-title">{t('backend.detailsTitle')}</p>
        {info ? (
          <ul>
            {info.fallbacks.map((f) => (
              <li key={f.backend}>
                {f.softwareAdapter !== undefined
                  ? t('backend.softwareSkipped', {
                      name: backendName(f.backend, tr),
                      adapter: f.softwareAdapter,
                    })
                  : t('backend.fallbackItem', {
                      name: backendName(f.backend, tr),
                      reason: f.reason,
                    })}
              </li>
            ))}
            {info.fallbacks.length === 0 && !info.race ? (
              <li>{t('backend.firstChoice', { name: backendName(info.name, tr) })}</li>
            ) : null}
            {info.adapter ? <li>{t('backend.adapter', { adapter: info.adapter })}</li> : null}
          </ul>
        ) : (
          <p>{text}</p>
        )}
        <BackendRaceList />
      </div>
    </details>
  );
}
