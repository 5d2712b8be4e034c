/**
 * Model files written byte by byte, field by field as compress/size/FORMAT.md lays them out, so a
 * test can set any field to what the encoder would never write (0 gap bits, 200 bits per value,
 * a shape the bytes cannot hold). Shared by the decoder's unit tests and the e2e that loads the
 * same files through the app, so both exercise the same bytes.
 */
import { ByteWriter } from '../compress/size/bits';
import { KIND, POSITIONS } from '../compress/size/encode';

/** One layer header and its body bytes; unset fields are those of a dense float32 layer. */
export interface RawLayer {
  name?: string;
  shape: number[];
  kind?: number;
  bits?: number;
  flags?: number;
  positions?: number;
  gapBits?: number;
  kept: number;
  bias?: number;
  body?: number[];
}

/** A "CLZ1" version 1 file holding `layers`, nothing checked. */
export function craftedModelFile(layers: RawLayer[]): Uint8Array {
  const w = new ByteWriter();
  for (const b of [0x43, 0x4c, 0x5a, 0x31]) w.u8(b);
  w.u16(1);
  w.u16(layers.length);
  for (const l of layers) {
    const name = new TextEncoder().encode(l.name ?? 'x');
    w.u8(name.length);
    w.bytes(name);
    w.u8(l.shape.length);
    for (const d of l.shape) w.u32(d);
    w.u8(l.kind ?? KIND.float);
    w.u8(l.bits ?? 32);
    w.u8(l.flags ?? 0);
    w.u8(l.positions ?? POSITIONS.dense);
    w.u8(l.gapBits ?? 0);
    w.u32(l.kept);
    w.u32(l.bias ?? 0);
    w.bytes(Uint8Array.from(l.body ?? []));
  }
  return w.finish();
}

/** Float32 values as the little-endian bytes the format stores. */
export const f32Bytes = (...values: number[]): number[] => [
  ...new Uint8Array(Float32Array.from(values).buffer),
];
