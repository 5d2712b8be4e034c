/**
 * Architecture strings such as `mlp:300-100` or `cnn:8-16`: the kind, then the hidden layer
 * sizes (units for an MLP, filters for a CNN). They stay strings in the config so that URLs
 * stay readable; this is the one place that decides what a valid one is.
 */

export type ArchKind = 'mlp' | 'cnn';

export interface ArchSpec {
  kind: ArchKind;
  hidden: number[];
}

/** Limits per kind; a browser lesson has no use for bigger nets, and they would freeze the tab. */
export const ARCH_LIMITS = {
  maxLayers: 4,
  maxUnits: { mlp: 2048, cnn: 64 },
} as const;

const ARCH_PATTERN = /^(mlp|cnn):(\d+(?:-\d+)*)$/;

/** Parses `mlp:300-100`; throws an Error that says what is wrong, fit to show to a learner. */
export function parseArch(arch: string): ArchSpec {
  if (typeof arch !== 'string') throw new Error('architecture must be a string like mlp:300-100');
  const shown = truncate(arch);
  const match = ARCH_PATTERN.exec(arch);
  if (!match) {
    throw new Error(
      `bad architecture "${shown}": expected mlp:N or cnn:N with sizes joined by "-", e.g. mlp:300-100`,
    );
  }
  const kind = match[1] as ArchKind;
  const parts = match[2].split('-');
  if (parts.length > ARCH_LIMITS.maxLayers) {
    throw new Error(
      `bad architecture "${shown}": at most ${ARCH_LIMITS.maxLayers} hidden layers, got ${parts.length}`,
    );
  }
  const max = ARCH_LIMITS.maxUnits[kind];
  const unit = kind === 'mlp' ? 'units' : 'filters';
  const hidden = parts.map((p) => {
    // Leading zeros are refused so that each architecture has exactly one spelling (and one URL).
    const n = Number(p);
    if (!/^[1-9]\d*$/.test(p) || n > max) {
      throw new Error(
        `bad architecture "${shown}": each layer needs 1..${max} ${unit}, got ${truncate(p)}`,
      );
    }
    return n;
  });
  return { kind, hidden };
}

/** The canonical string for a spec; `formatArch(parseArch(s)) === s` for every valid s. */
export function formatArch(spec: ArchSpec): string {
  return `${spec.kind}:${spec.hidden.join('-')}`;
}

/** The error message for a bad architecture string, or null when it is valid. */
export function archError(arch: string): string | null {
  try {
    parseArch(arch);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
