import { loadImageDataset } from './mnist';
import { makeSynthetic } from './synthetic';
import type { Dataset, DatasetRef, ReadDataFile } from './types';
import { contentHash, decodeUserDataset, toDataset, userDataPath } from './user/format';
import { isUserDataset, parseUserRef } from './user/ref';

export { DATASET_NAMES } from './types';
export type { Dataset, DatasetName, DatasetRef, DataSplit, ReadDataFile } from './types';
export { DataFileError, checkFile, parseManifest, MANIFEST_PATH, MANIFEST_VERSION } from './manifest';
export type { DataManifest, ManifestFile } from './manifest';
export { loadImageDataset, imageDataPath, MNIST_CLASS_NAMES, FASHION_MNIST_CLASS_NAMES } from './mnist';
export type { ImageDatasetName } from './mnist';
export { makeSynthetic, SYNTHETIC_NAMES } from './synthetic';
export type { SyntheticName } from './synthetic';
export { takeSubset, sampleIndices } from './subset';
export { fillBatch } from './batch';
export { fetchDataFile } from './fetch';

/**
 * An imported dataset, read through `read` at userDataPath(hash); the bytes must hash to the
 * reference's hash, so a link never trains on other data than it names.
 */
async function loadUserDataset(ref: string, read: ReadDataFile): Promise<Dataset> {
  const parsed = parseUserRef(ref);
  if (!parsed) throw new Error(`"${ref}" is not a dataset reference (user:<name>@<hash>).`);
  let bytes: Uint8Array;
  try {
    bytes = await read(userDataPath(parsed.hash));
  } catch {
    throw new Error(
      `This experiment needs the dataset "${parsed.name}" (content hash ${parsed.hash}), which is not here. Import its file (exported from the lab) and try again.`,
    );
  }
  const hash = await contentHash(bytes);
  if (hash !== parsed.hash)
    throw new Error(
      `The stored file for "${parsed.name}" has content hash ${hash}, not ${parsed.hash}: it is other data.`,
    );
  return toDataset(decodeUserDataset(bytes), hash);
}

/** Image sets are read through `read` (the seed does not matter); synthetic sets are made from
 * `seed`; imported sets (`user:<name>@<hash>`) are read through `read` and checked by hash. */
export function loadDataset(name: DatasetRef, read: ReadDataFile, seed: number): Promise<Dataset> {
  if (isUserDataset(name)) return loadUserDataset(name, read);
  switch (name) {
    case 'mnist':
    case 'fashion-mnist':
      return loadImageDataset(name, read);
    case 'spiral':
    case 'circles':
    case 'xor':
    case 'gaussians':
      // Async like the image path, so a bad size surfaces as a rejected promise.
      return Promise.resolve().then(() => makeSynthetic(name, seed));
    default: {
      const unknown: never = name;
      return Promise.reject(new Error(`Unknown dataset "${String(unknown)}"`));
    }
  }
}
