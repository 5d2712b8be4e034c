/**
 * What can be wrong with an imported dataset, as data: the UI says each in the user's language
 * with the numbers, the CLI in English. One import yields all its problems at once, and any
 * problem means nothing is stored.
 */
export type ImportProblem =
  | { code: 'no-files' }
  | { code: 'unknown-files'; files: string[] }
  | { code: 'unreadable'; file: string; reason: string }
  | { code: 'ragged'; row: number; fields: number; expected: number }
  | { code: 'empty-csv' }
  | { code: 'no-label-column'; column: string; columns: string[] }
  | { code: 'missing-label'; row: number }
  | { code: 'non-numeric-label'; row: number; value: string }
  | { code: 'no-features' }
  | { code: 'one-class'; className: string }
  | { code: 'too-few'; className: string; count: number; min: number }
  | { code: 'too-many-classes'; count: number; max: number }
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'zip-too-large'; file: string; bytes: number; max: number }
  | { code: 'bad-name'; name: string }
  | { code: 'bad-file'; reason: string };

/** Import limits: enough for a classroom set, small enough for any browser's memory. */
export const MIN_PER_CLASS = 5;
export const MAX_CLASSES = 50;
export const MAX_FEATURE_BYTES = 256 * 1024 * 1024;

/** One line of English per problem (the CLI's wording; the app has its own translations). */
export function describeProblem(p: ImportProblem): string {
  switch (p.code) {
    case 'no-files':
      return 'No files were given.';
    case 'unknown-files':
      return `Not an image or CSV file: ${p.files.slice(0, 5).join(', ')}${p.files.length > 5 ? ` and ${p.files.length - 5} more` : ''}.`;
    case 'unreadable':
      return `Cannot read ${p.file}: ${p.reason}.`;
    case 'ragged':
      return `Row ${p.row} has ${p.fields} fields; the header has ${p.expected}.`;
    case 'empty-csv':
      return 'The CSV has a header but no rows.';
    case 'no-label-column':
      return `There is no column "${p.column}"; the columns are ${p.columns.join(', ')}.`;
    case 'missing-label':
      return `Row ${p.row} has no label.`;
    case 'non-numeric-label':
      return `Row ${p.row}: the label "${p.value}" is not a whole number, but the other labels are.`;
    case 'no-features':
      return 'There are no feature columns besides the label.';
    case 'one-class':
      return `Only one class ("${p.className}"): a classifier needs at least two.`;
    case 'too-few':
      return `Class "${p.className}" has ${p.count} examples; each class needs at least ${p.min}.`;
    case 'too-many-classes':
      return `${p.count} classes; at most ${p.max} are supported.`;
    case 'too-large':
      return `The data would take ${(p.bytes / 2 ** 20).toFixed(1)} MiB; at most ${(p.max / 2 ** 20).toFixed(0)} MiB fit.`;
    case 'zip-too-large':
      return `${p.file} would unpack to ${(p.bytes / 2 ** 20).toFixed(1)} MiB; at most ${(p.max / 2 ** 20).toFixed(0)} MiB are unpacked (nothing was).`;
    case 'bad-name':
      return `"${p.name}" cannot name a dataset: use 1–40 letters, digits, "_", "-" or ".".`;
    case 'bad-file':
      return `Not a dataset file: ${p.reason}.`;
  }
}

/** Problems with the class counts: one class, too few of one, too many classes. */
export function classCountProblems(classNames: string[], counts: number[]): ImportProblem[] {
  if (classNames.length === 1) return [{ code: 'one-class', className: classNames[0] }];
  if (classNames.length > MAX_CLASSES)
    return [{ code: 'too-many-classes', count: classNames.length, max: MAX_CLASSES }];
  return classNames.flatMap((className, c) =>
    counts[c] < MIN_PER_CLASS
      ? [{ code: 'too-few' as const, className, count: counts[c], min: MIN_PER_CLASS }]
      : [],
  );
}
