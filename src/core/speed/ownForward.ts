import type { ModelWeights } from '../experiment/compress/modelWeights';
import type { Csr } from './kernels';
import { csrMatmul, denseMatmul, toCsr, transpose } from './kernels';

/** One dense layer ready for our kernels: one row of weights per output unit. */
interface OwnLayer {
  units: number;
  inputs: number;
  relu: boolean;
  bias: Float32Array;
  dense: Float32Array;
  sparse: Csr;
}

/**
 * A dense-layer network prepared for our own kernels, with buffers allocated once per batch
 * size so a timed forward pass allocates nothing.
 */
export class OwnNetwork {
  private readonly layers: OwnLayer[];
  private readonly buffers = new Map<number, Float32Array[]>();

  private constructor(layers: OwnLayer[]) {
    this.layers = layers;
  }

  /** Refuses conv layers with a reason: our kernels cover matrix products only. */
  static supports(model: ModelWeights): string | null {
    return model.layers.every((l) => l.spec.kind === 'dense')
      ? null
      : 'our own kernels cover dense (fully connected) layers only, not convolutions';
  }

  static from(model: ModelWeights): OwnNetwork {
    const reason = OwnNetwork.supports(model);
    if (reason) throw new Error(reason);
    return new OwnNetwork(
      model.layers.map((l) => {
        if (l.spec.kind !== 'dense') throw new Error(reason ?? 'not dense');
        const { inputs, units, relu } = l.spec;
        const dense = transpose(l.weights, inputs, units);
        return { units, inputs, relu, bias: l.bias, dense, sparse: toCsr(dense, units, inputs) };
      }),
    );
  }

  get inputs(): number {
    return this.layers[0].inputs;
  }

  get outputs(): number {
    return this.layers[this.layers.length - 1].units;
  }

  /** Nonzero weights (what the sparse kernel multiplies per example). */
  get nonzeros(): number {
    return this.layers.reduce((s, l) => s + l.sparse.values.length, 0);
  }

  private buffersFor(batch: number) {
    let b = this.buffers.get(batch);
    if (!b) {
      b = this.layers.map((l) => new Float32Array(l.units * batch));
      this.buffers.set(batch, b);
    }
    return b;
  }

  /**
   * Logits, feature-major ([outputs, batch]), of x given feature-major ([inputs, batch]). The
   * returned array is reused by the next call with the same batch.
   */
  forward(x: Float32Array, batch: number, kernel: 'dense' | 'sparse'): Float32Array {
    if (x.length !== this.inputs * batch)
      throw new Error(`forward: ${x.length} inputs for ${this.inputs}×${batch}`);
    const outs = this.buffersFor(batch);
    let h = x;
    this.layers.forEach((l, i) => {
      const out = outs[i];
      if (kernel === 'dense') denseMatmul(l.dense, l.units, l.inputs, h, batch, out);
      else csrMatmul(l.sparse, h, batch, out);
      for (let r = 0; r < l.units; r++) {
        const bias = l.bias[r];
        const o = r * batch;
        for (let b = 0; b < batch; b++) {
          const v = out[o + b] + bias;
          out[o + b] = l.relu && v < 0 ? 0 : v;
        }
      }
      h = out;
    });
    return h;
  }
}
