import { describe, expect, it } from 'vitest';
import { BitWriter, ByteReader } from './bits';
import { canonicalCode, huffmanLengths, readHuffman, writeHuffman } from './huffman';

describe('canonical Huffman', () => {
  it('gives the textbook lengths and canonical codes', () => {
    // Frequencies 5, 2, 1, 1 → lengths 1, 2, 3, 3; codes 0, 10, 110, 111.
    const lengths = huffmanLengths([5, 2, 1, 1]);
    expect([...lengths]).toEqual([1, 2, 3, 3]);
    expect([...canonicalCode(lengths).codes]).toEqual([0b0, 0b10, 0b110, 0b111]);
  });

  it('satisfies Kraft equality and round-trips a skewed stream', () => {
    const freq = [1000, 300, 0, 80, 20, 5, 1, 1];
    const lengths = huffmanLengths(freq);
    expect(lengths[2]).toBe(0);
    const kraft = [...lengths].reduce((s, l) => s + (l ? 2 ** -l : 0), 0);
    expect(kraft).toBe(1);
    const code = canonicalCode(lengths);
    const symbols = [0, 1, 3, 0, 7, 6, 5, 4, 0, 0, 1];
    const w = new BitWriter();
    symbols.forEach((s) => writeHuffman(w, code, s));
    const r = new ByteReader(w.finish()).bits();
    expect(symbols.map(() => readHuffman(r, code))).toEqual(symbols);
  });

  it('a single symbol still gets a 1-bit code', () => {
    expect([...huffmanLengths([0, 7, 0])]).toEqual([0, 1, 0]);
  });
});
