// A result that appears below the fold (an import's report, a check's findings) is scrolled into
// view when it appears or changes, so the seller sees what the action did.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export function Shown({ when, children }: { /** Scrolls again each time this changes (a new report). */ when: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // 'nearest' leaves the page alone when the result is already in sight.
    if (when) ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [when]);
  return <div ref={ref}>{children}</div>;
}
