import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserDataset } from '../core/data/user/format';
import { userDatasetRef } from '../core/data/user/ref';
import type { UserDatasetRef } from '../core/data/types';

/** What the list shows of a stored dataset: small, so listing never reads the data itself. */
export interface DatasetSummary {
  hash: string;
  name: string;
  ref: UserDatasetRef;
  kind: 'images' | 'tabular';
  createdAt: number;
  bytes: number;
  featureShape: number[];
  classNames: string[];
  trainCount: number;
  testCount: number;
  report: UserDataset['report'];
  /** A few training images (size·size·channels bytes each, one per class first), or none. */
  samples: { pixels: Uint8Array; labels: Uint8Array } | null;
}

interface DatasetsDbSchema extends DBSchema {
  files: { key: string; value: Uint8Array };
  summaries: { key: string; value: DatasetSummary };
}

/** Imported datasets live in their own database: the browser keeps them, nothing is uploaded. */
export const DATASETS_DB_NAME = 'compression-lab-datasets';
const VERSION = 1;
const SAMPLES = 12;

function open(name: string): Promise<IDBPDatabase<DatasetsDbSchema>> {
  return openDB<DatasetsDbSchema>(name, VERSION, {
    upgrade(d) {
      d.createObjectStore('files');
      d.createObjectStore('summaries', { keyPath: 'hash' });
    },
  });
}

async function withDb<T>(
  name: string,
  body: (db: IDBPDatabase<DatasetsDbSchema>) => Promise<T>,
): Promise<T> {
  const db = await open(name);
  try {
    return await body(db);
  } finally {
    db.close();
  }
}

/** The first images of each class in turn, up to SAMPLES, for the summary. */
function pickSamples(d: UserDataset): DatasetSummary['samples'] {
  if (d.featureShape.length !== 3 || !(d.train.x instanceof Uint8Array)) return null;
  const size = d.featureShape.reduce((a, b) => a * b, 1);
  const rows: number[] = [];
  const byClass = d.classNames.map((_, c) =>
    [...d.train.y.keys()].filter((i) => d.train.y[i] === c),
  );
  for (let k = 0; rows.length < SAMPLES && byClass.some((r) => r.length > k); k++)
    for (const r of byClass) if (r.length > k && rows.length < SAMPLES) rows.push(r[k]);
  const pixels = new Uint8Array(rows.length * size);
  rows.forEach((r, i) => pixels.set(d.train.x.subarray(r * size, (r + 1) * size), i * size));
  return { pixels, labels: Uint8Array.from(rows, (r) => d.train.y[r]) };
}

export function summarise(d: UserDataset, hash: string, bytes: number): DatasetSummary {
  return {
    hash,
    name: d.name,
    ref: userDatasetRef(d.name, hash),
    kind: d.report.kind,
    createdAt: Date.now(),
    bytes,
    featureShape: d.featureShape,
    classNames: d.classNames,
    trainCount: d.train.y.length,
    testCount: d.test.y.length,
    report: d.report,
    samples: pickSamples(d),
  };
}

/** Stores the file and its summary in one transaction: both or neither. */
export function putDataset(
  summary: DatasetSummary,
  bytes: Uint8Array,
  name = DATASETS_DB_NAME,
): Promise<void> {
  return withDb(name, async (db) => {
    const tx = db.transaction(['files', 'summaries'], 'readwrite');
    await Promise.all([
      tx.objectStore('files').put(bytes, summary.hash),
      tx.objectStore('summaries').put(summary),
      tx.done,
    ]);
  });
}

export const listDatasets = (name = DATASETS_DB_NAME): Promise<DatasetSummary[]> =>
  withDb(name, async (db) =>
    (await db.getAll('summaries')).sort((a, b) => a.createdAt - b.createdAt),
  );

export const readDatasetFile = (hash: string, name = DATASETS_DB_NAME) =>
  withDb(name, (db) => db.get('files', hash));

export function deleteDataset(hash: string, name = DATASETS_DB_NAME): Promise<void> {
  return withDb(name, async (db) => {
    const tx = db.transaction(['files', 'summaries'], 'readwrite');
    await Promise.all([
      tx.objectStore('files').delete(hash),
      tx.objectStore('summaries').delete(hash),
      tx.done,
    ]);
  });
}
