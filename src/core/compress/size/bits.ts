/**
 * Byte and bit streams for the encoder. Multi-byte numbers are little-endian; bit streams are
 * MSB-first within each byte (the usual order for Huffman codes) and every bit stream is padded
 * with zero bits to a whole byte, so sections start on byte boundaries.
 */

export class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }

  u16(v: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }

  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }

  /** Copies the float32 bit patterns as they are (NaN payloads and −0 included). */
  f32s(values: Float32Array): void {
    this.bytes(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), true);
  }

  bytes(b: Uint8Array, float32 = false): void {
    this.reserve(b.length);
    if (float32 && !littleEndianHost) {
      for (let i = 0; i < b.length; i += 4)
        for (let k = 0; k < 4; k++) this.buf[this.length + i + k] = b[i + 3 - k];
    } else {
      this.buf.set(b, this.length);
    }
    this.length += b.length;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class ByteReader {
  private readonly view: DataView;
  pos = 0;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** Bytes not read yet: what any count the file declares must fit in. */
  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new Error('decode: unexpected end of data');
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }

  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f32s(count: number): Float32Array {
    this.need(count * 4);
    let out: Float32Array;
    if (littleEndianHost) {
      // Copy the bytes, not the numbers, so every bit pattern survives as it was written.
      out = new Float32Array(this.buf.slice(this.pos, this.pos + count * 4).buffer);
    } else {
      out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = this.view.getFloat32(this.pos + 4 * i, true);
    }
    this.pos += count * 4;
    return out;
  }

  bytes(count: number): Uint8Array {
    this.need(count);
    const out = this.buf.slice(this.pos, this.pos + count);
    this.pos += count;
    return out;
  }

  /** A bit reader over the rest of the buffer; call `end()` on it to move past its bytes. */
  bits(): BitReader {
    return new BitReader(this.buf, this.pos, (p) => {
      this.pos = p;
    });
  }
}

export class BitWriter {
  private readonly out = new ByteWriter();
  private acc = 0;
  private used = 0;
  /** Bits written so far (before padding). */
  bitLength = 0;

  /** Writes the low `count` bits of `value` (count ≤ 30), most significant first. */
  write(value: number, count: number): void {
    for (let b = count - 1; b >= 0; b--) {
      this.acc = (this.acc << 1) | ((value >>> b) & 1);
      if (++this.used === 8) {
        this.out.u8(this.acc);
        this.acc = 0;
        this.used = 0;
      }
    }
    this.bitLength += count;
  }

  /** Pads to a whole byte and returns the bytes. */
  finish(): Uint8Array {
    if (this.used > 0) this.out.u8(this.acc << (8 - this.used));
    this.acc = 0;
    this.used = 0;
    return this.out.finish();
  }
}

export class BitReader {
  private bit = 0;

  constructor(
    private readonly buf: Uint8Array,
    private pos: number,
    private readonly onEnd: (pos: number) => void,
  ) {}

  read1(): number {
    if (this.pos >= this.buf.length) throw new Error('decode: bit stream runs past the end');
    const v = (this.buf[this.pos] >>> (7 - this.bit)) & 1;
    if (++this.bit === 8) {
      this.bit = 0;
      this.pos++;
    }
    return v;
  }

  read(count: number): number {
    let v = 0;
    for (let b = 0; b < count; b++) v = (v << 1) | this.read1();
    return v;
  }

  /** Skips the padding to the next byte and hands the position back to the byte reader. */
  end(): void {
    this.onEnd(this.bit > 0 ? this.pos + 1 : this.pos);
  }
}

export const bytesForBits = (bits: number): number => Math.ceil(bits / 8);
