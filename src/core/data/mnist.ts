import { gunzip } from './gunzip';
import { parseIdx } from './idx';
import { checkFile, DataFileError, MANIFEST_PATH, parseManifest } from './manifest';
import type { DataManifest } from './manifest';
import type { Dataset, DataSplit, ReadDataFile } from './types';

export type ImageDatasetName = 'mnist' | 'fashion-mnist';
export const IMAGE_DATASET_NAMES: readonly ImageDatasetName[] = ['mnist', 'fashion-mnist'];

export const MNIST_CLASS_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
export const FASHION_MNIST_CLASS_NAMES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];

const SIDE = 28;
const NUM_CLASSES = 10;
export const IMAGE_SPLITS = ['train', 'test'] as const;
export type ImageSplit = (typeof IMAGE_SPLITS)[number];

/** Where the packed files live, relative to the data root (the same paths pack-data writes). */
export function imageDataPath(name: ImageDatasetName, split: ImageSplit, part: 'images' | 'labels'): string {
  // Not plain `.gz`: static servers (Vite's among them) then add Content-Encoding: gzip, the
  // browser unpacks the file on the fly, and the manifest's size and sha256 no longer match.
  return `${name}/${split}-${part}.idx.gz.bin`;
}

async function readOrMissing(read: ReadDataFile, path: string): Promise<Uint8Array> {
  try {
    return await read(path);
  } catch (e) {
    throw new DataFileError(path, 'missing', e instanceof Error ? e.message : String(e), { cause: e });
  }
}

/** Reads, verifies, decompresses and parses one packed IDX file. */
async function loadIdx(read: ReadDataFile, path: string, manifest: DataManifest) {
  const packed = await readOrMissing(read, path);
  await checkFile(path, packed, manifest);
  try {
    return parseIdx(await gunzip(packed));
  } catch (e) {
    throw new DataFileError(path, 'corrupt', e instanceof Error ? e.message : String(e), { cause: e });
  }
}

async function loadSplit(
  name: ImageDatasetName,
  split: ImageSplit,
  read: ReadDataFile,
  manifest: DataManifest,
  expected: number,
): Promise<DataSplit> {
  const imagesPath = imageDataPath(name, split, 'images');
  const labelsPath = imageDataPath(name, split, 'labels');
  const [images, labels] = await Promise.all([
    loadIdx(read, imagesPath, manifest),
    loadIdx(read, labelsPath, manifest),
  ]);
  const [n, h, w] = images.dims;
  if (images.dims.length !== 3 || h !== SIDE || w !== SIDE) {
    throw new DataFileError(imagesPath, 'corrupt', `shape ${images.dims.join('×')}, expected N×${SIDE}×${SIDE}`);
  }
  if (n !== expected) {
    throw new DataFileError(imagesPath, 'corrupt', `${n} images, but ${MANIFEST_PATH} says ${expected}`);
  }
  if (labels.dims.length !== 1 || labels.dims[0] !== n) {
    throw new DataFileError(labelsPath, 'corrupt', `shape ${labels.dims.join('×')}, expected ${n} labels`);
  }
  const y = labels.data;
  for (let i = 0; i < n; i++) {
    if (y[i] >= NUM_CLASSES) {
      throw new DataFileError(labelsPath, 'corrupt', `label ${y[i]} at index ${i} is not below ${NUM_CLASSES}`);
    }
  }
  return { x: images.data, scale: 1 / 255, y, n };
}

/**
 * Loads MNIST or Fashion-MNIST from the packed gzipped IDX files: manifest first, then the
 * four files, each checked against the manifest before it is trusted. Every failure is a
 * DataFileError naming the file.
 */
export async function loadImageDataset(name: ImageDatasetName, read: ReadDataFile): Promise<Dataset> {
  const manifest = parseManifest(await readOrMissing(read, MANIFEST_PATH));
  const counts = Object.hasOwn(manifest.datasets, name) ? manifest.datasets[name] : undefined;
  if (!counts) throw new DataFileError(MANIFEST_PATH, 'corrupt', `no entry for dataset "${name}"`);
  const [train, test] = await Promise.all([
    loadSplit(name, 'train', read, manifest, counts.train),
    loadSplit(name, 'test', read, manifest, counts.test),
  ]);
  return {
    name,
    featureShape: [SIDE, SIDE, 1],
    featureSize: SIDE * SIDE,
    numClasses: NUM_CLASSES,
    classNames: [...(name === 'mnist' ? MNIST_CLASS_NAMES : FASHION_MNIST_CLASS_NAMES)],
    train,
    test,
  };
}
