import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface HelpTipProps {
  /** The id the control's aria-describedby points to, so a screen reader hears the help anyway. */
  id: string;
  children: ReactNode;
}

/**
 * A "?" button whose explanation shows on hover, on keyboard focus and (for touch) on click, and
 * hides on Escape. The text stays in the document while hidden: aria-describedby may point at a
 * hidden element, so the control keeps its description without a line of help under every field.
 */
export function HelpTip({ id, children }: HelpTipProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <span className="help">
      <button
        type="button"
        className="help-button"
        // Not the control's own name: getByLabel-style lookups of the control must stay unique.
        aria-label={t('workbench.help')}
        aria-expanded={open}
        aria-describedby={id}
        onClick={() => setOpen((o) => !o)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        ?
      </button>
      <span id={id} role="tooltip" className="help-pop" data-open={open ? '' : undefined}>
        {children}
      </span>
    </span>
  );
}
