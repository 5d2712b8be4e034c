import type { VitArch } from '../config/arch';
import type { AttnSpec, LayerSpec } from './layers';

/** The MLP of each block is this many times the token width (ViT uses 4; 2 keeps it tiny). */
export const VIT_MLP_RATIO = 2;

/**
 * A vision transformer as the lab's flat layer list (every entry one [weights, bias] pair):
 *
 *   patch (dense p·p·c → d) · tokens (positions [1 + N, d]; its bias is the class token)
 *   per block b: b.ln1 · b.q · b.k · b.v · b.o · b.ln2 · b.fc1 (ReLU) · b.fc2
 *   ln · head (dense d → classes, on the class token)
 *
 * Blocks are pre-norm (x + attn(LN(x)), then x + mlp(LN(x))), as in ViT.
 */
export function buildVitLayers(
  vit: VitArch,
  inputShape: number[],
  numClasses: number,
): LayerSpec[] {
  if (inputShape.length !== 3 || inputShape[0] !== inputShape[1]) {
    throw new Error(
      `A vision transformer needs square images; this dataset's examples have shape [${inputShape.join(', ')}]. Use an mlp: architecture.`,
    );
  }
  const [side, , channels] = inputShape;
  const { patch, dim, heads, layers: blocks } = vit;
  if (side % patch !== 0) {
    throw new Error(
      `Patch size ${patch} does not divide the ${side}×${side} image; choose one of ${divisors(side).join(', ')}.`,
    );
  }
  const grid = side / patch;
  const headDim = dim / heads;
  const layers: LayerSpec[] = [
    { kind: 'dense', name: 'patch', inputs: patch * patch * channels, units: dim, relu: false },
    { kind: 'tokens', name: 'tokens', count: grid * grid + 1, dim },
  ];
  const hidden = dim * VIT_MLP_RATIO;
  for (let b = 1; b <= blocks; b++) {
    const attn = (role: AttnSpec['role']): AttnSpec => ({
      kind: 'attn',
      name: `b${b}.${role}`,
      role,
      dim,
      heads,
      headDim,
    });
    layers.push(
      { kind: 'norm', name: `b${b}.ln1`, dim },
      attn('q'),
      attn('k'),
      attn('v'),
      attn('o'),
      { kind: 'norm', name: `b${b}.ln2`, dim },
      { kind: 'dense', name: `b${b}.fc1`, inputs: dim, units: hidden, relu: true },
      { kind: 'dense', name: `b${b}.fc2`, inputs: hidden, units: dim, relu: false },
    );
  }
  layers.push(
    { kind: 'norm', name: 'ln', dim },
    { kind: 'dense', name: 'head', inputs: dim, units: numClasses, relu: false },
  );
  return layers;
}

const divisors = (n: number) =>
  Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0 && d < n);

/** Is this layer list a vision transformer (it has learned token positions)? */
export const isVit = (layers: readonly LayerSpec[]): boolean =>
  layers.some((l) => l.kind === 'tokens');

/** Tokens per example (class token + patches), or 0 for a network that is not a ViT. */
export function vitTokenCount(layers: readonly LayerSpec[]): number {
  const t = layers.find((l) => l.kind === 'tokens');
  return t && t.kind === 'tokens' ? t.count : 0;
}

/** One block's layer indices in the flat list, found by name (blocks may lose heads). */
export interface VitBlockIndex {
  ln1: number;
  q: number;
  k: number;
  v: number;
  o: number;
  ln2: number;
  fc1: number;
  fc2: number;
}

export interface VitIndex {
  patch: number;
  tokens: number;
  blocks: VitBlockIndex[];
  ln: number;
  head: number;
}

/** Where each part of a ViT sits in its layer list; throws if the list is not one. */
export function vitIndex(layers: readonly LayerSpec[]): VitIndex {
  const at = (name: string) => {
    const i = layers.findIndex((l) => l.name === name);
    if (i < 0) throw new Error(`not a vision transformer: no layer ${name}`);
    return i;
  };
  const blocks: VitBlockIndex[] = [];
  for (let b = 1; layers.some((l) => l.name === `b${b}.ln1`); b++) {
    blocks.push({
      ln1: at(`b${b}.ln1`),
      q: at(`b${b}.q`),
      k: at(`b${b}.k`),
      v: at(`b${b}.v`),
      o: at(`b${b}.o`),
      ln2: at(`b${b}.ln2`),
      fc1: at(`b${b}.fc1`),
      fc2: at(`b${b}.fc2`),
    });
  }
  return { patch: at('patch'), tokens: at('tokens'), blocks, ln: at('ln'), head: at('head') };
}
