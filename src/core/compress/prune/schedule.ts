/** When to cut how much. */

export interface GradualSchedule {
  /** Initial sparsity s_i (usually 0). */
  si: number;
  /** Final sparsity s_f. */
  sf: number;
  /** Step at which pruning starts. */
  t0: number;
  /** Number of pruning steps n. */
  n: number;
  /** Steps between two pruning steps Δt. */
  dt: number;
}

/**
 * Zhu & Gupta (2017): s_t = s_f + (s_i − s_f)(1 − (t − t0)/(n·Δt))³, with t clamped to
 * [t0, t0 + n·Δt]. The cube prunes fast while many redundant weights remain and slows down
 * near the end, when each removed weight costs more. Exactly s_i at t0, exactly s_f at the end.
 */
export function gradualSparsity(t: number, { si, sf, t0, n, dt }: GradualSchedule): number {
  const span = n * dt;
  if (span <= 0) return t < t0 ? si : sf;
  const progress = Math.min(1, Math.max(0, (t - t0) / span));
  // The end points are returned as given, not recomputed (sf + (si − sf) can differ from si in
  // the last bit).
  if (progress === 0) return si;
  if (progress === 1) return sf;
  return sf + (si - sf) * (1 - progress) ** 3;
}

/**
 * Iterative pruning in `rounds` rounds: each round keeps the same fraction k of the weights that
 * survived the previous one (as Frankle & Carbin prune 20 % of what remains), with
 * k^rounds = 1 − final. Returns the cumulative sparsity after each round; the last one is
 * exactly `final`.
 */
export function iterativeSparsities(final: number, rounds: number): number[] {
  if (!(final >= 0 && final < 1)) throw new Error(`final sparsity ${final} is not in [0, 1)`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds ${rounds} must be ≥ 1`);
  const keep = (1 - final) ** (1 / rounds);
  const out: number[] = [];
  for (let r = 1; r < rounds; r++) out.push(1 - keep ** r);
  out.push(final);
  return out;
}
