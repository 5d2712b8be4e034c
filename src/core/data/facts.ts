import { FASHION_MNIST_CLASS_NAMES, MNIST_CLASS_NAMES } from './mnist';
import { DEFAULT_SYNTHETIC_TEST, DEFAULT_SYNTHETIC_TRAIN, syntheticClassCount } from './synthetic';
import type { DatasetRef } from './types';
import { isUserDataset } from './user/ref';

/** What a dataset looks like before it is loaded: enough to size a run (memoryCheck.ts). */
export interface DatasetFacts {
  featureShape: number[];
  numClasses: number;
  /** Examples the loader keeps in memory for each split. */
  trainExamples: number;
  testExamples: number;
  /** Bytes per stored feature value: images stay bytes, 2-D points are float32. */
  bytesPerValue: number;
}

/** Facts of a built-in set; null for an imported one (known only once loaded). */
export function datasetFacts(name: DatasetRef): DatasetFacts | null {
  if (isUserDataset(name)) return null;
  switch (name) {
    case 'mnist':
    case 'fashion-mnist':
      return {
        featureShape: [28, 28, 1],
        numClasses: (name === 'mnist' ? MNIST_CLASS_NAMES : FASHION_MNIST_CLASS_NAMES).length,
        trainExamples: 60000,
        testExamples: 10000,
        bytesPerValue: 1,
      };
    default:
      return {
        featureShape: [2],
        numClasses: syntheticClassCount(name),
        trainExamples: DEFAULT_SYNTHETIC_TRAIN,
        testExamples: DEFAULT_SYNTHETIC_TEST,
        bytesPerValue: 4,
      };
  }
}
