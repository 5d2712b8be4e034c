import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';
import { useLab } from '../state/labStore';
import { useLocale } from './useLocale';

/** English / 한국어. The choice goes into the link (`lang=`), so a shared link keeps it. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const setExtra = useLab((s) => s.setExtra);
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="input input-compact"
        value={locale}
        onChange={(e) => {
          setExtra('lang', e.target.value);
          void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
