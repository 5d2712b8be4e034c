import type { Technique } from '../../core/experiment/compress/types';
import type { ChartAxis } from '../../state/speedSlice';
import { formatBytes, formatDecimal } from '../format';
import type { Dodge } from './paretoDodge';

/** One point of the accuracy-vs-size chart. */
export interface Datum {
  /** The position on the chosen x-axis (bytes, MACs or batch-1 latency in ms). */
  x: number;
  sizeBytes: number;
  macs?: number;
  latency?: { variant: string; p50Ms: number; backend: string };
  accuracy: number;
  /** Committed point id; null for the reference and live points. */
  id: string | null;
  kind: 'committed' | 'teacher' | 'student';
  technique: Technique;
  settings: Record<string, string>;
  /** Where a point that overlaps others is drawn, and what labels it (committed points only). */
  dodge?: Dodge;
}

/** Data → pixels, and the plot's box inside the chart's SVG. */
export interface ParetoScales {
  x: (v: number) => number;
  y: (v: number) => number;
  plot: { left: number; top: number; width: number; height: number };
}

/** A tick or label on the chosen x-axis. */
export function formatX(v: number, axis: ChartAxis, locale: string): string {
  if (axis === 'bytes') return formatBytes(v, locale);
  if (axis === 'macs') return formatDecimal(v, locale, 2);
  return `${formatDecimal(v, locale, 2)} ms`;
}
