import { multiplyFactors } from '../../compress/lowrank/svd';
import type { CompressedLayer } from '../../compress/size/model';
import { layerWeights } from '../../compress/size/model';
import { dequantizeAll } from '../../compress/quantize/uniform';
import type { DataSplit } from '../../data/types';
import { predictClasses } from '../../train/evaluate';
import { newlyWrong } from '../../analysis/confusion';
import { selectRows } from '../../data/subset';
import { isStoredPartOf } from './lowRank';
import type { ModelWeights } from './modelWeights';
import { toNetwork, weightShapeOf } from './modelWeights';
import type { Compressed, CompressionSession } from './session';
import type { CompressionInspection, LayerInspection } from './types';

/** Above this many distinct values a histogram shows bins, not levels. */
const MAX_LEVELS = 256;
/** Examples of "what compression broke" sent as images (the list shows the first ones). */
const NEWLY_WRONG_IMAGES = 24;
/** Decision-boundary grid for 2-D data. */
const GRID = 64;

/** Distinct values a stored layer can take, sorted; null when float or too many. */
function levelsOf(layer: CompressedLayer): number[] | null {
  const v = layer.values;
  if (v.kind === 'float') return null;
  if (v.kind === 'kmeans') return [...new Set(v.codebook)].sort((a, b) => a - b);
  if (v.kind === 'pq') {
    const distinct = [...new Set(v.codebook)];
    return distinct.length > MAX_LEVELS ? null : distinct.sort((a, b) => a - b);
  }
  const all = 2 ** v.bits;
  if (all * v.scales.length > MAX_LEVELS) return null;
  const codes = Uint8Array.from({ length: all * v.scales.length }, (_, i) =>
    Math.floor(i / v.scales.length),
  );
  // Code c of group g sits at index c·groups + g, so e mod groups = g as dequantizeAll expects.
  const values = dequantizeAll(codes, v.scales, v.zeroPoints, v.bits, v.scheme);
  return [...new Set(values)].sort((a, b) => a - b);
}

/** A stored (possibly shrunk) layer written back over the original shape: zeros where removed. */
function expand(stored: Float32Array, mask: Uint8Array | null, length: number): Float32Array {
  if (!mask || stored.length === length) return stored;
  const out = new Float32Array(length);
  let k = 0;
  for (let e = 0; e < length; e++) if (mask[e]) out[e] = stored[k++];
  return out;
}

function layerInspections(session: CompressionSession, compressed: Compressed): LayerInspection[] {
  const { layers } = compressed.result;
  return session.dense.layers.map((dense, l) => {
    const name = dense.spec.name;
    const parts = layers.filter((s) => isStoredPartOf(s.name, name));
    const mask = compressed.result.originalMasks[l];
    let values: Float32Array;
    if (parts.length === 2) {
      const [p, q] = parts;
      values = multiplyFactors(
        layerWeights(p),
        layerWeights(q),
        p.shape[0],
        p.shape[1],
        q.shape[1],
      );
    } else {
      values = expand(layerWeights(parts[0]), mask, dense.weights.length);
    }
    const storedMask = parts.length === 1 ? parts[0].mask : undefined;
    return {
      name,
      shape: weightShapeOf(dense.spec),
      dense: dense.weights,
      compressed: values,
      mask: mask ?? (storedMask && storedMask.length === dense.weights.length ? storedMask : null),
      levels: parts.length === 1 ? levelsOf(parts[0]) : null,
    };
  });
}

/** An evenly spaced GRID×GRID set of 2-D points over the data's range (y decreasing by row). */
type Extent = { xMin: number; xMax: number; yMin: number; yMax: number };

function gridSplit(test: DataSplit): { split: DataSplit; extent: Extent } {
  const x = test.x as Float32Array;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < test.n; i++) {
    xMin = Math.min(xMin, x[2 * i]);
    xMax = Math.max(xMax, x[2 * i]);
    yMin = Math.min(yMin, x[2 * i + 1]);
    yMax = Math.max(yMax, x[2 * i + 1]);
  }
  const padX = (xMax - xMin) * 0.05;
  const padY = (yMax - yMin) * 0.05;
  const extent = { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
  const points = new Float32Array(GRID * GRID * 2);
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      const i = r * GRID + c;
      points[2 * i] = extent.xMin + ((c + 0.5) / GRID) * (extent.xMax - extent.xMin);
      points[2 * i + 1] = extent.yMax - ((r + 0.5) / GRID) * (extent.yMax - extent.yMin);
    }
  }
  return {
    split: { x: points, scale: 1, y: new Uint8Array(GRID * GRID), n: GRID * GRID },
    extent,
  };
}

async function predict(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
): Promise<Uint8Array> {
  const net = toNetwork(model);
  try {
    return await predictClasses(net, split, featureSize);
  } finally {
    net.dispose();
  }
}

/** What the inspectors draw: weights before and after, predictions, decision boundaries. */
export async function inspectCompression(
  session: CompressionSession,
  compressed: Compressed,
): Promise<CompressionInspection> {
  const { data } = session;
  const f = data.featureSize;
  const image = data.featureShape.length === 3;
  const [dense, after] = await Promise.all([
    predict(session.dense, data.test, f),
    predict(compressed.result.model, data.test, f),
  ]);
  let boundary: CompressionInspection['boundary'] = null;
  if (!image && f === 2) {
    const { split, extent } = gridSplit(data.test);
    boundary = {
      size: GRID,
      extent,
      dense: await predict(session.dense, split, 2),
      compressed: await predict(compressed.result.model, split, 2),
    };
  }
  let newlyWrongImages: CompressionInspection['newlyWrongImages'] = null;
  if (image && data.test.x instanceof Uint8Array) {
    const { indices } = newlyWrong(data.test.y, dense, after, NEWLY_WRONG_IMAGES);
    const [h, w, c] = data.featureShape;
    newlyWrongImages = {
      indices,
      pixels: selectRows(data.test, indices).x as Uint8Array,
      shape: [h, w, c],
    };
  }
  const first = session.dense.layers[0].spec;
  return {
    target: session.role,
    layers: layerInspections(session, compressed),
    inputImage:
      image && first.kind === 'dense' ? [data.featureShape[0], data.featureShape[1]] : null,
    predictions: { labels: data.test.y, dense, compressed: after },
    numClasses: data.numClasses,
    newlyWrongImages,
    boundary,
  };
}
