// A list's filters beside its search box. In a wide window they stand in the toolbar; in a narrow
// one (the list's toolbar under 900 px, e.g. a 1024 px window) they fold into a "Filters" menu, so
// nothing is cut off at the window's edge. Esc or a click elsewhere closes the menu.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const FOLD_BELOW = 900;

export function Filters({ children, active = 0 }: { children: ReactNode; /** How many filters differ from their default (shown on the button). */ active?: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [folded, setFolded] = useState(false);
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    const bar = box.current?.parentElement;
    if (!bar) return;
    const check = () => setFolded(bar.clientWidth < FOLD_BELOW);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  if (!folded)
    return (
      <div className="filters" ref={box}>
        {children}
      </div>
    );
  return (
    <div
      className="filters folded menu-box"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="filters-menu">
        {t('table.filters')}
        {active > 0 && <span className="badge">{active}</span>}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-pop filters-pop" role="group" aria-label={t('table.filters')}>
          {children}
        </div>
      )}
    </div>
  );
}
