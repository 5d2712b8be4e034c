/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { configureWasm, initBackend, type BackendRequest } from '../src/core/backend';
import { Network } from '../src/core/model/network';
import { buildSpec } from '../src/core/model/spec';
import { createRng } from '../src/core/random';
import { browserWasmPaths } from '../src/engine/wasmPaths';

export interface ForwardRequest {
  backend: BackendRequest;
  arch: string;
  examples: number;
  runs: number;
}

export interface ForwardTiming {
  backend: string;
  examples: number;
  /** Median and all times of: bytes → tensor, forward, argmax, read back. */
  medianMs: number;
  ms: number[];
}

configureWasm(browserWasmPaths);

/**
 * What an evaluation of the preview subset costs at the least: upload the bytes, one forward
 * pass, argmax and the read-back of the predicted classes. Random weights and pixels (the time
 * does not depend on their values).
 */
self.onmessage = async (e: MessageEvent<ForwardRequest>) => {
  try {
    const { backend, arch, examples, runs } = e.data;
    const info = await initBackend(backend);
    const rng = createRng(5);
    const net = Network.create(buildSpec(arch, [28, 28, 1], 10), rng);
    const pixels = new Uint8Array(examples * 784);
    for (let i = 0; i < pixels.length; i++) pixels[i] = rng.int(256);
    const once = async () => {
      const t0 = performance.now();
      const predicted = tf.tidy(() =>
        net.forward(tf.tensor2d(pixels, [examples, 784], 'float32').mul(1 / 255)).argMax(1),
      );
      await predicted.data();
      predicted.dispose();
      return performance.now() - t0;
    };
    for (let i = 0; i < 3; i++) await once(); // warm-up: kernels, buffer pools
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await once());
    net.dispose();
    const sorted = [...ms].sort((a, b) => a - b);
    const timing: ForwardTiming = {
      backend: info.name,
      examples,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      ms,
    };
    self.postMessage(timing);
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
