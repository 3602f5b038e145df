// "In sight", for what an action says back or leads to: the element's whole box is inside the
// window and nothing (a sticky header, the findings strip) lies over it. toBeInViewport alone is
// satisfied by one visible pixel, and by an element under a sticky part.
import type { Locator } from '@playwright/test';
import { expect } from './harness';

/**
 * Whether the whole box is in the window and the point at its middle is the element itself; with
 * `start`, for what may be taller than the window (a report): its start, the top 40 px.
 */
export function inSight(el: Locator, { start = false } = {}): Promise<string> {
  return el.evaluate((node, start) => {
    const r = node.getBoundingClientRect();
    const bottom = start ? Math.min(r.bottom, r.top + 40) : r.bottom;
    if (r.top < -0.5 || r.left < -0.5 || bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5)
      return `box ${Math.round(r.top)}–${Math.round(bottom)} outside the window (0–${window.innerHeight})`;
    const top = document.elementFromPoint(r.left + r.width / 2, (r.top + bottom) / 2);
    return top === node || node.contains(top) ? 'in sight' : `covered by ${top?.closest('[data-testid]')?.getAttribute('data-testid') ?? top?.className ?? 'nothing'}`;
  }, start);
}

/** Waits until the element (with `start`, its start) is in sight: it may be scrolling there. */
export async function expectInSight(el: Locator, what = 'the element', options: { start?: boolean } = {}): Promise<void> {
  await expect.poll(() => inSight(el, options), { message: `${what} in sight`, timeout: 5000 }).toBe('in sight');
}

/** Whether the element is what the window shows at its centre: nothing (a sticky part, a dialog) lies over it. */
export function onTop(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === node || node.contains(hit);
  });
}

/** The space between the bottom of `above` and the top of `below` (negative when they overlap). */
export async function gapBetween(above: Locator, below: Locator): Promise<number> {
  const [a, b] = await Promise.all([above.boundingBox(), below.boundingBox()]);
  return b!.y - (a!.y + a!.height);
}
