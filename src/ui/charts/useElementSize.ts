import { useLayoutEffect, useState } from 'react';

/**
 * The content box of the element given to `ref`, kept up to date by a ResizeObserver; 0 × 0 while
 * it is hidden (a chart in a hidden tab draws nothing until it shows). A callback ref, so an
 * element that mounts later (a chart's first point) is measured too.
 */
export function useElementSize<T extends HTMLElement>() {
  const [el, setEl] = useState<T | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!el) return;
    const set = (width: number, height: number) =>
      setSize((s) =>
        s.width === Math.floor(width) && s.height === Math.floor(height)
          ? s
          : { width: Math.floor(width), height: Math.floor(height) },
      );
    set(el.clientWidth, el.clientHeight);
    const observer = new ResizeObserver(([entry]) =>
      set(entry.contentRect.width, entry.contentRect.height),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return { ref: setEl, ...size };
}
