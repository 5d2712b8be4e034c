import { loadImageDataset } from './mnist';
import { makeSynthetic } from './synthetic';
import type { Dataset, DatasetName, ReadDataFile } from './types';

export { DATASET_NAMES } from './types';
export type { Dataset, DatasetName, DataSplit, ReadDataFile } from './types';
export { DataFileError, checkFile, parseManifest, MANIFEST_PATH, MANIFEST_VERSION } from './manifest';
export type { DataManifest, ManifestFile } from './manifest';
export { loadImageDataset, imageDataPath, MNIST_CLASS_NAMES, FASHION_MNIST_CLASS_NAMES } from './mnist';
export type { ImageDatasetName } from './mnist';
export { makeSynthetic, SYNTHETIC_NAMES } from './synthetic';
export type { SyntheticName } from './synthetic';
export { takeSubset, sampleIndices } from './subset';
export { fillBatch } from './batch';
export { fetchDataFile } from './fetch';

/** Image sets are read through `read` (the seed does not matter); synthetic sets are made from `seed`. */
export function loadDataset(name: DatasetName, read: ReadDataFile, seed: number): Promise<Dataset> {
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
