/**
 * Architecture strings such as `mlp:300-100` or `cnn:8-16`: the kind, then the hidden layer
 * sizes (units for an MLP, filters for a CNN); or a tiny vision transformer
 * `vit:p7-d32-h4-l2` (patch size, width, heads, blocks). They stay strings in the config so
 * that URLs stay readable; this is the one place that decides what a valid one is.
 */

export type ArchKind = 'mlp' | 'cnn' | 'vit';

/** A vision transformer: square patches of `patch` pixels, `dim`-wide tokens, `heads` heads
 * per block, `layers` pre-norm blocks. */
export interface VitArch {
  patch: number;
  dim: number;
  heads: number;
  layers: number;
}

export interface ArchSpec {
  kind: ArchKind;
  /** Hidden sizes of an mlp or cnn; empty for a vit (see `vit`). */
  hidden: number[];
  vit?: VitArch;
}

/** Limits per kind; a browser lesson has no use for bigger nets, and they would freeze the tab. */
export const ARCH_LIMITS = {
  maxLayers: 4,
  maxUnits: { mlp: 2048, cnn: 64 },
  vit: { maxPatch: 14, maxDim: 128, maxHeads: 8, maxLayers: 4 },
} as const;

const VIT_PATTERN = /^vit:p([1-9]\d*)-d([1-9]\d*)-h([1-9]\d*)-l([1-9]\d*)$/;

function parseVit(arch: string, shown: string): ArchSpec {
  const match = VIT_PATTERN.exec(arch);
  if (!match) {
    throw new Error(
      `bad architecture "${shown}": expected vit:pP-dD-hH-lL (patch, width, heads, blocks), e.g. vit:p7-d32-h4-l2`,
    );
  }
  const [patch, dim, heads, layers] = match.slice(1).map(Number);
  const lim = ARCH_LIMITS.vit;
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`bad architecture "${shown}": ${what}`);
  };
  check(patch <= lim.maxPatch, `patch size 1..${lim.maxPatch}, got ${patch}`);
  check(dim <= lim.maxDim, `width 1..${lim.maxDim}, got ${dim}`);
  check(heads <= lim.maxHeads, `1..${lim.maxHeads} heads, got ${heads}`);
  check(layers <= lim.maxLayers, `1..${lim.maxLayers} blocks, got ${layers}`);
  check(dim % heads === 0, `the width ${dim} must split evenly into ${heads} heads`);
  return { kind: 'vit', hidden: [], vit: { patch, dim, heads, layers } };
}

const ARCH_PATTERN = /^(mlp|cnn):(\d+(?:-\d+)*)$/;

/** Parses `mlp:300-100`; throws an Error that says what is wrong, fit to show to a learner. */
export function parseArch(arch: string): ArchSpec {
  if (typeof arch !== 'string') throw new Error('architecture must be a string like mlp:300-100');
  const shown = truncate(arch);
  if (arch.startsWith('vit:')) return parseVit(arch, shown);
  const match = ARCH_PATTERN.exec(arch);
  if (!match) {
    throw new Error(
      `bad architecture "${shown}": expected mlp:N or cnn:N with sizes joined by "-", e.g. mlp:300-100, or vit:p7-d32-h4-l2`,
    );
  }
  const kind = match[1] as 'mlp' | 'cnn';
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
  if (spec.vit) {
    const { patch, dim, heads, layers } = spec.vit;
    return `vit:p${patch}-d${dim}-h${heads}-l${layers}`;
  }
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
