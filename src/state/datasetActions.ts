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

/** A file the user chose or dropped, with its path inside the chosen folder (its class folder). */
export interface ChosenFile {
  path: string;
  file: File;
}

/** Files from an `<input type=file>`: a folder pick gives each its path under the folder. */
export const chosenFromInput = (files: readonly File[]): ChosenFile[] =>
  files.map((file) => ({ path: file.webkitRelativePath || file.name, file }));

/** Imports in the worker (reading, unzipping, decoding, checking, storing), then tells the lists. */
export async function importDataset(
  files: ChosenFile[],
  options: ImportOptions,
): Promise<ImportReply> {
  const reply = await engine().importDataset(files, options);
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
export function suggestName(files: ChosenFile[]): string {
  const first = files[0]?.path ?? '';
  const base = first.includes('/') ? first.split('/')[0] : first.replace(/\.[^.]*$/, '');
  return base.replace(/[^\p{L}\p{N}_.-]+/gu, '-').slice(0, 40) || 'my-data';
}
