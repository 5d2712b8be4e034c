import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawMarker, fitPoints } from './drawing';
import { classColour, classShape } from './palette';
import { MarkerIcon } from './MarkerIcon';

interface PointScatterProps {
  points: Float32Array;
  labels: Uint8Array;
  classCount: number;
  className: (label: number) => string;
}

const SIZE = 280;

/** A 2-D point set as a scatter plot, one colour and one marker shape per class, with a legend. */
export function PointScatter({ points, labels, classCount, className }: PointScatterProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    // Draw at device resolution so markers stay sharp on high-DPI screens and projectors.
    const dpr = Math.max(1, Math.round(globalThis.devicePixelRatio ?? 1));
    canvas.width = SIZE * dpr;
    canvas.height = SIZE * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, SIZE, SIZE);
    const xy = fitPoints(points, SIZE, 12);
    ctx.lineWidth = 0.75;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.55)';
    for (let i = 0; i < labels.length; i++) {
      ctx.fillStyle = classColour(labels[i]);
      drawMarker(ctx, classShape(labels[i]), xy[2 * i], xy[2 * i + 1], 4);
    }
  }, [points, labels]);

  const classes = Array.from({ length: classCount }, (_, label) => label);
  const caption = t('dataset.pointsCaption', { count: labels.length });
  return (
    <figure className="scatter">
      <canvas ref={canvasRef} className="scatter-canvas" role="img" aria-label={caption} />
      <figcaption>
        <span>{caption}</span>
        <ul className="legend" aria-label={t('dataset.legend')}>
          {classes.map((label) => (
            <li key={label}>
              <MarkerIcon label={label} />
              {className(label)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
