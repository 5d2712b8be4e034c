import { useTranslation } from 'react-i18next';
import { BackendBadge } from './BackendBadge';
import { LanguageSelect } from './LanguageSelect';
import { UiModeSelect } from './present/UiModeSelect';
import { ThemeToggle } from './workbench/ThemeToggle';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="header-title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-tools">
        <BackendBadge />
        <UiModeSelect />
        <LanguageSelect />
        <ThemeToggle />
      </div>
    </header>
  );
}
