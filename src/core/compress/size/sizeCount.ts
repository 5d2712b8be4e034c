import type { EncodeOptions } from './encode';
import type { CompressedLayer } from './model';
import type { SizeBreakdown } from './modelSize';
import { modelBreakdown } from './modelSize';
import { layerBreakdown, planLayer } from './plan';

/**
 * The exact size and breakdown `encodeModelWithBreakdown` would report, without building the
 * bytes: the same per-layer plans, only added up. A slider preview needs the size, not the
 * file (building it was the largest stage of a preview); a commit still writes and decodes the
 * real bytes.
 */
export function countModelSize(
  layers: readonly CompressedLayer[],
  options: EncodeOptions = {},
): SizeBreakdown {
  if (layers.length > 0xffff) throw new Error('encode: too many layers');
  return modelBreakdown(layers.map((l) => layerBreakdown(l, planLayer(l, options))));
}
