/**
 * At most `max` points for drawing, evenly spaced, always keeping the first and the last.
 * A long run reports thousands of steps; an SVG line of a few hundred looks the same and
 * keeps redraws cheap.
 */
export function thinPoints<T>(points: readonly T[], max: number): readonly T[] {
  if (points.length <= max || max < 2) return points;
  const out: T[] = [];
  const stride = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * stride)]);
  return out;
}
