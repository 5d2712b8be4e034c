import { describe, expect, it } from 'vitest';
import { datasetFacts } from './facts';
import { makeSynthetic, SYNTHETIC_NAMES } from './synthetic';

describe('datasetFacts', () => {
  it('matches what the synthetic generator makes', () => {
    for (const name of SYNTHETIC_NAMES) {
      const data = makeSynthetic(name, 1);
      const facts = datasetFacts(name)!;
      expect(facts.featureShape).toEqual(data.featureShape);
      expect(facts.numClasses).toBe(data.numClasses);
      expect(facts.trainExamples).toBe(data.train.n);
      expect(facts.testExamples).toBe(data.test.n);
      expect(facts.bytesPerValue).toBe(data.train.x.BYTES_PER_ELEMENT);
    }
  });

  it('has no facts for an imported set before it is loaded', () => {
    expect(datasetFacts('user:flowers@0123456789ab')).toBeNull();
  });

  it('knows the MNIST-shaped sets without loading them', () => {
    expect(datasetFacts('fashion-mnist')).toEqual({
      featureShape: [28, 28, 1],
      numClasses: 10,
      trainExamples: 60000,
      testExamples: 10000,
      bytesPerValue: 1,
    });
  });
});
