import { describe, expect, it } from 'vitest';
import { isStoredPartOf } from './lowRank';

describe('stored layers and their originals', () => {
  it('a factor belongs to its layer; a ViT query layer is its own layer, not a factor', () => {
    expect(isStoredPartOf('fc1.p', 'fc1')).toBe(true);
    expect(isStoredPartOf('fc1.q', 'fc1')).toBe(true);
    expect(isStoredPartOf('fc1', 'fc1')).toBe(true);
    expect(isStoredPartOf('fc2', 'fc1')).toBe(false);
    expect(isStoredPartOf('b1.q', 'b1.q')).toBe(true);
    expect(isStoredPartOf('b1.q', 'b1.k')).toBe(false);
  });
});
