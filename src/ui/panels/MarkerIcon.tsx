import { classColour, classShape } from './palette';

const PATHS = {
  circle: <circle cx="7" cy="7" r="5" />,
  square: <rect x="2.5" y="2.5" width="9" height="9" />,
  triangle: <polygon points="7,1.5 12.5,11.5 1.5,11.5" />,
  diamond: <polygon points="7,1 13,7 7,13 1,7" />,
};

/** The legend swatch: the same colour and shape as the class's markers on the canvas. */
export function MarkerIcon({ label }: { label: number }) {
  return (
    <svg className="marker-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <g fill={classColour(label)} stroke="rgba(0,0,0,0.55)" strokeWidth="0.75">
        {PATHS[classShape(label)]}
      </g>
    </svg>
  );
}
