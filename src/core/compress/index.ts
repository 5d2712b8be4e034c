/** The compression engine: pure functions over Float32Arrays (tensors only in quantize/ste). */
export * from './prune/scores';
export * from './prune/masks';
export * from './prune/structured';
export * from './prune/schedule';
export * from './quantize/uniform';
export * from './quantize/ste';
export * from './quantize/kmeans';
export * from './quantize/noise';
export * from './lowrank/svd';
export { symmetricEigen } from './lowrank/eigen';
export type { SymmetricEigen } from './lowrank/eigen';
export type { CompressedLayer, WeightValues } from './size/model';
export { layerWeights, weightCount } from './size/model';
export type { EncodeOptions, LayerBreakdown, PositionEncoding } from './size/encode';
export { encodeLayer } from './size/encode';
export type { SizeBreakdown } from './size/modelSize';
export {
  encodeModel,
  encodeModelWithBreakdown,
  encodedSizeBytes,
  sizeBreakdown,
} from './size/modelSize';
export { decodeModel } from './size/decode';
export * from './registry';
