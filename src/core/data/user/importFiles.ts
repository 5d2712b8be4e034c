import type { UserDataset } from './format';
import { buildUserDataset, contentHash, decodeUserDataset, encodeUserDataset } from './format';
import type { DecodedImage } from './images';
import { imageFeatures, isImagePath, labelFromPath } from './images';
import type { ImportProblem } from './problems';
import { MAX_FEATURE_BYTES } from './problems';
import { parseCsv, tabularFeatures } from './tabular';
import { isZipPath, MAX_ZIP_BYTES, unzipImport } from './zip';

/** One file to import: its path (class folders included) and its bytes on demand. */
export interface ImportFile {
  path: string;
  /** Its length in bytes, when known before reading (a zip over budget is refused unread). */
  size?: number;
  read(): Promise<Uint8Array>;
}

export interface ImportOptions {
  name: string;
  /** Tabular: the label column's name ('' = the last column). Images with a CSV: its label column. */
  labelColumn: string;
  /** Images are resized to imageSize × imageSize. */
  imageSize: number;
  channels: 1 | 3;
  seed: number;
}

/** Decodes image bytes to RGBA (the browser uses createImageBitmap, Node a pure-JS decoder). */
export type DecodeImage = (bytes: Uint8Array, path: string) => Promise<Omit<DecodedImage, 'path' | 'label'>>;

export type ImportResult =
  | { ok: true; dataset: UserDataset; bytes: Uint8Array; hash: string }
  | { ok: false; problems: ImportProblem[] };

const MAX_UNREADABLE = 10;
const extension = (path: string) => path.split('.').pop()?.toLowerCase() ?? '';
const baseName = (path: string) => path.split('/').pop() ?? path;

async function finish(dataset: UserDataset): Promise<ImportResult> {
  const bytes = encodeUserDataset(dataset);
  return { ok: true, dataset, bytes, hash: await contentHash(bytes) };
}

/**
 * Turns the files a user chose into a checked, split dataset (nothing is stored here):
 * - one `.clds` file: a dataset exported from the lab, taken as it is;
 * - images in class sub-folders (`cats/1.png`), or images with a CSV of file → label, as files
 *   or inside zips (a zip is unpacked first, within a memory budget);
 * - one CSV of tabular data with a label column.
 * Every problem found is returned at once; a result with problems holds no dataset.
 */
export async function importFiles(
  files: ImportFile[],
  options: ImportOptions,
  decodeImage: DecodeImage,
): Promise<ImportResult> {
  // Hidden files (.DS_Store) and OS thumbnails are not the user's data.
  const visible = files.filter((f) => !baseName(f.path).startsWith('.'));
  const chosen: ImportFile[] = [];
  let unzippedBytes = 0; // several zips share one budget
  for (const f of visible) {
    if (!isZipPath(f.path)) {
      chosen.push(f);
      continue;
    }
    const unzipped = await unzipImport(f, MAX_ZIP_BYTES - unzippedBytes);
    if (!unzipped.ok) return unzipped;
    chosen.push(...unzipped.files);
    unzippedBytes += unzipped.files.reduce((n, z) => n + (z.size ?? 0), 0);
  }
  if (chosen.length === 0) return { ok: false, problems: [{ code: 'no-files' }] };
  // Pickers, drops and zips list files in their own orders; the dataset (and its hash) must not
  // depend on which one brought them.
  chosen.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const saved = chosen.filter((f) => extension(f.path) === 'clds');
  const csvs = chosen.filter((f) => extension(f.path) === 'csv');
  const images = chosen.filter((f) => isImagePath(f.path));
  const unknown = chosen.filter(
    (f) => !isImagePath(f.path) && extension(f.path) !== 'csv' && extension(f.path) !== 'clds',
  );
  if (unknown.length || (saved.length && chosen.length > 1) || (!images.length && csvs.length > 1))
    return {
      ok: false,
      problems: [{ code: 'unknown-files', files: (unknown.length ? unknown : chosen).map((f) => f.path) }],
    };
  if (saved.length === 1) {
    try {
      const bytes = await saved[0].read();
      const dataset = decodeUserDataset(bytes);
      return { ok: true, dataset, bytes, hash: await contentHash(bytes) };
    } catch (e) {
      return { ok: false, problems: [{ code: 'bad-file', reason: (e as Error).message }] };
    }
  }
  const csvText = csvs.length === 1 ? new TextDecoder().decode(await csvs[0].read()) : null;
  if (images.length === 0) return tabular(csvText!, options);
  return imageSet(images, csvText, options, decodeImage);
}

async function tabular(text: string, options: ImportOptions): Promise<ImportResult> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const t = tabularFeatures(parsed.table, options.labelColumn);
  if (!t.ok) return t;
  const v = t.value;
  const built = buildUserDataset({
    name: options.name,
    features: v.features,
    labels: v.labels,
    classNames: v.classNames,
    featureShape: [v.featureNames.length],
    featureNames: v.featureNames,
    report: { kind: 'tabular', columns: v.columns, labelColumn: v.labelColumn },
    seed: options.seed,
  });
  return built.ok ? finish(built.dataset) : built;
}

/** Labels from a CSV of file → label (matched by path or by file name), if one came along. */
function labelsFromCsv(
  text: string,
  labelColumn: string,
): { ok: true; labels: Map<string, string> } | { ok: false; problems: ImportProblem[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.table;
  const column = labelColumn.trim() || header[header.length - 1];
  const c = header.indexOf(column);
  if (c < 0) return { ok: false, problems: [{ code: 'no-label-column', column, columns: header }] };
  const fileColumn = c === 0 ? 1 : 0;
  const labels = new Map<string, string>();
  for (const r of rows) labels.set(baseName(r[fileColumn].trim()), r[c].trim());
  return { ok: true, labels };
}

async function imageSet(
  files: ImportFile[],
  csvText: string | null,
  options: ImportOptions,
  decodeImage: DecodeImage,
): Promise<ImportResult> {
  const bytes = files.length * options.imageSize ** 2 * options.channels;
  if (bytes > MAX_FEATURE_BYTES)
    return { ok: false, problems: [{ code: 'too-large', bytes, max: MAX_FEATURE_BYTES }] };
  let labelOf = (f: ImportFile) => labelFromPath(f.path);
  if (csvText !== null) {
    const fromCsv = labelsFromCsv(csvText, options.labelColumn);
    if (!fromCsv.ok) return fromCsv;
    labelOf = (f) => fromCsv.labels.get(baseName(f.path)) ?? '';
  }
  const problems: ImportProblem[] = [];
  const decoded: DecodedImage[] = [];
  for (const f of files) {
    try {
      decoded.push({ ...(await decodeImage(await f.read(), f.path)), path: f.path, label: labelOf(f) });
    } catch (e) {
      if (problems.length < MAX_UNREADABLE)
        problems.push({ code: 'unreadable', file: f.path, reason: (e as Error).message || 'not an image' });
    }
  }
  if (problems.length) return { ok: false, problems };
  const features = imageFeatures(decoded, options.imageSize, options.channels);
  if (!features.ok) return features;
  const built = buildUserDataset({
    name: options.name,
    features: features.features,
    labels: features.labels,
    classNames: features.classNames,
    featureShape: [options.imageSize, options.imageSize, options.channels],
    featureNames: null,
    report: { kind: 'images', imageSize: options.imageSize, channels: options.channels },
    seed: options.seed,
  });
  return built.ok ? finish(built.dataset) : built;
}
