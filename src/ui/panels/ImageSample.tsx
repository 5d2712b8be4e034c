import { useEffect, useRef } from 'react';
import { grayToRgba } from './drawing';

interface ImageSampleProps {
  pixels: Uint8Array;
  width: number;
  height: number;
  caption: string;
  label: string;
}

/** One grayscale example, drawn at its true resolution and scaled up crisply by CSS. */
export function ImageSample({ pixels, width, height, caption, label }: ImageSampleProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(
      new ImageData(grayToRgba(pixels) as Uint8ClampedArray<ArrayBuffer>, width, height),
      0,
      0,
    );
  }, [pixels, width, height]);

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
