import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../random';
import { denseExplicitTranspose } from './denseOps';
import { fans, paramShapes } from './layers';
import type { LayerSpec } from './layers';
import type { NetworkSpec } from './spec';
import { specParamCount } from './spec';
import type { VitForwardOptions, VitOutput } from './vitForward';
import { vitForward } from './vitForward';
import { isVit } from './vitSpec';

export interface LayerParams {
  spec: LayerSpec;
  weights: tf.Variable;
  bias: tf.Variable;
}

/**
 * Which dense/conv kernels suit the backend. Fused matmul/conv + bias + ReLU saves kernel
 * launches on GPU backends. On wasm, transposed matmuls are slow (see denseOps.ts), and the
 * fused kernels' gradients use them: 1.4k vs 2.4k samples/s for LeNet-300-100 there.
 */
const kernelChoice = (): 'fused' | 'explicit-transpose' | 'plain' => {
  const backend = tf.getBackend();
  if (backend === 'webgl' || backend === 'webgpu') return 'fused';
  return backend === 'wasm' ? 'explicit-transpose' : 'plain';
};

const TOKEN_INIT = 0.02;

/** tf.variable shares the initial tensor's data but leaves that tensor alive; tidy frees it. */
const newVariable = (values: Float32Array, shape: number[]): tf.Variable =>
  tf.tidy(() => tf.variable(tf.tensor(values, shape), true));

/** Replaces a layer's weights in one forward pass (fake quantization, shared weights, masks),
 * so compression-aware training reuses the same forward code. Called inside a tidy. */
export type WeightTransform = (layerIndex: number, weights: tf.Tensor) => tf.Tensor;

/** Anything that maps a batch to logits: a Network, or a Network seen through a transform. */
export interface Classifier {
  forward(x: tf.Tensor): tf.Tensor2D;
}

/** Plain-array copy of a network's parameters, in layer order (weights then bias). */
export type WeightSnapshot = { name: string; weights: Float32Array; bias: Float32Array }[];

/**
 * A network owns its variables: create it, train it, `dispose()` it. The forward pass is a
 * plain function of the variables so training loops, distillation and compression can all
 * reuse it without tf.LayersModel.
 */
export class Network {
  readonly layers: LayerParams[];

  private constructor(
    readonly spec: NetworkSpec,
    layers: LayerParams[],
  ) {
    this.layers = layers;
  }

  /** Glorot-uniform weights from the seeded generator, zero biases (the Keras defaults);
   * a norm starts as the identity (γ = 1, β = 0); token positions and the class token start
   * small (uniform ±0.02, near ViT's N(0, 0.02²)). */
  static create(spec: NetworkSpec, rng: Rng): Network {
    const layers = spec.layers.map((layer) => {
      const [wShape, bShape] = paramShapes(layer);
      const { fanIn, fanOut } = fans(layer);
      const limit = layer.kind === 'tokens' ? TOKEN_INIT : Math.sqrt(6 / (fanIn + fanOut));
      const w = new Float32Array(wShape.reduce((a, b) => a * b, 1));
      if (layer.kind === 'norm') w.fill(1);
      else for (let i = 0; i < w.length; i++) w[i] = (rng.next() * 2 - 1) * limit;
      const b = new Float32Array(bShape[0]);
      if (layer.kind === 'tokens')
        for (let i = 0; i < b.length; i++) b[i] = (rng.next() * 2 - 1) * TOKEN_INIT;
      return {
        spec: layer,
        weights: newVariable(w, wShape),
        bias: newVariable(b, bShape),
      };
    });
    return new Network(spec, layers);
  }

  static fromSnapshot(spec: NetworkSpec, snapshot: WeightSnapshot): Network {
    const layers = spec.layers.map((layer, i) => {
      const [wShape, bShape] = paramShapes(layer);
      return {
        spec: layer,
        weights: newVariable(snapshot[i].weights, wShape),
        bias: newVariable(snapshot[i].bias, bShape),
      };
    });
    return new Network(spec, layers);
  }

  get paramCount(): number {
    return specParamCount(this.spec);
  }

  get trainableVariables(): tf.Variable[] {
    return this.layers.flatMap((l) => [l.weights, l.bias]);
  }

  /** Logits for a batch. `x` is [batch, features] or [batch, h, w, c]; reshaped as needed. */
  forward(x: tf.Tensor, transform?: WeightTransform): tf.Tensor2D {
    // The tidy frees the hidden tensor nobody asked for.
    return tf.tidy(() => this.forwardWithHidden(x, transform).logits);
  }

  /**
   * Logits and the last hidden representation (the output layer's input, flattened), for
   * hidden-state matching in distillation.
   */
  forwardWithHidden(
    x: tf.Tensor,
    transform?: WeightTransform,
  ): { logits: tf.Tensor2D; hidden: tf.Tensor2D } {
    if (isVit(this.spec.layers)) {
      return tf.tidy(() => {
        const { logits, hidden } = this.forwardVit(x, {}, transform);
        return { logits, hidden };
      });
    }
    return tf.tidy(() => {
      let hidden: tf.Tensor | null = null;
      const last = this.layers.length - 1;
      let h: tf.Tensor = x;
      const kernels = kernelChoice();
      const fused = kernels === 'fused';
      this.layers.forEach(({ spec, weights: variable, bias }, index) => {
        const weights = transform ? transform(index, variable) : variable;
        if (index === last) hidden = h.reshape([h.shape[0], -1]);
        if (spec.kind === 'conv') {
          if (h.rank !== 4) h = h.reshape([h.shape[0], ...this.spec.inputShape]);
          const x = h as tf.Tensor4D;
          const filter = weights as tf.Tensor4D;
          h = fused
            ? tf.fused.conv2d({ x, filter, strides: 1, pad: 'same', bias, activation: 'relu' })
            : tf.relu(tf.add(tf.conv2d(x, filter, 1, 'same'), bias));
          h = tf.maxPool(h as tf.Tensor4D, spec.pool, spec.pool, 'same');
        } else if (spec.kind === 'dense') {
          if (h.rank !== 2) h = h.reshape([h.shape[0], -1]);
          const a = h as tf.Tensor2D;
          const b = weights as tf.Tensor2D;
          if (fused) {
            h = tf.fused.matMul({ a, b, bias, activation: spec.relu ? 'relu' : 'linear' });
          } else if (kernels === 'explicit-transpose') {
            h = denseExplicitTranspose(a, b, bias as tf.Tensor1D, spec.relu, index > 0);
          } else {
            h = tf.add(tf.matMul(a, b), bias);
            if (spec.relu) h = tf.relu(h);
          }
        } else {
          throw new Error(`${spec.kind} layers belong to a vision transformer`);
        }
      });
      return { logits: h as tf.Tensor2D, hidden: hidden as unknown as tf.Tensor2D };
    });
  }

  /** A vision transformer's forward pass with head gates and attention maps (see
   * vitForward.ts). Call inside a tidy; throws for other networks. */
  forwardVit(x: tf.Tensor, options: VitForwardOptions, transform?: WeightTransform): VitOutput {
    const params = this.layers.map((l, i) => ({
      spec: l.spec,
      weights: transform ? transform(i, l.weights) : l.weights,
      bias: l.bias,
    }));
    return vitForward(params, x, this.spec.inputShape, options);
  }

  async snapshot(): Promise<WeightSnapshot> {
    return Promise.all(
      this.layers.map(async (l) => ({
        name: l.spec.name,
        weights: (await l.weights.data()) as Float32Array,
        bias: (await l.bias.data()) as Float32Array,
      })),
    );
  }

  dispose(): void {
    for (const l of this.layers) {
      l.weights.dispose();
      l.bias.dispose();
    }
  }
}
