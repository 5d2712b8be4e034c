import { useTranslation } from 'react-i18next';

/** Where each part of the (long) page starts: a projector user jumps instead of scrolling. */
const SECTIONS = [
  ['data', 'dataset-heading'],
  ['training', 'training'],
  ['students', 'students-heading'],
  ['lab', 'lab-heading'],
  ['runs', 'saved-runs'],
] as const;

export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map(([key, target]) => (
          <li key={key}>
            <a href={`#${target}`}>{t(`nav.${key}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
