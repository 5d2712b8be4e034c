/**
 * The IDX format (LeCun's MNIST format): a 4-byte magic number `0x00 0x00 type rank`, then
 * `rank` big-endian uint32 dimensions, then the values in row-major order. Only unsigned bytes
 * (type 0x08) are used here: rank 1 for labels (magic 0x00000801), rank 3 for images (0x00000803).
 */
export interface IdxArray {
  dims: number[];
  /** A view into the input bytes, past the header (not a copy). */
  data: Uint8Array;
}

const UNSIGNED_BYTE = 0x08;
const SUPPORTED_RANKS = [1, 3];

const hex32 = (b: Uint8Array): string =>
  `0x${Array.from(b.subarray(0, 4), (v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Parses an unsigned-byte IDX file and checks that its length matches its header exactly. */
export function parseIdx(bytes: Uint8Array): IdxArray {
  if (bytes.length < 4) throw new Error(`IDX: ${bytes.length} bytes is too short to hold a magic number`);
  const magic = hex32(bytes);
  const rank = bytes[3];
  if (bytes[0] !== 0 || bytes[1] !== 0 || bytes[2] !== UNSIGNED_BYTE || !SUPPORTED_RANKS.includes(rank)) {
    throw new Error(`IDX: bad magic number ${magic}; expected 0x00000801 (labels) or 0x00000803 (images)`);
  }
  const headerBytes = 4 + 4 * rank;
  if (bytes.length < headerBytes) {
    throw new Error(`IDX: truncated header (${bytes.length} bytes, a rank-${rank} header needs ${headerBytes})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerBytes);
  const dims: number[] = [];
  let count = 1;
  for (let i = 0; i < rank; i++) {
    const d = view.getUint32(4 + 4 * i, false);
    dims.push(d);
    count *= d;
  }
  const found = bytes.length - headerBytes;
  if (found !== count) {
    const what = found < count ? 'truncated' : 'has trailing bytes';
    throw new Error(`IDX: ${what}: header says ${dims.join('×')} = ${count} values, found ${found} bytes of data`);
  }
  return { dims, data: bytes.subarray(headerBytes) };
}
