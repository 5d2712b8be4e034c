/**
 * A default run name no other saved run has: "mnist · mlp:100", then "mnist · mlp:100 (2)",
 * "(3)" … so rows of repeated runs can be told apart before anyone renames them.
 */
export function distinctRunName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}
