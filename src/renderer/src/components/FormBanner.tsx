// The one banner of a form (lib/useFormFeedback): a success or what to fix. It scrolls itself into
// view when it changes, so after Save at the bottom of a long form the answer is not off-screen nor
// under a sticky header (lib/bringIntoView); and it says its words in the current language (a
// switch of language re-renders it).
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bringIntoView } from '../lib/bringIntoView';
import type { Banner } from '../lib/useFormFeedback';

export function FormBanner({ banner, testId = 'form-banner', children }: { banner: Banner; testId?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // 'nearest' leaves the page alone when the banner is already visible.
    if (banner && ref.current) bringIntoView(ref.current, 'nearest');
  }, [banner]);
  if (!banner) return null;
  return (
    <div ref={ref} className={`banner ${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {typeof banner.text === 'function' ? banner.text(t) : banner.text}
      {children}
    </div>
  );
}
