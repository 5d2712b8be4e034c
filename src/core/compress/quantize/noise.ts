import type { Rng } from '../../random';

/**
 * Quant-Noise (Fan et al. 2020): in each training step only a random fraction p of weight
 * blocks is replaced by its quantized value; the rest stay in full precision and receive
 * unbiased gradients. Blocks are runs of `blockSize` consecutive weights (flattened order);
 * the last block may be shorter. Every block is chosen independently with probability p, from
 * the seeded Rng, so a run is reproducible step by step.
 */

/** One flag per block: 1 = quantize this block in this step. */
export function quantNoiseBlocks(
  weightCount: number,
  blockSize: number,
  p: number,
  rng: Rng,
): Uint8Array {
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new Error(`blockSize ${blockSize}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`Quant-Noise rate ${p} is not in [0, 1]`);
  const blocks = new Uint8Array(Math.ceil(weightCount / blockSize));
  for (let b = 0; b < blocks.length; b++) blocks[b] = rng.next() < p ? 1 : 0;
  return blocks;
}

/** Per-weight version of a block mask. */
export function expandBlocks(
  blocks: Uint8Array,
  weightCount: number,
  blockSize: number,
): Uint8Array {
  const out = new Uint8Array(weightCount);
  for (let i = 0; i < weightCount; i++) out[i] = blocks[Math.floor(i / blockSize)];
  return out;
}
