/** Chart colours come from the CSS variables, so a theme change restyles the charts too. */
export const SERIES = {
  loss: 'var(--series-1)',
  trainAccuracy: 'var(--series-2)',
  previewAccuracy: 'var(--series-3)',
} as const;

export const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 13 } as const;
export const CHART_HEIGHT = 230;
/** More points than this are thinned before drawing (see thinPoints). */
export const MAX_DRAWN_POINTS = 200;
