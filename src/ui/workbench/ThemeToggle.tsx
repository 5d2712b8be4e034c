import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, readTheme, THEMES, writeTheme, type Theme } from './theme';

/** System / Light / Dark, remembered in this browser (not in the link: it is the viewer's taste). */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(() => readTheme(globalThis.localStorage));
  const id = useId();
  useEffect(() => {
    applyTheme(document.documentElement, theme);
  }, [theme]);
  return (
    <div className="language">
      <label htmlFor={id}>{t('workbench.theme.label')}</label>
      <select
        id={id}
        className="input input-compact"
        data-testid="theme"
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          writeTheme(globalThis.localStorage, next);
          setTheme(next);
        }}
      >
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`workbench.theme.${th}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
