import { COMPRESSION_METHODS } from '../core/compress/registry';

/** `compression-lab methods`: the registry as a table, or as JSON with --json. */
export function methodsText(json: boolean): string {
  const rows = COMPRESSION_METHODS.map((m) => ({
    name: m.name,
    kind: m.kind,
    description: m.describe,
    keys: [...m.keys],
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  return rows
    .map(
      (r) =>
        `${r.name.padEnd(12)} ${r.kind.padEnd(10)} ${r.description}\n${' '.repeat(24)}keys: ${r.keys.join(', ')}\n`,
    )
    .join('');
}
