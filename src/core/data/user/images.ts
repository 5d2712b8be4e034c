import { resampleArea } from '../resample';
import type { ImportProblem } from './problems';

/** A decoded image: RGBA bytes, row-major. */
export interface DecodedImage {
  path: string;
  label: string;
  width: number;
  height: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp'];
export const isImagePath = (path: string): boolean =>
  IMAGE_EXTENSIONS.includes(path.split('.').pop()?.toLowerCase() ?? '');

/** The class of an image in a folder of class sub-folders: its parent folder's name. */
export function labelFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? parts[parts.length - 2] : '';
}

/**
 * One image resized to size×size (stretched: the whole picture is kept, as most small-image
 * sets do), area-averaged per channel; gray is the Rec. 601 luma. Returns size·size·channels bytes.
 */
export function resizeImage(img: DecodedImage, size: number, channels: 1 | 3): Uint8Array {
  const { width, height, rgba } = img;
  const planes: Float32Array[] = [];
  const plane = (f: (i: number) => number) => {
    const p = new Float32Array(width * height);
    for (let i = 0; i < p.length; i++) p[i] = f(i);
    return resampleArea(p, width, height, { x: 0, y: 0, width, height }, size, size);
  };
  if (channels === 1) {
    planes.push(plane((i) => 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]));
  } else {
    for (let ch = 0; ch < 3; ch++) planes.push(plane((i) => rgba[4 * i + ch]));
  }
  const out = new Uint8Array(size * size * channels);
  for (let i = 0; i < size * size; i++)
    for (let ch = 0; ch < channels; ch++) out[i * channels + ch] = Math.round(planes[ch][i]);
  return out;
}

/** Images → features and labels (classes sorted by name), or problems. */
export function imageFeatures(
  images: DecodedImage[],
  size: number,
  channels: 1 | 3,
): { ok: true; features: Uint8Array; labels: Uint8Array; classNames: string[] } | { ok: false; problems: ImportProblem[] } {
  const unlabelled = images.filter((im) => !im.label);
  if (unlabelled.length)
    return {
      ok: false,
      problems: [
        {
          code: 'one-class',
          className: '(no class folder)',
        },
      ],
    };
  const classNames = [...new Set(images.map((im) => im.label))].sort((a, b) => a.localeCompare(b));
  const classOf = new Map(classNames.map((c, i) => [c, i]));
  const f = size * size * channels;
  const features = new Uint8Array(images.length * f);
  images.forEach((im, i) => features.set(resizeImage(im, size, channels), i * f));
  return {
    ok: true,
    features,
    labels: Uint8Array.from(images, (im) => classOf.get(im.label)!),
    classNames,
  };
}
