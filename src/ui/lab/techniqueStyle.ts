import type { Technique } from '../../core/experiment/compress/types';
import { CLASS_COLOURS, type MarkerShape } from '../panels/palette';

/**
 * Each technique gets an Okabe–Ito colour and its own marker shape, so the chart reads the
 * same in greyscale and for colour-blind viewers.
 */
export const TECHNIQUE_STYLE: Record<Technique, { colour: string; shape: MarkerShape }> = {
  prune: { colour: CLASS_COLOURS[4], shape: 'circle' },
  quantize: { colour: CLASS_COLOURS[0], shape: 'square' },
  lowrank: { colour: CLASS_COLOURS[2], shape: 'triangle' },
  combined: { colour: CLASS_COLOURS[6], shape: 'diamond' },
  dense: { colour: CLASS_COLOURS[7], shape: 'circle' },
};

export const TECHNIQUES: readonly Technique[] = [
  'prune',
  'quantize',
  'lowrank',
  'combined',
  'dense',
];

/** An SVG path for a marker of "radius" r centred at (x, y); the shapes match drawMarker. */
export function markerPath(shape: MarkerShape | 'star', x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const h = r * 0.85;
      return `M${f(x - h)},${f(y - h)}h${f(2 * h)}v${f(2 * h)}h${f(-2 * h)}Z`;
    }
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.1)}L${f(x + r)},${f(y + r * 0.8)}L${f(x - r)},${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.2)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r * 1.2)},${f(y)}Z`;
    case 'star': {
      const pts: string[] = [];
      for (let k = 0; k < 10; k++) {
        const radius = k % 2 === 0 ? r * 1.4 : r * 0.6;
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        pts.push(`${f(x + radius * Math.cos(a))},${f(y + radius * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
}
