import { selectRows } from '../subset';
import type { Dataset, DataSplit } from '../types';
import { createRng, deriveSeed } from '../../random';
import type { ImportProblem } from './problems';
import { classCountProblems, MAX_FEATURE_BYTES } from './problems';
import { userDatasetRef, HASH_CHARS, datasetNameError } from './ref';
import { stratifiedSplit } from './split';

/** Column facts of a tabular import, shown before training. */
export interface ColumnReport {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Values that were empty / NA: numeric ones replaced by the column mean, categorical ones
   * given their own "(missing)" category. */
  missing: number;
  mean?: number;
  std?: number;
  /** Categories (one one-hot feature each). */
  categories?: string[];
}

/** What the import did, for the summary and for whoever opens the file later. */
export interface ImportReport {
  kind: 'images' | 'tabular';
  /** Examples per class over both splits. */
  counts: number[];
  columns?: ColumnReport[];
  labelColumn?: string;
  /** Images: the side they were resized to, and whether colour was kept. */
  imageSize?: number;
  channels?: number;
}

/** An imported dataset, split and ready: what IndexedDB keeps and what a file carries. */
export interface UserDataset {
  name: string;
  featureShape: number[];
  classNames: string[];
  /** Feature names of tabular data (after one-hot coding). */
  featureNames: string[] | null;
  /** 1/255 for image bytes, 1 for standardised floats. */
  scale: number;
  train: { x: Uint8Array | Float32Array; y: Uint8Array };
  test: { x: Uint8Array | Float32Array; y: Uint8Array };
  report: ImportReport;
}

export const TEST_FRACTION = 0.2;

/**
 * Checks and splits freshly read examples (n × featureSize values, labels 0..k-1) into a
 * UserDataset, or returns every problem found. The split is stratified and seeded.
 */
export function buildUserDataset(input: {
  name: string;
  features: Uint8Array | Float32Array;
  labels: Uint8Array;
  classNames: string[];
  featureShape: number[];
  featureNames: string[] | null;
  report: Omit<ImportReport, 'counts'>;
  seed: number;
}): { ok: true; dataset: UserDataset } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (datasetNameError(input.name)) problems.push({ code: 'bad-name', name: input.name });
  const counts = input.classNames.map(() => 0);
  for (const y of input.labels) counts[y]++;
  problems.push(...classCountProblems(input.classNames, counts));
  const bytes = input.features.byteLength;
  if (bytes > MAX_FEATURE_BYTES)
    problems.push({ code: 'too-large', bytes, max: MAX_FEATURE_BYTES });
  if (problems.length) return { ok: false, problems };
  const n = input.labels.length;
  const all: DataSplit = { x: input.features, y: input.labels, scale: 1, n };
  const rows = stratifiedSplit(
    input.labels,
    input.classNames.length,
    TEST_FRACTION,
    createRng(deriveSeed(input.seed, 'user-split')),
  );
  const part = (r: Int32Array) => {
    const s = selectRows(all, r);
    return { x: s.x, y: s.y };
  };
  return {
    ok: true,
    dataset: {
      name: input.name,
      featureShape: input.featureShape,
      classNames: input.classNames,
      featureNames: input.featureNames,
      scale: input.features instanceof Uint8Array ? 1 / 255 : 1,
      train: part(rows.train),
      test: part(rows.test),
      report: { ...input.report, counts },
    },
  };
}

/** The lab's view of an imported dataset, named by its reference. */
export function toDataset(user: UserDataset, hash: string): Dataset {
  const split = (s: UserDataset['train']): DataSplit => ({
    x: s.x,
    y: s.y,
    scale: user.scale,
    n: s.y.length,
  });
  return {
    name: userDatasetRef(user.name, hash),
    featureShape: user.featureShape,
    featureSize: user.featureShape.reduce((a, b) => a * b, 1),
    numClasses: user.classNames.length,
    classNames: user.classNames,
    train: split(user.train),
    test: split(user.test),
  };
}

const MAGIC = 'CLDS1\n';

/**
 * The file of a dataset: "CLDS1\n", a 4-byte little-endian header length, the JSON header, then
 * train x, train y, test x, test y as raw bytes (float32 little-endian for float features). The
 * content hash is SHA-256 of exactly these bytes, so the file is what the hash names.
 */
export function encodeUserDataset(d: UserDataset): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      name: d.name,
      featureShape: d.featureShape,
      classNames: d.classNames,
      featureNames: d.featureNames,
      scale: d.scale,
      dtype: d.train.x instanceof Uint8Array ? 'uint8' : 'float32',
      train: d.train.y.length,
      test: d.test.y.length,
      report: d.report,
    }),
  );
  const magic = new TextEncoder().encode(MAGIC);
  const parts = [
    new Uint8Array(d.train.x.buffer, d.train.x.byteOffset, d.train.x.byteLength),
    d.train.y,
    new Uint8Array(d.test.x.buffer, d.test.x.byteOffset, d.test.x.byteLength),
    d.test.y,
  ];
  const total = magic.length + 4 + header.length + parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  out.set(magic, 0);
  new DataView(out.buffer).setUint32(magic.length, header.length, true);
  let at = magic.length + 4;
  for (const p of [header, ...parts]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads a dataset file; throws an Error saying what is wrong with a file that is not one. */
export function decodeUserDataset(bytes: Uint8Array): UserDataset {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('it does not start like a Compression Lab dataset file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerLength))) as {
    name: string;
    featureShape: number[];
    classNames: string[];
    featureNames: string[] | null;
    scale: number;
    dtype: 'uint8' | 'float32';
    train: number;
    test: number;
    report: ImportReport;
  };
  at += headerLength;
  const featureSize = h.featureShape.reduce((a, b) => a * b, 1);
  const width = h.dtype === 'uint8' ? 1 : 4;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new Error('the file is shorter than its header says');
    const part = bytes.slice(at, at + length);
    at += length;
    return part;
  };
  const features = (n: number) => {
    const raw = take(n * featureSize * width);
    return width === 1 ? raw : new Float32Array(raw.buffer);
  };
  const trainX = features(h.train);
  const trainY = take(h.train);
  const testX = features(h.test);
  const testY = take(h.test);
  if (at !== bytes.length) throw new Error('the file is longer than its header says');
  for (const y of [trainY, testY])
    if (y.some((c) => c >= h.classNames.length)) throw new Error('a label is out of range');
  return {
    name: h.name,
    featureShape: h.featureShape,
    classNames: h.classNames,
    featureNames: h.featureNames,
    scale: h.scale,
    train: { x: trainX, y: trainY },
    test: { x: testX, y: testY },
    report: h.report,
  };
}

/** SHA-256 of the bytes as hex, the first HASH_CHARS digits (Web Crypto: browser, worker, Node). */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_CHARS);
}

/** Where loadDataset reads an imported dataset's file (the worker maps it to IndexedDB). */
export const userDataPath = (hash: string): string => `user/${hash}.clds`;
