/**
 * The committed compression points (the Pareto chart's) as a runs file carries them. Strict, as
 * a point from a file ends up drawn and clicked: its `settings` are applied to the sliders.
 */
import { z } from 'zod';
import { findParam } from '../config';
import type { CommittedPoint } from '../experiment/compress/types';
import { SPEED_VARIANTS } from '../speed/variants';

/** The largest time `Date` represents (ECMA-262 §21.4.1.1); beyond it date formatting throws. */
export const MAX_DATE_MS = 8.64e15;
const count = z.number().int().min(0);
const nonNegative = z.number().min(0);
const fraction = z.number().min(0).max(1);
const bits = z.number().int().min(1).max(32);

const layerReport = z.strictObject({
  name: z.string().max(200),
  shape: z.array(count).max(8),
  weights: count,
  kept: count,
  sparsity: fraction,
  bits,
  bytes: count,
});

const breakdown = z.strictObject({
  values: nonNegative,
  positions: nonNegative,
  scales: nonNegative,
  codebook: nonNegative,
  headers: nonNegative,
  biases: nonNegative,
  huffmanSaving: z.number(),
  total: nonNegative,
  denseFp32: nonNegative,
  ratio: nonNegative,
  positionEncoding: z.enum(['dense', 'bitmask', 'relative', 'mixed']),
});

/** Only keys of the parameter table: the chart applies these when the point is clicked. */
const settings = z
  .record(z.string().max(100), z.string().max(100))
  .refine((s) => Object.keys(s).every((key) => findParam(key) !== undefined), {
    message: 'settings name a key that is not an experiment parameter',
  });

const latencyRow = z.strictObject({
  variant: z.enum(SPEED_VARIANTS),
  batch: z.number().int().min(1).max(4096),
  p50Ms: nonNegative,
  p10Ms: nonNegative,
  p90Ms: nonNegative,
  runs: count,
  repeat: count,
});

export const committedPointSchema = z.strictObject({
  id: z.string().min(1).max(200),
  createdAt: z.number().int().min(0).max(MAX_DATE_MS),
  point: z.strictObject({
    target: z.enum(['teacher', 'student']),
    form: z.enum(['preview', 'commit', 'full']),
    technique: z.enum(['dense', 'prune', 'quantize', 'lowrank', 'combined']),
    accuracy: fraction,
    denseAccuracy: fraction,
    evaluatedOn: z.enum(['preview', 'test']),
    examples: count,
    sizeBytes: count,
    denseBytes: count,
    ratio: nonNegative,
    sparsity: fraction,
    bits,
    rank: nonNegative,
    params: count,
    breakdown,
    layers: z.array(layerReport).max(64),
    settings,
    ms: nonNegative,
    // Both optional: points saved before speed was measured stay readable.
    macs: count.optional(),
    latency: z
      .strictObject({
        backend: z.string().max(20),
        ownKernels: z.enum(['js', 'wgsl']),
        rows: z.array(latencyRow).max(16),
        maxRelativeDifference: nonNegative,
      })
      .optional(),
  }),
}) satisfies z.ZodType<CommittedPoint>;
