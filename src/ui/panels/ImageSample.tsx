import { useEffect, useRef } from 'react';
import { grayToRgba, rgbToRgba } from './drawing';

interface ImageSampleProps {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** 1: one gray byte per pixel (the default); 3: interleaved RGB (imported colour images). */
  channels?: 1 | 3;
  caption: string;
  label: string;
}

/** One example (gray or RGB), drawn at its true resolution and scaled up crisply by CSS. */
export function ImageSample({
  pixels,
  width,
  height,
  channels = 1,
  caption,
  label,
}: ImageSampleProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const rgba = channels === 3 ? rgbToRgba(pixels) : grayToRgba(pixels);
    ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  }, [pixels, width, height, channels]);

  return (
    <figure className="sample">
      <canvas
        ref={canvasRef}
        className="sample-image"
        width={width}
        height={height}
        role="img"
        aria-label={label}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
