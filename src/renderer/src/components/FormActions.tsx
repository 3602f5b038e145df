// A form's main actions (Save, Create, Cancel): the row at the bottom of the form that stays in view
// at the bottom of the window while the form is longer than the window, so the seller does not
// scroll to find how to save. It is marked `data-covers="bottom"`: lib/bringIntoView keeps what it
// brings into view (a field with an error, a banner) above it. While it stands over the form (stuck)
// it shows a line and a shadow at its top; at the end of the form it is a plain row again.
// Only for a screen's main form: the small forms (a row's Add, a dialog's buttons, a wizard's step)
// keep a plain `.form-actions` row.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export function FormActions({ children, testId = 'form-actions' }: { children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // The bar sticks at `bottom: -1px`: stuck, its last pixel is out of the window (not wholly visible)
    // while its top is in; at its place at the end of the form it is wholly visible.
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const bottom = entry.rootBounds?.bottom ?? window.innerHeight;
        setStuck(entry.isIntersecting && entry.intersectionRatio < 1 && entry.boundingClientRect.bottom > bottom - 0.5);
      },
      { threshold: [0, 1] },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`form-actions main-actions${stuck ? ' stuck' : ''}`} data-covers="bottom" data-testid={testId}>
      {children}
    </div>
  );
}
