import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { shareUrl } from '../../state/urlSync';
import './runs.css';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * The link to the current settings, a copy button (data-testid="share-link", data-value = the
 * link) and the promise a link makes about reproducing numbers.
 */
export function SharePanel() {
  const { t } = useTranslation();
  const config = useLab((s) => s.config);
  const extras = useLab((s) => s.extras);
  const [autorun, setAutorun] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const url = shareUrl(config, extras, autorun);

  const onCopy = async () => {
    try {
      // Missing outside secure contexts and refused without permission: fall back to selecting.
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopy('selected');
    }
  };

  return (
    <section className="panel share" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('share.heading')}</h2>
      <label className="field-label" htmlFor={`${id}-url`}>
        {t('share.linkLabel')}
      </label>
      <div className="share-row">
        <input
          id={`${id}-url`}
          ref={field}
          className="input input-mono share-url"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          data-testid="share-link"
          data-value={url}
          onClick={() => void onCopy()}
        >
          {t('share.copy')}
        </button>
      </div>
      <label className="share-autorun">
        <input
          type="checkbox"
          checked={autorun}
          onChange={(e) => {
            setAutorun(e.target.checked);
            setCopy('idle');
          }}
        />{' '}
        {t('share.autorun')}
      </label>
      <p className="share-status" role="status" aria-live="polite">
        {copy === 'copied' ? t('share.copied') : copy === 'selected' ? t('share.selected') : ''}
      </p>
      <p className="muted share-note">{t('share.reproducible')}</p>
    </section>
  );
}
