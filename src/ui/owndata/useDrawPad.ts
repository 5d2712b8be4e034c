import { useCallback, useEffect, useRef, useState } from 'react';

/** The pad's drawing surface in canvas pixels; the ink is a tenth of it wide, as MNIST pens are
 * about 2 px of the 20 px box. */
export const PAD_SIZE = 280;
const INK_WIDTH = 22;

type Stroke = number[];

function paint(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[]): void {
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, PAD_SIZE, PAD_SIZE);
  ctx.strokeStyle = '#fff';
  ctx.fillStyle = '#fff';
  ctx.lineWidth = INK_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    ctx.beginPath();
    if (s.length === 2) {
      ctx.arc(s[0], s[1], INK_WIDTH / 2, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.moveTo(s[0], s[1]);
    for (let i = 2; i < s.length; i += 2) ctx.lineTo(s[i], s[i + 1]);
    ctx.stroke();
  }
}

/** The red channel of the pad: white ink on black, so one channel is the whole picture. */
function readGray(ctx: CanvasRenderingContext2D): Uint8Array {
  const rgba = ctx.getImageData(0, 0, PAD_SIZE, PAD_SIZE).data;
  const gray = new Uint8Array(PAD_SIZE * PAD_SIZE);
  for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4];
  return gray;
}

/**
 * Pointer drawing on a canvas (mouse, touch and pen alike, through pointer events), with undo
 * and clear. `onChange` gets the pixels after each change, at most every `everyMs`.
 */
export function useDrawPad(onChange: (gray: Uint8Array | null) => void, everyMs = 60) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const drawing = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [count, setCount] = useState(0);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  const emit = useCallback(() => {
    timer.current = null;
    const ctx = canvasRef.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    changed.current(strokes.current.length ? readGray(ctx) : null);
  }, []);

  const redraw = useCallback(
    (now: boolean) => {
      const ctx = canvasRef.current?.getContext('2d', { willReadFrequently: true });
      if (ctx) paint(ctx, strokes.current);
      setCount(strokes.current.length);
      if (now) {
        if (timer.current) clearTimeout(timer.current);
        emit();
      } else timer.current ??= setTimeout(emit, everyMs);
    },
    [emit, everyMs],
  );

  useEffect(() => {
    redraw(false);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [redraw]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [
      ((e.clientX - r.left) * PAD_SIZE) / r.width,
      ((e.clientY - r.top) * PAD_SIZE) / r.height,
    ];
  };

  const handlers = {
    onPointerDown(e: React.PointerEvent<HTMLCanvasElement>) {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      drawing.current = e.pointerId;
      strokes.current = [...strokes.current, point(e)];
      redraw(false);
    },
    onPointerMove(e: React.PointerEvent<HTMLCanvasElement>) {
      if (drawing.current !== e.pointerId) return;
      strokes.current[strokes.current.length - 1].push(...point(e));
      redraw(false);
    },
    onPointerUp(e: React.PointerEvent<HTMLCanvasElement>) {
      if (drawing.current !== e.pointerId) return;
      drawing.current = null;
      redraw(true);
    },
    onPointerCancel(e: React.PointerEvent<HTMLCanvasElement>) {
      if (drawing.current === e.pointerId) drawing.current = null;
    },
  };

  return {
    canvasRef,
    handlers,
    strokeCount: count,
    undo: () => {
      strokes.current = strokes.current.slice(0, -1);
      redraw(true);
    },
    clear: () => {
      strokes.current = [];
      redraw(true);
    },
    /** Asks again with the same drawing (the models changed). */
    resend: () => {
      if (strokes.current.length) redraw(true);
    },
  };
}
