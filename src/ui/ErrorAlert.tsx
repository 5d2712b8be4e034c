import { useTranslation } from 'react-i18next';
import { useLab } from '../state/labStore';

/** Why the last run failed. The region is always present so that screen readers announce it. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useLab((s) => s.error);
  const clearError = useLab((s) => s.clearError);
  return (
    <div role="alert" className={error ? 'alert' : 'alert-empty'}>
      {error ? (
        <>
          <div>
            <p className="alert-title">{t('errors.heading')}</p>
            <p className="alert-message">{error}</p>
          </div>
          <button type="button" className="button button-quiet" onClick={clearError}>
            {t('errors.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}
