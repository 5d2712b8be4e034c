import { createRng, deriveSeed, permutation } from '../random';
import type { Rng } from '../random';
import type { Dataset, DataSplit } from './types';

export type SyntheticName = 'spiral' | 'circles' | 'xor' | 'gaussians';
export const SYNTHETIC_NAMES: readonly SyntheticName[] = ['spiral', 'circles', 'xor', 'gaussians'];

export const DEFAULT_SYNTHETIC_TRAIN = 2000;
export const DEFAULT_SYNTHETIC_TEST = 1000;

/** Writes one point of class `c` into x[2i], x[2i+1]. */
type PointSampler = (rng: Rng, c: number, x: Float32Array, i: number) => void;

interface SyntheticSpec {
  classNames: string[];
  sample: PointSampler;
}

const TAU = 2 * Math.PI;

/**
 * The four sets, each inside roughly [-1, 1]², chosen so that a tiny MLP can learn them but a
 * linear model cannot (except gaussians, which shows class overlap instead):
 * - spiral: 3 interleaved arms (3 classes make the decision regions more interesting than 2),
 *   radius 0..1, each arm turning 4 rad with 0.2 rad of angular noise (the CS231n spiral).
 * - circles: inner ring (r = 0.45) versus outer ring (r = 0.9), radial noise σ = 0.07.
 * - xor: uniform in the square; class 0 where x and y have the same sign, class 1 otherwise.
 *   Labels are exact, so 100 % accuracy is reachable.
 * - gaussians: 4 round blobs (σ = 0.25) at (±0.5, ±0.5); they overlap a little (≈ 4 % of points
 *   lie on the wrong side), so the best possible accuracy is below 100 %.
 */
const SPECS: Record<SyntheticName, SyntheticSpec> = {
  spiral: {
    classNames: ['arm 1', 'arm 2', 'arm 3'],
    sample(rng, c, x, i) {
      const t = rng.next();
      const theta = (c * TAU) / 3 + 4 * t + 0.2 * rng.normal();
      x[2 * i] = t * Math.cos(theta);
      x[2 * i + 1] = t * Math.sin(theta);
    },
  },
  circles: {
    classNames: ['inner', 'outer'],
    sample(rng, c, x, i) {
      const r = (c === 0 ? 0.45 : 0.9) + 0.07 * rng.normal();
      const theta = TAU * rng.next();
      x[2 * i] = r * Math.cos(theta);
      x[2 * i + 1] = r * Math.sin(theta);
    },
  },
  xor: {
    classNames: ['same sign', 'opposite sign'],
    sample(rng, c, x, i) {
      const sx = rng.next() < 0.5 ? -1 : 1;
      const sy = c === 0 ? sx : -sx;
      // 1 - next() is in (0, 1], so no point lies on an axis, where the label would be ambiguous.
      x[2 * i] = sx * (1 - rng.next());
      x[2 * i + 1] = sy * (1 - rng.next());
    },
  },
  gaussians: {
    classNames: ['blob 1', 'blob 2', 'blob 3', 'blob 4'],
    sample(rng, c, x, i) {
      const cx = c === 0 || c === 3 ? 0.5 : -0.5;
      const cy = c < 2 ? 0.5 : -0.5;
      x[2 * i] = cx + 0.25 * rng.normal();
      x[2 * i + 1] = cy + 0.25 * rng.normal();
    },
  },
};

/** Classes of a synthetic set, known without generating it (used to size a run up front). */
export const syntheticClassCount = (name: SyntheticName): number => SPECS[name].classNames.length;

function generate(spec: SyntheticSpec, n: number, rng: Rng): DataSplit {
  const k = spec.classNames.length;
  const x = new Float32Array(2 * n);
  const y = new Uint8Array(n);
  // Classes are assigned round-robin through a random permutation: exactly balanced (±1) and
  // in random order.
  const order = permutation(n, rng);
  for (let i = 0; i < n; i++) {
    const c = order[i] % k;
    y[i] = c;
    spec.sample(rng, c, x, i);
  }
  return { x, scale: 1, y, n };
}

function checkSize(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer, got ${n}`);
}

/**
 * A 2-D toy dataset, fully determined by `seed`. Train and test come from independent derived
 * streams, so changing nTrain does not change the test set.
 */
export function makeSynthetic(
  name: SyntheticName,
  seed: number,
  nTrain = DEFAULT_SYNTHETIC_TRAIN,
  nTest = DEFAULT_SYNTHETIC_TEST,
): Dataset {
  const spec = SPECS[name];
  if (!spec) throw new Error(`Unknown synthetic dataset "${String(name)}"`);
  checkSize('nTrain', nTrain);
  checkSize('nTest', nTest);
  return {
    name,
    featureShape: [2],
    featureSize: 2,
    numClasses: spec.classNames.length,
    classNames: [...spec.classNames],
    train: generate(spec, nTrain, createRng(deriveSeed(seed, `data:${name}:train`))),
    test: generate(spec, nTest, createRng(deriveSeed(seed, `data:${name}:test`))),
  };
}
