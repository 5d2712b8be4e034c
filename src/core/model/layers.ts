/** A network is a list of layers described by plain data, so specs can be counted, compared,
 * serialised and compressed without touching tensors. */
export type LayerSpec =
  | { kind: 'dense'; name: string; inputs: number; units: number; relu: boolean }
  | {
      kind: 'conv';
      name: string;
      kernel: number;
      inChannels: number;
      filters: number;
      pool: number;
    };

/** Shape of each parameter tensor of a layer: [weights, bias]. */
export function paramShapes(layer: LayerSpec): [number[], number[]] {
  return layer.kind === 'dense'
    ? [[layer.inputs, layer.units], [layer.units]]
    : [[layer.kernel, layer.kernel, layer.inChannels, layer.filters], [layer.filters]];
}

export function layerParamCount(layer: LayerSpec): number {
  return paramShapes(layer)
    .map((s) => s.reduce((a, b) => a * b, 1))
    .reduce((a, b) => a + b, 0);
}

/** Fan-in and fan-out used by Glorot initialisation. */
export function fans(layer: LayerSpec): { fanIn: number; fanOut: number } {
  if (layer.kind === 'dense') return { fanIn: layer.inputs, fanOut: layer.units };
  const area = layer.kernel * layer.kernel;
  return { fanIn: area * layer.inChannels, fanOut: area * layer.filters };
}
