import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCompression } from '../core/compress/registry';
import { distillRefusals } from '../core/distill/attentionRules';
import { asksCompression } from '../core/experiment/compress/asks';
import { useLab } from '../state/labStore';

/**
 * Which keys of the opening link were ignored, why, and what was used instead; and, live for the
 * current settings, every combination of compression (or distillation) methods the engine refuses (with the
 * method's reason) or has something to say about. Text only.
 */
export function ConfigNotice() {
  const { t } = useTranslation();
  const notices = useLab((s) => s.notices);
  const dismissed = useLab((s) => s.noticesDismissed);
  const dismiss = useLab((s) => s.dismissNotices);
  const config = useLab((s) => s.config);
  const check = useMemo(() => {
    const compression = asksCompression(config)
      ? checkCompression(config)
      : { refusals: [], notes: [] };
    // Distillation's refusals (attention transfer between vision transformers) are shown the
    // same way, whether or not anything is compressed.
    return { ...compression, refusals: [...distillRefusals(config), ...compression.refusals] };
  }, [config]);
  const linkShown = !dismissed && notices.length > 0;
  const methodsShown = check.refusals.length > 0 || check.notes.length > 0;
  if (!linkShown && !methodsShown) return null;
  return (
    <section className="notice" aria-labelledby="config-notice-title">
      <div className="notice-body">
        <h2 id="config-notice-title" className="notice-title">
          {linkShown ? t('notice.title') : t('methodNotice.title')}
        </h2>
        <ul data-testid="config-notice">
          {linkShown &&
            notices.map((n, i) => (
              <li key={`${n.key}-${i}`}>
                {t(n.used === '' ? 'notice.itemIgnored' : 'notice.item', {
                  key: n.key,
                  value: n.value === '' ? t('notice.empty') : n.value,
                  reason: n.reason,
                  used: n.used,
                })}
              </li>
            ))}
          {check.refusals.map((r) => (
            <li
              key={`refused-${r.method}-${r.key}`}
              data-kind="refused"
              data-key={r.key}
              data-code={r.reason.code}
            >
              {t('methodNotice.refused', {
                key: r.key,
                value: r.value,
                reason: t(`methodNotice.reasons.${r.reason.code}`, r.reason.params),
              })}
            </li>
          ))}
          {check.notes.map((n) => (
            <li key={`note-${n.reason.code}`} data-kind="note" data-code={n.reason.code}>
              {t('methodNotice.note', {
                note: t(`methodNotice.reasons.${n.reason.code}`, n.reason.params),
              })}
            </li>
          ))}
        </ul>
      </div>
      {linkShown && (
        <button type="button" className="button button-quiet" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </section>
  );
}
