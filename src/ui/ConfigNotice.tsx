import { useTranslation } from 'react-i18next';
import { useLab } from '../state/labStore';

/** Which keys of the opening link were ignored, why, and what was used instead (text only). */
export function ConfigNotice() {
  const { t } = useTranslation();
  const notices = useLab((s) => s.notices);
  const dismissed = useLab((s) => s.noticesDismissed);
  const dismiss = useLab((s) => s.dismissNotices);
  if (dismissed || notices.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="config-notice-title">
      <div className="notice-body">
        <h2 id="config-notice-title" className="notice-title">
          {t('notice.title')}
        </h2>
        <ul data-testid="config-notice">
          {notices.map((n, i) => (
            <li key={`${n.key}-${i}`}>
              {t(n.used === '' ? 'notice.itemIgnored' : 'notice.item', {
                key: n.key,
                value: n.value === '' ? t('notice.empty') : n.value,
                reason: n.reason,
                used: n.used,
              })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button-quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </section>
  );
}
