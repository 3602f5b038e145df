// Bringing a field or a message into view on a screen whose top is partly covered by sticky parts
// (the shipment editor's header and, on narrow windows, its findings strip) or whose bottom is (a
// form's main actions, components/FormActions): scrollIntoView alone places it at the top of the
// scroll area, under the first, or at its bottom, under the second. Such parts carry `data-covers`
// (`data-covers="bottom"` for those at the bottom); what is brought into view is placed in the part
// of the area they leave free.

/** Room left between a cover and what is placed beside it. */
const GAP = 8;

function scrollArea(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** The covers of the area (other than one holding the element) across the element's width, at its top or at its bottom. */
function covers(area: HTMLElement, el: HTMLElement, at: 'top' | 'bottom'): DOMRect[] {
  const box = el.getBoundingClientRect();
  const rects: DOMRect[] = [];
  for (const cover of area.querySelectorAll<HTMLElement>('[data-covers]')) {
    if (cover.contains(el) || (cover.dataset.covers === 'bottom') !== (at === 'bottom')) continue;
    const r = cover.getBoundingClientRect();
    if (r.height > 0 && r.left < box.right && r.right > box.left) rects.push(r);
  }
  return rects;
}

/** The bottom of the top covers lying over the element's top edge (null when none does). */
function coveredTo(area: HTMLElement, el: HTMLElement): number | null {
  const box = el.getBoundingClientRect();
  let bottom: number | null = null;
  for (const r of covers(area, el, 'top')) {
    if (r.top <= box.top + 1 && r.bottom > box.top) bottom = Math.max(bottom ?? r.bottom, r.bottom);
  }
  return bottom;
}

/** The top of the bottom covers lying over the element's bottom edge (null when none does). */
function coveredFrom(area: HTMLElement, el: HTMLElement): number | null {
  const box = el.getBoundingClientRect();
  let top: number | null = null;
  for (const r of covers(area, el, 'bottom')) {
    if (r.top < box.bottom - 1 && r.bottom >= box.bottom - 1) top = Math.min(top ?? r.top, r.top);
  }
  return top;
}

/** The top of the bottom covers over the area's lower part, where the free part ends (null when there is none). */
function freeBottom(area: HTMLElement, el: HTMLElement, bottom: number): number | null {
  let top: number | null = null;
  for (const r of covers(area, el, 'bottom')) if (r.top < bottom && r.bottom > r.top) top = Math.min(top ?? r.top, r.top);
  return top;
}

/** scrollIntoView, then out from under the covers: to the middle of the free part ('center') or just beside them ('nearest'). */
export function bringIntoView(el: HTMLElement, block: 'center' | 'nearest' = 'nearest'): void {
  el.scrollIntoView?.({ block });
  const area = scrollArea(el);
  if (!area) return;
  // A cover can move as the area scrolls (a sticky part reaching its place): measured again, a few times at most.
  for (let i = 0; i < 3; i++) {
    const above = coveredTo(area, el);
    const below = coveredFrom(area, el);
    if (above === null && below === null) return;
    const box = el.getBoundingClientRect();
    const areaBox = area.getBoundingClientRect();
    const bottom = Math.min(areaBox.bottom, window.innerHeight);
    const freeTop = above !== null ? above + GAP : Math.max(areaBox.top, 0) + GAP;
    const end = freeBottom(area, el, bottom);
    const freeEnd = (end ?? bottom + GAP) - GAP;
    let top: number;
    if (block === 'center') top = Math.max(freeTop, ((above ?? Math.max(areaBox.top, 0)) + (end ?? bottom) - box.height) / 2);
    // Just below the top covers; or, pushed up from under a bottom one, its end just above it (its start in sight if it is taller).
    else top = above !== null ? freeTop : Math.max(freeTop, freeEnd - box.height);
    area.scrollBy({ top: box.top - top });
  }
}
