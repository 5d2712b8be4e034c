import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** `lang=` from the link wins; then the browser's preferred languages; then English. */
export function pickLanguage(fromUrl: string | undefined, preferred: readonly string[]): Language {
  if (fromUrl && isLanguage(fromUrl)) return fromUrl;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Initialises i18next once, synchronously (resources are bundled), and keeps <html lang> in step. */
export function initI18n(language: Language): typeof i18n {
  if (typeof document !== 'undefined') {
    i18n.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
  }
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes text already
    // One namespace; ':' appears in keys such as the preset 'mlp:300-100'.
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18n;
}

export { i18n };
