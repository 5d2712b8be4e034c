import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompressionInspection } from '../../core/experiment/compress/types';
import { classColour } from '../panels/palette';

type Boundary = NonNullable<CompressionInspection['boundary']>;

/** What a 2-D model predicts everywhere in the plane: dense and compressed side by side. */
export function DecisionBoundary({ boundary }: { boundary: Boundary }) {
  const { t } = useTranslation();
  let changed = 0;
  for (let i = 0; i < boundary.dense.length; i++)
    if (boundary.dense[i] !== boundary.compressed[i]) changed++;
  const share = changed / Math.max(1, boundary.dense.length);
  return (
    <figure className="inspector" data-testid="decision-boundary" data-value={share.toFixed(4)}>
      <figcaption className="chart-title">{t('lab.inspect.boundary')}</figcaption>
      <div className="boundary-pair">
        <BoundaryCanvas
          classes={boundary.dense}
          size={boundary.size}
          label={t('lab.inspect.boundaryDense')}
        />
        <BoundaryCanvas
          classes={boundary.compressed}
          size={boundary.size}
          label={t('lab.inspect.boundaryCompressed')}
        />
      </div>
      <p className="lab-note">
        {t('lab.inspect.boundaryChanged', { share: (share * 100).toFixed(1) })}
      </p>
    </figure>
  );
}

function BoundaryCanvas({
  classes,
  size,
  label,
}: {
  classes: Uint8Array;
  size: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = size;
    canvas.height = size;
    const rgba = new Uint8ClampedArray(size * size * 4);
    const rgbOf = new Map<number, [number, number, number]>();
    for (let i = 0; i < size * size; i++) {
      const c = classes[i];
      let rgb = rgbOf.get(c);
      if (!rgb) {
        const hex = classColour(c);
        rgb = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
        rgbOf.set(c, rgb);
      }
      // Tinted towards white so the regions read as areas, not as data points.
      rgba[i * 4] = Math.round(rgb[0] * 0.55 + 255 * 0.45);
      rgba[i * 4 + 1] = Math.round(rgb[1] * 0.55 + 255 * 0.45);
      rgba[i * 4 + 2] = Math.round(rgb[2] * 0.55 + 255 * 0.45);
      rgba[i * 4 + 3] = 255;
    }
    ctx.putImageData(new ImageData(rgba, size, size), 0, 0);
  }, [classes, size]);
  return (
    <figure className="boundary">
      <canvas ref={ref} className="boundary-canvas" role="img" aria-label={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
