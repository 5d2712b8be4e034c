import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS: readonly { keys: readonly string[]; what: string }[] = [
  { keys: ['N', '→'], what: 'next' },
  { keys: ['P', '←'], what: 'previous' },
  { keys: ['T'], what: 'train' },
  { keys: ['S'], what: 'students' },
  { keys: ['R'], what: 'reset' },
];

/** The presenter's keyboard shortcuts, always visible in presenter mode. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <p className="shortcut-help" data-testid="shortcut-help">
      <span className="shortcut-help-label">{t('classroom.shortcuts.label')}:</span>{' '}
      {KEYS.map(({ keys, what }, i) => (
        <span key={what} className="shortcut">
          {i > 0 ? ' · ' : null}
          {keys.map((key, j) => (
            <Fragment key={key}>
              {j > 0 ? ` ${t('classroom.shortcuts.or')} ` : null}
              <kbd>{key}</kbd>
            </Fragment>
          ))}{' '}
          {t(`classroom.shortcuts.${what}`)}
        </span>
      ))}
    </p>
  );
}
