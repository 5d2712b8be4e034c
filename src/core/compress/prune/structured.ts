/**
 * Structured pruning that really shrinks the network: removing unit j of a dense layer deletes
 * column j of its weights and entry j of its bias, *and* row j of the next layer's weights
 * (the input that unit used to feed). Parameter counts and honest sizes then fall for real,
 * with no mask to store.
 */

export interface DenseWeights {
  /** [inputs, units] row-major: element (i, j) at i·units + j. */
  weights: Float32Array;
  bias: Float32Array;
  inputs: number;
  units: number;
}

function keepIndices(keep: readonly boolean[]): number[] {
  const out: number[] = [];
  keep.forEach((k, j) => {
    if (k) out.push(j);
  });
  return out;
}

/** Keeps the listed columns of an [inputs, units] matrix. */
function selectColumns(w: Float32Array, inputs: number, units: number, cols: number[]) {
  const out = new Float32Array(inputs * cols.length);
  for (let i = 0; i < inputs; i++) {
    for (let c = 0; c < cols.length; c++) out[i * cols.length + c] = w[i * units + cols[c]];
  }
  return out;
}

/** Keeps the listed rows of an [inputs, units] matrix. */
function selectRows(w: Float32Array, units: number, rows: number[]) {
  const out = new Float32Array(rows.length * units);
  rows.forEach((r, k) => out.set(w.subarray(r * units, (r + 1) * units), k * units));
  return out;
}

/**
 * Returns a new list of layers where layer `layerIndex` keeps only the units with
 * keepUnits[j] = true, and the following layer loses the matching input rows. Pure: the input
 * arrays are not touched; untouched layers are returned as they are (same objects).
 * The output layer cannot be shrunk (its units are the classes), nor can every unit go.
 */
export function removeUnits(
  layers: readonly DenseWeights[],
  layerIndex: number,
  keepUnits: readonly boolean[],
): DenseWeights[] {
  const layer = layers[layerIndex];
  if (!layer) throw new Error(`removeUnits: no layer ${layerIndex}`);
  if (layerIndex === layers.length - 1) {
    throw new Error('removeUnits: the output layer cannot lose units (they are the classes)');
  }
  if (keepUnits.length !== layer.units) {
    throw new Error(`removeUnits: ${keepUnits.length} flags for ${layer.units} units`);
  }
  const next = layers[layerIndex + 1];
  if (next.inputs !== layer.units) {
    throw new Error(
      `removeUnits: layer ${layerIndex + 1} does not take layer ${layerIndex}'s units`,
    );
  }
  const kept = keepIndices(keepUnits);
  if (kept.length === 0) throw new Error('removeUnits: at least one unit must stay');
  const shrunk: DenseWeights = {
    weights: selectColumns(layer.weights, layer.inputs, layer.units, kept),
    bias: Float32Array.from(kept, (j) => layer.bias[j]),
    inputs: layer.inputs,
    units: kept.length,
  };
  const fed: DenseWeights = {
    weights: selectRows(next.weights, next.units, kept),
    bias: next.bias.slice(),
    inputs: kept.length,
    units: next.units,
  };
  return layers.map((l, k) => (k === layerIndex ? shrunk : k === layerIndex + 1 ? fed : l));
}
