/** What the Pareto frontier compares: smaller and more accurate is better. */
export interface TradeOff {
  sizeBytes: number;
  accuracy: number;
}

/**
 * Indices of the points no other point beats (at most as large and at least as accurate, and
 * strictly better in one), ordered by size. Of exact duplicates only the first is kept, so the
 * frontier line never doubles back.
 */
export function paretoFrontier(points: readonly TradeOff[]): number[] {
  const order = points
    .map((_, i) => i)
    .filter((i) => Number.isFinite(points[i].sizeBytes) && Number.isFinite(points[i].accuracy))
    // Smallest first; at equal size the most accurate first, then the earliest.
    .sort(
      (a, b) =>
        points[a].sizeBytes - points[b].sizeBytes ||
        points[b].accuracy - points[a].accuracy ||
        a - b,
    );
  const frontier: number[] = [];
  let best = -Infinity;
  for (const i of order) {
    // Anything smaller already reached `best`; this point only counts if it is more accurate.
    if (points[i].accuracy > best) {
      frontier.push(i);
      best = points[i].accuracy;
    }
  }
  return frontier;
}
