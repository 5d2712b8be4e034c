/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and on a
 * washed-out projector. Marker shapes repeat the class a second way, never colour alone.
 */
export const CLASS_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
] as const;
export const CLASS_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof CLASS_SHAPES)[number];

export const classColour = (label: number): string => CLASS_COLOURS[label % CLASS_COLOURS.length];
export const classShape = (label: number): MarkerShape => CLASS_SHAPES[label % CLASS_SHAPES.length];
