// Bringing a field or a message into view on a screen whose top is partly covered by sticky parts
// (the shipment editor's header and, on narrow windows, its findings strip): scrollIntoView alone
// places it at the top of the scroll area, under them. Such parts carry `data-covers`; what is
// brought into view is placed in the part of the area they leave free.

/** Room left between a cover and what is placed below it. */
const GAP = 8;

function scrollArea(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** The bottom of the covers lying over the element's top edge (null when none does). */
function coveredTo(area: HTMLElement, el: HTMLElement): number | null {
  const box = el.getBoundingClientRect();
  let bottom: number | null = null;
  for (const cover of area.querySelectorAll<HTMLElement>('[data-covers]')) {
    if (cover.contains(el)) continue;
    const r = cover.getBoundingClientRect();
    const over = r.left < box.right && r.right > box.left && r.top <= box.top + 1 && r.bottom > box.top;
    if (over) bottom = Math.max(bottom ?? r.bottom, r.bottom);
  }
  return bottom;
}

/** scrollIntoView, then out from under the covers: to the middle of the free part ('center') or just below them ('nearest'). */
export function bringIntoView(el: HTMLElement, block: 'center' | 'nearest' = 'nearest'): void {
  el.scrollIntoView?.({ block });
  const area = scrollArea(el);
  if (!area) return;
  // A cover can move as the area scrolls (a sticky part reaching its place): measured again, a few times at most.
  for (let i = 0; i < 3; i++) {
    const free = coveredTo(area, el);
    if (free === null) return;
    const box = el.getBoundingClientRect();
    const bottom = Math.min(area.getBoundingClientRect().bottom, window.innerHeight);
    const top = block === 'center' ? Math.max(free + GAP, (free + bottom - box.height) / 2) : free + GAP;
    area.scrollBy({ top: box.top - top });
  }
}
