/**
 * The Pareto chart's axes. Sizes: a log-scale domain padded around the data and ticks at 1, 2
 * and 5 times powers of ten (recharts' own log domain lands on odd bounds that clip points).
 */
export function logDomain(values: readonly number[], pad = 1.3): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 10];
  const lo = Math.min(...positive) / pad;
  const hi = Math.max(...positive) * pad;
  return [lo, hi];
}

export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  // A narrow domain may hold a single tick or none: show its ends instead.
  return ticks.length >= 2 ? ticks : [lo, hi].map((v) => Number(v.toPrecision(2)));
}

/** The accuracy axis: the data's range with a little room, on a 5 % grid, inside 0..1. */
export function accuracyDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  const lo = Math.max(0, Math.floor((Math.min(...finite) - 0.01) * 20) / 20);
  const hi = Math.min(1, Math.ceil((Math.max(...finite) + 0.01) * 20) / 20);
  return [lo, hi];
}

/**
 * A coarse cell around the live point (sizes in steps of 25 %, accuracy in steps of 5 %). The
 * chart's axes follow the cell, not the point, so a drag redraws only the live marker until the
 * point leaves its cell; the cell always contains the point, so the marker is never clipped.
 */
const SIZE_STEP = 1.25;
const ACCURACY_STEP = 0.05;

export function liveCell(sizeBytes: number, accuracy: number): string {
  const k = Math.floor(Math.log(Math.max(1, sizeBytes)) / Math.log(SIZE_STEP));
  const j = Math.floor(accuracy / ACCURACY_STEP);
  return `${k}:${j}`;
}

export function cellExtent(cell: string): {
  sizes: [number, number];
  accuracies: [number, number];
} {
  const [k, j] = cell.split(':').map(Number);
  return {
    sizes: [SIZE_STEP ** k, SIZE_STEP ** (k + 1)],
    accuracies: [j * ACCURACY_STEP, Math.min(1, (j + 1) * ACCURACY_STEP)],
  };
}

/** Evenly spaced accuracy ticks (1, 2, 5, 10 or 20 %), at most six, on the domain's grid. */
export function accuracyTicks([lo, hi]: readonly [number, number]): number[] {
  const step = [0.01, 0.02, 0.05, 0.1, 0.2].find((s) => (hi - lo) / s <= 5) ?? 0.25;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step)
    ticks.push(Math.round(v * 1000) / 1000 + 0); // + 0 turns -0 into 0
  return ticks;
}
