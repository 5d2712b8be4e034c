import type { CompressedPoint, PointLatency } from '../../core/experiment/compress/types';
import type { SpeedVariant } from '../../core/speed/variants';
import type { ChartAxis } from '../../state/speedSlice';

/** The fastest way a point ran at batch 1 (what the latency axis plots), or null if untimed. */
export function fastestAtBatch1(
  latency: PointLatency | undefined,
): { variant: SpeedVariant; p50Ms: number } | null {
  const rows = latency?.rows.filter((r) => r.batch === 1) ?? [];
  if (rows.length === 0) return null;
  const best = rows.reduce((a, b) => (b.p50Ms < a.p50Ms ? b : a));
  return { variant: best.variant, p50Ms: best.p50Ms };
}

/** A point's position on the chosen x-axis; null when it has no value there (old or untimed). */
export function xValue(
  point: Pick<CompressedPoint, 'sizeBytes' | 'macs' | 'latency'>,
  axis: ChartAxis,
): number | null {
  if (axis === 'bytes') return point.sizeBytes;
  if (axis === 'macs') return point.macs ?? null;
  return fastestAtBatch1(point.latency)?.p50Ms ?? null;
}
