/** A network is a list of layers described by plain data, so specs can be counted, compared,
 * serialised and compressed without touching tensors. Every layer holds exactly two parameter
 * tensors, [weights, bias], with the output unit on the weights' last axis. */
export type LayerSpec =
  | { kind: 'dense'; name: string; inputs: number; units: number; relu: boolean }
  | {
      kind: 'conv';
      name: string;
      kernel: number;
      inChannels: number;
      filters: number;
      pool: number;
    }
  /** A vision transformer's learned positions, one per token (the class token's first): the
   * weights [count, dim]; its bias [dim] is the learned class token itself. */
  | { kind: 'tokens'; name: string; count: number; dim: number }
  /** Layer normalisation over the last axis: weights = gain γ [dim], bias = shift β [dim]. */
  | { kind: 'norm'; name: string; dim: number }
  /**
   * One projection of multi-head self-attention. q, k, v map the width `dim` to
   * heads × headDim (head h owns columns h·headDim … (h+1)·headDim − 1); o maps
   * heads × headDim back to `dim` (head h owns those rows). Removing a head removes exactly
   * those columns of q, k, v (and their biases) and those rows of o.
   */
  | {
      kind: 'attn';
      name: string;
      role: 'q' | 'k' | 'v' | 'o';
      dim: number;
      heads: number;
      headDim: number;
    };

export type AttnSpec = Extract<LayerSpec, { kind: 'attn' }>;

/** Shape of each parameter tensor of a layer: [weights, bias]. */
export function paramShapes(layer: LayerSpec): [number[], number[]] {
  switch (layer.kind) {
    case 'dense':
      return [[layer.inputs, layer.units], [layer.units]];
    case 'conv':
      return [[layer.kernel, layer.kernel, layer.inChannels, layer.filters], [layer.filters]];
    case 'tokens':
      return [[layer.count, layer.dim], [layer.dim]];
    case 'norm':
      return [[layer.dim], [layer.dim]];
    case 'attn': {
      const inner = layer.heads * layer.headDim;
      return layer.role === 'o' ? [[inner, layer.dim], [layer.dim]] : [[layer.dim, inner], [inner]];
    }
  }
}

/** Output units of a layer: the weights' last axis (and the bias length). */
export function layerUnits(layer: LayerSpec): number {
  const [w] = paramShapes(layer);
  return w[w.length - 1];
}

/** Input channels: rows of a matrix (a conv's in-channels; 1 for a norm's gain vector). */
export function layerInputs(layer: LayerSpec): number {
  if (layer.kind === 'conv') return layer.inChannels;
  const [w] = paramShapes(layer);
  return w.length === 1 ? 1 : w[0];
}

export function layerParamCount(layer: LayerSpec): number {
  return paramShapes(layer)
    .map((s) => s.reduce((a, b) => a * b, 1))
    .reduce((a, b) => a + b, 0);
}

/** Fan-in and fan-out used by Glorot initialisation. */
export function fans(layer: LayerSpec): { fanIn: number; fanOut: number } {
  if (layer.kind === 'conv') {
    const area = layer.kernel * layer.kernel;
    return { fanIn: area * layer.inChannels, fanOut: area * layer.filters };
  }
  return { fanIn: layerInputs(layer), fanOut: layerUnits(layer) };
}
