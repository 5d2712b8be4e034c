/** Names of the datasets the lab knows; the config schema uses the same list. */
export const DATASET_NAMES = ['mnist', 'fashion-mnist', 'spiral', 'circles', 'xor', 'gaussians'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/**
 * A dataset a user imported, named in configs and links by its name and content hash
 * (`user:flowers@3fa9c01b2e7d`): a link says exactly which data it needs, and a different file
 * under the same name can never pass for it. See data/user/.
 */
export type UserDatasetRef = `user:${string}`;
/** What a config's `dataset` names: a built-in set or an imported one. */
export type DatasetRef = DatasetName | UserDatasetRef;

/**
 * One split of a dataset, kept compact: images stay as bytes (0–255) and are scaled to
 * [0, 1] only when a batch is built, so full MNIST costs 47 MB rather than 188 MB.
 */
export interface DataSplit {
  /** n × featureSize values, row-major. */
  x: Uint8Array | Float32Array;
  /** Multiply x by this to get model inputs (1/255 for images, 1 for synthetic points). */
  scale: number;
  /** n labels in 0..numClasses-1. */
  y: Uint8Array;
  n: number;
}

export interface Dataset {
  name: DatasetRef;
  /** Shape of one example as the model sees it: [28, 28, 1] for images, [2] for points. */
  featureShape: number[];
  /** Product of featureShape. */
  featureSize: number;
  numClasses: number;
  classNames: string[];
  train: DataSplit;
  test: DataSplit;
}

/** How core reads a packed data file; the browser fetches it, Node reads it from disk. */
export type ReadDataFile = (relativePath: string) => Promise<Uint8Array>;
