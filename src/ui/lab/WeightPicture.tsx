import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompressionInspection } from '../../core/experiment/compress/types';
import { LayerPicker } from './WeightHistogram';
import { divergingRgba, matrixShape, maxAbs, transposedPatch, unitColumn } from './weightImage';

const FIELDS = 32;
const FIELDS_PER_ROW = 8;
const GAP = 2;
const MAX_UNITS = 48;
const MAX_INPUTS = 96;
/** Largest drawn heatmap, in CSS pixels; each weight is a square cell of at most CELL_MAX. */
const HEATMAP_BOX = [480, 300] as const;
const CELL_MAX = 24;

/** The layer shown first: on images the first (receptive fields), otherwise the largest. */
function firstLayer(inspection: CompressionInspection): number {
  if (inspection.inputImage) return 0;
  let best = 0;
  inspection.layers.forEach((l, i) => {
    if (l.dense.length > inspection.layers[best].dense.length) best = i;
  });
  return best;
}

/**
 * The weights as pictures. On image data the first layer's units are drawn as receptive fields
 * (one image per unit), so pruned pixels show where the digit never is; other layers are drawn
 * as a heatmap (one row per unit), where whole removed units, scattered zeros and the regular
 * 2:4 stipple look different.
 */
export function WeightPicture({ inspection }: { inspection: CompressionInspection }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState(() => firstLayer(inspection));
  const [showDense, setShowDense] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layers = inspection.layers;
  const index = Math.min(chosen, layers.length - 1);
  const layer = layers[index];
  const image = index === 0 ? inspection.inputImage : null;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !layer) return;
    const values = showDense ? layer.dense : layer.compressed;
    const mask = showDense ? null : layer.mask;
    const [inputs, units] = matrixShape(layer.shape);
    const scale = maxAbs(layer.dense);
    if (image && image[0] * image[1] === inputs) {
      const [h, w] = image;
      const count = Math.min(FIELDS, units);
      const cols = Math.min(FIELDS_PER_ROW, count);
      const rows = Math.ceil(count / cols);
      canvas.width = cols * (w + GAP) - GAP;
      canvas.height = rows * (h + GAP) - GAP;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      for (let u = 0; u < count; u++) {
        const field = unitColumn(values, mask, inputs, units, u);
        // Each unit on its own scale: small units would otherwise be invisible next to big ones.
        const rgba = divergingRgba(field.values, field.mask, maxAbs(field.values) || scale);
        const data = new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, w, h);
        ctx.putImageData(data, (u % cols) * (w + GAP), Math.floor(u / cols) * (h + GAP));
      }
    } else {
      const patch = transposedPatch(values, mask, inputs, units, MAX_UNITS, MAX_INPUTS);
      canvas.width = patch.width;
      canvas.height = patch.height;
      const rgba = divergingRgba(patch.values, patch.mask, scale);
      ctx.putImageData(
        new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, patch.width, patch.height),
        0,
        0,
      );
    }
  }, [layer, image, showDense]);

  if (!layer) return null;
  const [inputs, units] = matrixShape(layer.shape);
  const fields = image !== null && image[0] * image[1] === inputs;
  const cells = [Math.min(inputs, MAX_INPUTS), Math.min(units, MAX_UNITS)];
  const cell = Math.max(
    1,
    Math.min(
      CELL_MAX,
      Math.floor(HEATMAP_BOX[0] / cells[0]),
      Math.floor(HEATMAP_BOX[1] / cells[1]),
    ),
  );
  return (
    <figure
      className="inspector"
      data-testid="weight-picture"
      data-value={fields ? 'fields' : 'heatmap'}
    >
      <figcaption className="chart-title">{t('lab.inspect.picture')}</figcaption>
      <div className="inspector-controls">
        <LayerPicker id={id} layers={layers} chosen={index} onChoose={setChosen} />
        <label className="inline-check">
          <input
            type="checkbox"
            checked={showDense}
            onChange={(e) => setShowDense(e.target.checked)}
          />
          {t('lab.inspect.showDense')}
        </label>
      </div>
      <canvas
        ref={canvasRef}
        className={fields ? 'weight-canvas weight-fields' : 'weight-canvas'}
        style={fields ? undefined : { width: cells[0] * cell, height: cells[1] * cell }}
        role="img"
        aria-label={
          fields
            ? t('lab.inspect.fieldsAria', { count: Math.min(FIELDS, units) })
            : t('lab.inspect.heatmapAria', {
                units: Math.min(units, MAX_UNITS),
                inputs: Math.min(inputs, MAX_INPUTS),
              })
        }
      />
      <ul className="chart-legend">
        <li>
          <span className="swatch" style={{ background: 'rgb(0,114,178)' }} />
          {t('lab.inspect.negative')}
        </li>
        <li>
          <span className="swatch" style={{ background: 'rgb(213,94,0)' }} />
          {t('lab.inspect.positive')}
        </li>
        <li>
          <span className="swatch" style={{ background: 'rgb(64,64,64)' }} />
          {t('lab.inspect.pruned')}
        </li>
      </ul>
      <p className="lab-note">
        {fields
          ? t('lab.inspect.fieldsNote', { count: Math.min(FIELDS, units) })
          : t('lab.inspect.heatmapNote', {
              units: Math.min(units, MAX_UNITS),
              inputs: Math.min(inputs, MAX_INPUTS),
            })}
      </p>
    </figure>
  );
}
