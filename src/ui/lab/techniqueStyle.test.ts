import { describe, expect, it } from 'vitest';
import { markerPath, TECHNIQUE_STYLE, TECHNIQUES } from './techniqueStyle';

describe('technique styles', () => {
  it('give every technique a different colour and the compressing ones different shapes', () => {
    const colours = TECHNIQUES.map((t) => TECHNIQUE_STYLE[t].colour);
    expect(new Set(colours).size).toBe(TECHNIQUES.length);
    const shapes = (['prune', 'quantize', 'lowrank', 'combined'] as const).map(
      (t) => TECHNIQUE_STYLE[t].shape,
    );
    expect(new Set(shapes).size).toBe(4);
  });

  it('draw closed paths around the centre', () => {
    expect(markerPath('square', 10, 10, 2)).toBe('M8.3,8.3h3.4v3.4h-3.4Z');
    expect(markerPath('triangle', 0, 0, 1)).toBe('M0,-1.1L1,0.8L-1,0.8Z');
    const star = markerPath('star', 0, 0, 1);
    expect(star.startsWith('M0,-1.4')).toBe(true);
    expect(star.split('L')).toHaveLength(10);
  });
});
