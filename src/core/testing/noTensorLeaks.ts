import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { initBackend } from '../backend';

/**
 * For a test file of tensor maths: every test runs on the wasm backend and must leave as many
 * tensors as it found (the lab's no-leak rule, checked after each test rather than once).
 */
export function onWasmWithoutLeaks(): void {
  beforeAll(async () => {
    await initBackend('wasm');
  });
  let baseline = 0;
  beforeEach(() => {
    baseline = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(baseline);
  });
}
