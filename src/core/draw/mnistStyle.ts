import { resampleArea } from '../data/resample';

/** MNIST's digits: the ink fits a 20×20 box, centred by mass in a 28×28 field. */
export const MNIST_SIDE = 28;
export const MNIST_BOX = 20;

/** Values at or below this (of 255) are background, not ink, when finding the ink's box. */
const INK_THRESHOLD = 8;

/**
 * A drawing (one channel, ink bright on dark, 0–255, any size) made to look like an MNIST digit,
 * the way LeCun et al. normalised NIST's: the ink's bounding box scaled to fit 20×20 keeping its
 * aspect ratio, anti-aliased by area averaging, then shifted so that its centre of mass sits at
 * the centre of the 28×28 field. Returns 784 values in [0, 1]; all zeros when there is no ink.
 */
export function mnistStyle(gray: ArrayLike<number>, width: number, height: number): Float32Array {
  const out = new Float32Array(MNIST_SIDE * MNIST_SIDE);
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (gray[y * width + x] > INK_THRESHOLD) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  if (maxX < 0) return out;
  const boxW = maxX - minX + 1;
  const boxH = maxY - minY + 1;
  const scale = MNIST_BOX / Math.max(boxW, boxH);
  // The scaled box may be fractional on its short side: the last column (row) is partly
  // covered, which area averaging turns into grey.
  const outW = Math.max(1, Math.ceil(boxW * scale - 1e-9));
  const outH = Math.max(1, Math.ceil(boxH * scale - 1e-9));
  const small = resampleArea(
    gray,
    width,
    height,
    { x: minX, y: minY, width: outW / scale, height: outH / scale },
    outW,
    outH,
  );
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const v = small[y * outW + x];
      mass += v;
      mx += (x + 0.5) * v;
      my += (y + 0.5) * v;
    }
  }
  const centre = MNIST_SIDE / 2;
  const dx = Math.round(centre - mx / mass);
  const dy = Math.round(centre - my / mass);
  for (let y = 0; y < outH; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= MNIST_SIDE) continue;
    for (let x = 0; x < outW; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= MNIST_SIDE) continue;
      out[ty * MNIST_SIDE + tx] = Math.min(1, small[y * outW + x] / 255);
    }
  }
  return out;
}
