/**
 * `public/data/manifest.json`, written by `scripts/pack-data.ts`: the size and sha256 of every
 * packed file and the example counts of every dataset, so a truncated download or a stale
 * cache is reported as such instead of surfacing as a mysterious shape error.
 */
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

export interface DataManifest {
  version: typeof MANIFEST_VERSION;
  /** Keyed by path relative to the data root, e.g. "mnist/train-images.idx.gz.bin". */
  files: Record<string, ManifestFile>;
  /** Example counts per dataset and split. */
  datasets: Record<string, { train: number; test: number }>;
}

/** A data file that is missing or whose bytes are not what the manifest promises. */
export class DataFileError extends Error {
  /** Path relative to the data root. */
  readonly file: string;
  readonly reason: 'missing' | 'corrupt';

  constructor(file: string, reason: 'missing' | 'corrupt', detail?: string, options?: { cause?: unknown }) {
    super(`Data file "${file}" is ${reason}${detail ? (reason === 'missing' ? ` (${detail})` : `: ${detail}`) : ''}`, options);
    this.name = 'DataFileError';
    this.file = file;
    this.reason = reason;
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Parses and validates manifest.json; a bad manifest is a corrupt data file like any other. */
export function parseManifest(bytes: Uint8Array): DataManifest {
  const corrupt = (detail: string, cause?: unknown) => new DataFileError(MANIFEST_PATH, 'corrupt', detail, { cause });
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw corrupt(`not valid JSON (${(e as Error).message})`, e);
  }
  const m = raw as Partial<DataManifest> | null;
  if (typeof m !== 'object' || m === null) throw corrupt('not a JSON object');
  if (m.version !== MANIFEST_VERSION) throw corrupt(`version ${String(m.version)}, expected ${MANIFEST_VERSION}`);
  if (typeof m.files !== 'object' || m.files === null) throw corrupt('no "files" object');
  for (const [path, f] of Object.entries(m.files)) {
    if (!f || !isCount(f.bytes) || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) {
      throw corrupt(`bad entry for "${path}"`);
    }
  }
  if (typeof m.datasets !== 'object' || m.datasets === null) throw corrupt('no "datasets" object');
  for (const [name, d] of Object.entries(m.datasets)) {
    if (!d || !isCount(d.train) || !isCount(d.test)) throw corrupt(`bad counts for dataset "${name}"`);
  }
  return m as DataManifest;
}

/** Throws a DataFileError naming `path` unless `bytes` has the manifest's size and sha256. */
export async function checkFile(path: string, bytes: Uint8Array, manifest: DataManifest): Promise<void> {
  const expected = Object.hasOwn(manifest.files, path) ? manifest.files[path] : undefined;
  if (!expected) throw new DataFileError(path, 'missing', `not listed in ${MANIFEST_PATH}`);
  if (bytes.length !== expected.bytes) {
    throw new DataFileError(path, 'corrupt', `expected ${expected.bytes} bytes, got ${bytes.length}`);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== expected.sha256) {
    throw new DataFileError(path, 'corrupt', `expected sha256 ${expected.sha256}, got ${actual}`);
  }
}
