import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../core/data/user/problems';

/** One import problem in the user's language, with its numbers. */
export function problemText(t: TFunction, p: ImportProblem, locale: string): string {
  const key = `owndata.data.problems.${p.code}`;
  switch (p.code) {
    case 'unknown-files':
      return t(key, { files: p.files.slice(0, 5).join(', '), count: p.files.length });
    case 'no-label-column':
      return t(key, { column: p.column, columns: p.columns.join(', ') });
    case 'too-large':
      return t(key, {
        mib: (p.bytes / 2 ** 20).toLocaleString(locale, { maximumFractionDigits: 1 }),
        max: (p.max / 2 ** 20).toLocaleString(locale),
      });
    case 'zip-too-large':
      return t(key, {
        file: p.file,
        mib: (p.bytes / 2 ** 20).toLocaleString(locale, { maximumFractionDigits: 1 }),
        max: (p.max / 2 ** 20).toLocaleString(locale),
      });
    default:
      return t(key, p);
  }
}
