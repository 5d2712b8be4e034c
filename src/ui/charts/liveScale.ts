/**
 * Axis arithmetic for the live training curves (LiveLineChart; `scale` also maps the
 * accuracy-vs-size chart): pure, so ticks and point strings are tested without a browser and
 * memoised by their inputs.
 */

export interface Axis {
  /** The drawn range, widened to whole ticks. */
  domain: readonly [number, number];
  ticks: readonly number[];
}

/** 1, 2, 2.5 or 5 times a power of ten: the step a reader can add up at a glance. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return m * power;
}

/** About `count` evenly spaced ticks on round values, covering [min, max]. */
export function niceAxis(min: number, max: number, count = 5): Axis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  if (max <= min)
    [min, max] = min === 0 ? [0, 1] : [min - Math.abs(min) / 2, max + Math.abs(max) / 2];
  const step = niceStep((max - min) / count);
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 labels as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return { domain: [lo, hi], ticks };
}

/** Whole-number ticks from `min` to `max`, at most about `most` of them (epochs). */
export function integerTicks(min: number, max: number, most = 10): number[] {
  const from = Math.ceil(min);
  const to = Math.floor(max);
  const step = Math.max(1, Math.ceil((to - from) / most));
  const ticks: number[] = [];
  for (let v = from; v <= to; v += step) ticks.push(v);
  return ticks;
}

/** A linear map from `domain` onto the pixel range [from, to] (to < from flips it, as y does). */
export function scale(domain: readonly [number, number], from: number, to: number) {
  const [d0, d1] = domain;
  const k = d1 === d0 ? 0 : (to - from) / (d1 - d0);
  return (v: number): number => from + (v - d0) * k;
}

/**
 * An SVG polyline's `points` attribute, one decimal per coordinate; points with a non-finite
 * value are left out (a diverged loss reads NaN) and the line joins across them.
 */
export function polylinePoints(
  points: readonly { x: number; y: number }[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  let out = '';
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    out += `${out ? ' ' : ''}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`;
  }
  return out;
}
