import type { ExperimentConfig } from '../core/config';
import type { CompressedPoint } from '../core/experiment/compress/types';
import { engine } from './engineActions';

/** The compressed model of `config` as file bytes, with what was measured on those bytes. */
export function compressedModelFile(
  config: ExperimentConfig,
): Promise<{ bytes: Uint8Array; point: CompressedPoint }> {
  return engine().compressedModelFile(config);
}

/** Scores a model file on the config's dataset (its full test set) in the worker. */
export function evaluateModelFile(
  bytes: Uint8Array,
  config: ExperimentConfig,
): Promise<{ accuracy: number; sizeBytes: number; layers: string[] }> {
  return engine().evaluateModelFile(bytes, config);
}

/** `teacher-mlp-300-100-s0.9-b4.clz`: what the file holds, readable in a downloads folder. */
export function modelFileName(point: CompressedPoint, arch: string): string {
  const parts = [point.target, arch.replace(/[^a-z0-9]+/gi, '-')];
  if (point.sparsity > 0) parts.push(`s${point.sparsity.toFixed(2)}`);
  if (point.bits < 32) parts.push(`b${point.bits}`);
  if (point.rank < 1) parts.push(`r${point.rank}`);
  return `${parts.join('-')}.clz`;
}
