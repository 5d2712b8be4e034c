import type { ExperimentConfig } from '../core/config';

/**
 * Expands `--sweep a=1,2 --sweep b=x,y` into the grid a×b, in the order given (the last key
 * varies fastest). `apply` validates one value through the config schema.
 */
export function expandSweep(
  base: ExperimentConfig,
  sweeps: string[],
  apply: (config: ExperimentConfig, key: string, raw: string) => ExperimentConfig,
): ExperimentConfig[] {
  let grid = [base];
  for (const sweep of sweeps) {
    const eq = sweep.indexOf('=');
    if (eq <= 0) throw new Error(`--sweep needs key=v1,v2,...; got "${sweep}"`);
    const key = sweep.slice(0, eq);
    const raws = sweep
      .slice(eq + 1)
      .split(',')
      .filter((v) => v.length > 0);
    if (raws.length === 0) throw new Error(`--sweep ${key}: no values`);
    grid = grid.flatMap((c) => raws.map((raw) => apply(c, key, raw)));
  }
  return grid;
}
