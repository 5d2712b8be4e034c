import { useTranslation } from 'react-i18next';

/** The language numbers are formatted in; it changes with the language switch. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}
