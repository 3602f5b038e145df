// A list's filters beside its search box. They stand in the toolbar while they fit there on one line
// beside the rest of it with the search box's placeholder whole; else on a row of their own under it
// while they fit the toolbar's width (with the list's Columns menu at that row's end); else they fold
// into a "Filters" menu, so nothing is cut off (measured: the filters' own width, in the language
// shown). Esc or a click elsewhere closes the menu.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let ruler: CanvasRenderingContext2D | null = null;

/** The least room a control of the toolbar takes: a search box its placeholder whole (up to its max width). */
function leastWidth(el: Element): number {
  if (!(el instanceof HTMLInputElement) || !el.placeholder) return el.getBoundingClientRect().width;
  const style = getComputedStyle(el);
  ruler ??= document.createElement('canvas').getContext('2d');
  if (!ruler) return el.getBoundingClientRect().width;
  ruler.font = style.font;
  const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((n, k) => n + parseFloat(style[k as 'paddingLeft']), 0);
  const max = parseFloat(style.maxWidth);
  return Math.min(Math.ceil(ruler.measureText(el.placeholder).width + frame) + 2, Number.isFinite(max) ? max : Infinity);
}

/**
 * The width of the filters on one line, with the gaps between them. The Columns menu put at the end of
 * their own row is not a filter: counted, it made the filters seem too wide for the row and fold into
 * the menu (the shipments' ten filters at 1280 px); where it does not fit, it wraps under them.
 */
function oneLine(el: Element): number {
  const kids = [...el.children].filter((k) => !k.classList.contains('filters-end'));
  const gap = parseFloat(getComputedStyle(el).columnGap) || 0;
  return kids.reduce((n, k) => n + k.getBoundingClientRect().width, 0) + gap * Math.max(0, kids.length - 1);
}

export function Filters({ children, active = 0 }: { children: ReactNode; /** How many filters differ from their default (shown on the button). */ active?: number }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<'beside' | 'below' | 'folded'>('beside');
  const folded = place === 'folded';
  // Other words, other widths: stand inline again to be measured (before the screen is painted).
  const [language, setLanguage] = useState(i18n.language);
  if (language !== i18n.language) {
    setLanguage(i18n.language);
    setPlace('beside');
  }
  const [open, setOpen] = useState(false);
  /** The filters' width inline, as last measured (folded, they are not in the toolbar to measure). */
  const inline = useRef(0);
  useLayoutEffect(() => {
    const bar = box.current?.parentElement;
    if (!bar) return;
    const check = () => {
      const own = box.current;
      if (!own) return;
      if (!own.classList.contains('is-folded')) inline.current = oneLine(own);
      const gap = parseFloat(getComputedStyle(bar).columnGap) || 0;
      const others = [...bar.children].filter((c) => c !== own);
      const beside = others.reduce((n, c) => n + leastWidth(c) + gap, 0) + inline.current;
      setPlace(bar.clientWidth >= beside ? 'beside' : bar.clientWidth >= inline.current ? 'below' : 'folded');
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [folded, i18n.language]);
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
      <div className={place === 'below' ? 'filters is-below' : 'filters'} ref={box}>
        {children}
        {/* On their own row, the filters leave its end to the list's Columns menu (VirtualTable puts it there): two rows of controls, not three. */}
        {place === 'below' && <span className="filters-end" />}
      </div>
    );
  return (
    <div
      className="filters is-folded menu-box"
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
