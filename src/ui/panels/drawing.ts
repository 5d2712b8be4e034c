import type { MarkerShape } from './palette';

/** Grayscale bytes (one per pixel) → RGBA bytes for ImageData. */
export function grayToRgba(
  gray: Uint8Array,
  out = new Uint8ClampedArray(gray.length * 4),
): Uint8ClampedArray {
  for (let i = 0; i < gray.length; i++) {
    const v = gray[i];
    out[i * 4] = v;
    out[i * 4 + 1] = v;
    out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Interleaved RGB bytes (three per pixel) → RGBA bytes for ImageData. */
export function rgbToRgba(rgb: Uint8Array): Uint8ClampedArray {
  const n = Math.floor(rgb.length / 3);
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    out[i * 4] = rgb[i * 3];
    out[i * 4 + 1] = rgb[i * 3 + 1];
    out[i * 4 + 2] = rgb[i * 3 + 2];
    out[i * 4 + 3] = 255;
  }
  return out;
}

/**
 * Maps interleaved (x, y) points into a size×size square with a margin, keeping the aspect
 * ratio (a circle stays round) and flipping y so that up is up.
 */
export function fitPoints(points: Float32Array, size: number, margin: number): Float32Array {
  const n = Math.floor(points.length / 2);
  const out = new Float32Array(n * 2);
  if (n === 0) return out;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, points[2 * i]);
    maxX = Math.max(maxX, points[2 * i]);
    minY = Math.min(minY, points[2 * i + 1]);
    maxY = Math.max(maxY, points[2 * i + 1]);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (size - 2 * margin) / span;
  const offsetX = margin + (size - 2 * margin - (maxX - minX) * scale) / 2;
  const offsetY = margin + (size - 2 * margin - (maxY - minY) * scale) / 2;
  for (let i = 0; i < n; i++) {
    out[2 * i] = offsetX + (points[2 * i] - minX) * scale;
    out[2 * i + 1] = size - (offsetY + (points[2 * i + 1] - minY) * scale);
  }
  return out;
}

/** Draws one marker centred at (x, y) with "radius" r. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'square':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.1);
      ctx.lineTo(x + r, y + r * 0.8);
      ctx.lineTo(x - r, y + r * 0.8);
      ctx.closePath();
      break;
    case 'diamond':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      break;
  }
  ctx.fill();
  ctx.stroke();
}
