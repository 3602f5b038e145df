// A list's toolbar as the seller sees it (screens.spec.ts, on every screen at both sizes in both
// languages): its controls stand level and of one height (the search box, selects, segmented
// controls, buttons: was 40, 36 and 27 px in one row), the search box shows its placeholder whole
// (was "Search reference," beside the shipments' filters: they go under it, or into a menu), and folded into a menu, the Filters
// button stands bare and level with the search box (was in an empty bordered card, 16 px lower).
import type { Page } from '@playwright/test';

export function toolbarProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const ruler = document.createElement('canvas').getContext('2d')!;
    const shown = (e: Element) => (e as HTMLElement).offsetParent !== null && !e.closest('.menu-pop');
    for (const bar of document.querySelectorAll<HTMLElement>('main .toolbar')) {
      const controls = [...bar.querySelectorAll<HTMLElement>('input.search, select, .button, .segmented')].filter(shown);
      const boxes = controls.map((e) => e.getBoundingClientRect());
      const heights = boxes.map((b) => Math.round(b.height));
      if (heights.length && Math.max(...heights) - Math.min(...heights) > 1)
        problems.push(`toolbar controls of different heights: ${controls.map((e, i) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${heights[i]}px`).join(', ')}`);
      // level: the controls of a row (the filters may stand on a row of their own under the search box)
      const middles = boxes.map((b) => b.top + b.height / 2);
      const rows = middles.filter((m) => m - middles[0]! < boxes[0]!.height / 2);
      if (Math.max(...rows) - Math.min(...rows) > 1) problems.push(`toolbar controls not level: ${rows.map((m) => Math.round(m)).join(', ')}`);
      for (const search of controls.filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && !!e.placeholder)) {
        const style = getComputedStyle(search);
        ruler.font = style.font;
        const room = search.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (ruler.measureText(search.placeholder).width > room + 1) problems.push(`search box's placeholder cut: "${search.placeholder}" in ${Math.round(room)} px`);
      }
      for (const folded of bar.querySelectorAll<HTMLElement>('.filters:has([data-testid="filters-menu"])')) {
        const style = getComputedStyle(folded);
        if (parseFloat(style.borderTopWidth) > 0 || parseFloat(style.paddingTop) > 0 || style.backgroundColor !== 'rgba(0, 0, 0, 0)') problems.push('the folded filters stand in a card');
      }
    }
    return problems;
  });
}

/** Buttons whose label wraps onto a second line (taller than one line of their text and padding). */
export function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .button')]
      .filter((b) => b.offsetParent !== null)
      .filter((b) => {
        const style = getComputedStyle(b);
        const line = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
        const text = b.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return text > line * 1.5;
      })
      .map((b) => b.textContent?.trim() ?? ''),
  );
}
