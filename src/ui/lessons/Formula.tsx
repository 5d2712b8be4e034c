import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson } from '../../lessons/lessons';

/**
 * A lesson's formula, typeset by KaTeX into a ref. It takes a lesson id, not TeX, so only our
 * own constant strings (lessons.ts) are ever typeset — never text from a link. KaTeX and its
 * CSS load on first use, keeping them out of the first page load. KaTeX writes MathML next to
 * the visible HTML, so screen readers read the formula; the caption says what it is.
 */
export function Formula({ lessonId, caption }: { lessonId: number; caption: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const captionId = useId();
  const tex = findLesson(lessonId)?.formula ?? '';

  useEffect(() => {
    let cancelled = false;
    void Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
      ([{ default: katex }]) => {
        if (cancelled || !ref.current) return;
        katex.render(tex, ref.current, { displayMode: true, throwOnError: false, trust: false });
        setReady(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [tex]);

  return (
    <figure className="lesson-formula">
      {/* KaTeX owns this element's children; React never renders into it. It scrolls sideways
          on narrow screens, so it takes focus to be scrollable from the keyboard. */}
      <div
        ref={ref}
        className="lesson-formula-math"
        role="group"
        aria-labelledby={captionId}
        tabIndex={0}
      />
      {ready ? null : <p className="muted">{t('classroom.formulaLoading')}</p>}
      <figcaption className="muted" id={captionId}>
        {caption}
      </figcaption>
    </figure>
  );
}
