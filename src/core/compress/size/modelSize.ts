import { ByteWriter } from './bits';
import type { EncodeOptions, LayerBreakdown, PositionEncoding } from './encode';
import { encodeLayer, FILE_HEADER_BYTES, MAGIC, VERSION } from './encode';
import type { CompressedLayer } from './model';

export interface SizeBreakdown {
  values: number;
  positions: number;
  scales: number;
  codebook: number;
  /** File header + every layer header. */
  headers: number;
  biases: number;
  huffmanSaving: number;
  /** = the encoded byte length. */
  total: number;
  /** The same model as dense float32 (weights + biases). */
  denseFp32: number;
  /** denseFp32 / total. */
  ratio: number;
  /** How sparse layers store positions; 'mixed' when layers differ, 'dense' when none is sparse. */
  positionEncoding: PositionEncoding | 'mixed';
  layers: LayerBreakdown[];
}

/** Encodes a whole model: file header, then each layer in order. */
export function encodeModelWithBreakdown(
  layers: readonly CompressedLayer[],
  options: EncodeOptions = {},
): { bytes: Uint8Array; breakdown: SizeBreakdown } {
  if (layers.length > 0xffff) throw new Error('encode: too many layers');
  const out = new ByteWriter();
  out.bytes(Uint8Array.from(MAGIC));
  out.u16(VERSION);
  out.u16(layers.length);
  const parts = layers.map((l) => encodeLayer(l, options));
  for (const p of parts) out.bytes(p.bytes);
  const bytes = out.finish();
  return { bytes, breakdown: modelBreakdown(parts.map((p) => p.breakdown)) };
}

/** A model's breakdown from its layers' (the file header is the only part outside a layer). */
export function modelBreakdown(layers: LayerBreakdown[]): SizeBreakdown {
  const sum = (key: keyof LayerBreakdown) => layers.reduce((s, l) => s + (l[key] as number), 0);
  const encodings = new Set(layers.map((l) => l.positionEncoding).filter((e) => e !== 'dense'));
  const total = FILE_HEADER_BYTES + sum('total');
  const denseFp32 = sum('denseFp32');
  return {
    values: sum('values'),
    positions: sum('positions'),
    scales: sum('scales'),
    codebook: sum('codebook'),
    headers: FILE_HEADER_BYTES + sum('headers'),
    biases: sum('biases'),
    huffmanSaving: sum('huffmanSaving'),
    total,
    denseFp32,
    ratio: total > 0 ? denseFp32 / total : 0,
    positionEncoding:
      encodings.size === 0 ? 'dense' : encodings.size === 1 ? [...encodings][0] : 'mixed',
    layers,
  };
}

export function encodeModel(
  layers: readonly CompressedLayer[],
  options: EncodeOptions = {},
): Uint8Array {
  return encodeModelWithBreakdown(layers, options).bytes;
}

/** The size the app shows: the length of the real encoding. */
export function encodedSizeBytes(
  layers: readonly CompressedLayer[],
  options: EncodeOptions = {},
): number {
  return encodeModel(layers, options).length;
}

export function sizeBreakdown(
  layers: readonly CompressedLayer[],
  options: EncodeOptions = {},
): SizeBreakdown {
  return encodeModelWithBreakdown(layers, options).breakdown;
}
