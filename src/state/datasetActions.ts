import type { ImportOptions } from '../core/data/user/importFiles';
import type { ImportReply } from '../engine/api';
import {
  deleteDataset as deleteStored,
  listDatasets as listStored,
  readDatasetFile,
  type DatasetSummary,
} from '../engine/userDatasetsDb';
import { engine } from './engineActions';

/** Fired on window after an import or a delete, so every list of datasets reloads. */
export const DATASETS_CHANGED = 'lab-datasets-changed';
const changed = () => window.dispatchEvent(new Event(DATASETS_CHANGED));

/** A file the user chose; its path keeps the class folder of a folder upload. */
const pathOf = (f: File): string => f.webkitRelativePath || f.name;

/** Imports in the worker (reading, decoding, checking, storing), then tells the lists. */
export async function importDataset(files: File[], options: ImportOptions): Promise<ImportReply> {
  const reply = await engine().importDataset(
    files.map((file) => ({ path: pathOf(file), file })),
    options,
  );
  if (reply.ok) changed();
  return reply;
}

export const listDatasets = (): Promise<DatasetSummary[]> => listStored();

export async function deleteDataset(hash: string): Promise<void> {
  await deleteStored(hash);
  changed();
}

/** The dataset's file (what the content hash names), for export. */
export async function datasetFile(hash: string): Promise<Uint8Array> {
  const bytes = await readDatasetFile(hash);
  if (!bytes) throw new Error(`no stored dataset ${hash}`);
  return bytes;
}

/** A name for a dataset from the files: the folder's or the file's, in allowed characters. */
export function suggestName(files: File[]): string {
  const first = files[0] ? pathOf(files[0]) : '';
  const base = first.includes('/') ? first.split('/')[0] : first.replace(/\.[^.]*$/, '');
  return base.replace(/[^\p{L}\p{N}_.-]+/gu, '-').slice(0, 40) || 'my-data';
}
