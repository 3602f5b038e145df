// Keyboard and access on the demo data: axe on every screen in both languages (no serious or
// critical violation), a list as one Tab stop with arrows inside, the app's shortcuts and their list
// (keys and Help menu), the lists in a narrow window (filters folded into a menu, identifiers whole,
// a hint when the table scrolls), and the scorecard's status beside its band.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { coreCall } from './call';
import { stubDesktop } from './desktop-stub';
import { ARTIFACTS, expect, test } from './harness';
import { loadDemo, SCREENS_BY_AREA } from './demo-screens';
import type { Ids } from './demo-screens';

/** The violations axe calls serious or critical, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

test('axe visits every route of the app (the screens e2e too: they walk the same list)', () => {
  const declared = [...readFileSync(join(import.meta.dirname, '../src/renderer/src/App.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]!.replace(/:\w+/g, ':param'));
  const ID = 987654321;
  const ids = Object.fromEntries(['product', 'supplier', 'certificate', 'lot', 'shipment', 'consultation', 'case', 'claim'].map((k) => [k, ID])) as Ids;
  const visited = Object.values(SCREENS_BY_AREA).flatMap((screens) => screens.map(({ route }) => route(ids).replaceAll(String(ID), ':param')));
  expect(declared.length).toBeGreaterThan(30);
  expect([...new Set(visited)].sort()).toEqual([...new Set(declared)].sort());
});

for (const [area, screens] of Object.entries(SCREENS_BY_AREA))
  for (const lang of ['en', 'zh'] as const)
    test(`axe: no serious or critical violation on ${area}, in ${lang === 'en' ? 'English' : 'Chinese'} (demo data)`, async ({ app }) => {
      test.setTimeout(240_000);
      const { page } = app;
      const ids = await loadDemo(app);
      if (lang === 'zh') {
        await app.open('/');
        await page.getByRole('button', { name: '简体中文' }).click();
      }
      const found: string[] = [];
      for (const screen of screens) {
        const route = screen.route(ids);
        await app.open(route);
        await expect(page.locator('main h1').first(), route).toBeVisible();
        await expect(page.locator('html'), route).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        // what a seller sees, not a loading state
        await expect(page.getByText(/^(Loading…|加载中…)$/)).toHaveCount(0);
        found.push(...(await seriousViolations(page)).map((v) => `${lang} ${route}: ${v}`));
      }
      expect(found).toEqual([]);
    });

test('a list is one Tab stop: arrows move inside, Enter opens, Tab leaves', async ({ app }) => {
  const { page } = app;
  await loadDemo(app);
  await app.open('/catalog');
  const grid = page.getByRole('grid', { name: 'Products' });
  await expect(grid.getByRole('row').nth(2)).toBeVisible();
  const inGrid = () => page.evaluate(() => !!document.activeElement?.closest('[role="grid"]'));
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { role: el.getAttribute('role'), row: el.closest('[role="row"]')?.getAttribute('aria-rowindex'), col: el.getAttribute('aria-colindex') };
    });

  await page.getByRole('searchbox', { name: 'Search products' }).focus();
  let presses = 0;
  while (!(await inGrid()) && presses < 20) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await inGrid(), 'Tab reaches the list').toBe(true);
  // Into the list at its first row (rows start at 2: the header is row 1)
  expect(await where()).toEqual({ role: 'gridcell', row: '2', col: '1' });
  // One Tab more leaves it: not the next row
  await page.keyboard.press('Tab');
  expect(await inGrid()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await where()).toEqual({ role: 'gridcell', row: '2', col: '1' });

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await where()).toEqual({ role: 'gridcell', row: '4', col: '2' });
  await page.keyboard.press('End');
  expect((await where()).col).toBe(String(await grid.getByRole('columnheader').count()));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // above the first row: the header, where Enter sorts
  expect(await where()).toMatchObject({ role: 'columnheader', row: '1', col: '1' });
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('columnheader').first()).toHaveAttribute('aria-sort', /ascending|descending/);
  // the focus comes back to the same place after leaving and returning
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const sku = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/catalog\/\d+$/);
  await expect(page.getByRole('main')).toContainText(sku);
});

test('Ctrl+K searches, Ctrl+N starts a new record, Ctrl+S saves, Ctrl+/ lists the shortcuts and Esc closes them', async ({ app }) => {
  const { page } = app;
  await app.open('/suppliers');
  await page.getByRole('link', { name: 'Suppliers' }).first().focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search suppliers' })).toBeFocused();

  await page.keyboard.press('Control+n');
  await expect(page).toHaveURL(/#\/suppliers\/new$/);
  await page.locator('[data-field="country"] select').selectOption('CN');
  await page.locator('[data-field="name"] input').fill('Shortcut Trading Co');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/#\/suppliers\/\d+$/);
  const list = (await app.call('suppliers.list', { query: 'Shortcut' })) as { ok: boolean; value: { total: number } };
  expect(list.value.total).toBe(1);

  await page.keyboard.press('Control+/');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Search this screen');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '简体中文' }).click();
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toContainText('搜索本界面');
  await page.keyboard.press('Escape');
});

test('Help → Keyboard shortcuts in the native menu opens their list, in English and Chinese; File → Back up now leads to the backups', async ({ app }) => {
  const { page } = app;
  const desktop = await stubDesktop(page);
  await app.open('/catalog');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toHaveCount(0);
  await desktop.menu('shortcuts');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Search this screen');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '简体中文' }).click();
  await desktop.menu('shortcuts');
  const zh = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(zh).toBeVisible();
  await expect(zh).toContainText('搜索本界面');
  await page.screenshot({ path: join(ARTIFACTS, 'shortcuts-menu-zh.png') });
  await zh.getByRole('button', { name: '关闭' }).click();
  await expect(zh).toBeHidden();
  // A second time from the menu, after the dialog was closed by its button.
  await desktop.menu('shortcuts');
  await expect(zh).toBeVisible();
  await page.keyboard.press('Escape');

  await desktop.menu('backup');
  await expect(page).toHaveURL(/#\/settings\/backups$/);
});

test('a narrow window folds the filters into a menu, keeps SKUs whole and says when the table scrolls sideways; columns are kept per list', async ({ app }) => {
  const { page } = app;
  await loadDemo(app);
  for (const size of [
    { width: 1280, height: 820 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const lang of ['en', 'zh'] as const) {
      await app.open('/catalog');
      if (lang === 'zh') await page.getByRole('button', { name: '简体中文' }).click();
      const grid = page.getByRole('grid');
      await expect(grid.getByRole('row').nth(3)).toBeVisible();
      // identifiers are never cut: every SKU cell shows its whole text
      const cut = await page.$$eval('[role="gridcell"][aria-colindex="1"] .vtable-text', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      expect(cut, `SKUs cut at ${size.width}px`).toEqual([]);
      // nor are the headers
      const headers = await page.$$eval('[role="columnheader"] .vtable-text', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      expect(headers, `headers cut at ${size.width}px`).toEqual([]);
      // a name the column cuts flows as text and ends in an ellipsis (not a box clipped mid-word); a
      // name with a second line (products) ends each line in its own
      expect(await page.$$eval('.cell-two > *', (els) => els.filter((e) => getComputedStyle(e).textOverflow !== 'ellipsis').length)).toBe(0);
      const boxed = await page.$$eval('.vtable-text > .cell-main', (els) => els.filter((e) => getComputedStyle(e).display !== 'inline').length);
      expect(boxed, `names and badge rows laid out as boxes at ${size.width}px`).toBe(0);
      // badges are measured at their own width: a short one is never cut (was "Custo…", a badge shrunk
      // to its column); a long one ("Missing: HS code, origin, …") may end in an ellipsis
      const badges = await page.$$eval('[role="gridcell"] .badge', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 && e.scrollWidth <= 140).map((e) => e.textContent));
      expect(badges, `badges cut at ${size.width}px`).toEqual([]);
      // names are readable: the local name is a second line under the name, and the date of the last
      // change folds away to leave the room to them (was 73 px of "Bluetoo…" at 1280)
      const nameWidth = (await grid.getByRole('columnheader', { name: lang === 'en' ? /^Name/ : /名称/ }).first().boundingBox())!.width;
      expect(nameWidth, `name column at ${size.width}px`).toBeGreaterThanOrEqual(size.width === 1280 ? 200 : 150);
      await expect(grid.getByRole('columnheader', { name: lang === 'en' ? 'Updated' : /更新/ })).toHaveCount(0);
      await page.screenshot({ path: join(ARTIFACTS, `list-products-${size.width}-${lang}.png`) });
      const narrow = size.width === 1024;
      // the catalog's filters stand in view: beside the search box at 1280 px, at 1024 px (where they
      // would leave it too short for its placeholder) on a row of their own under it, the list's
      // Columns menu at that row's end
      await expect(page.getByTestId('filters-menu')).toHaveCount(0);
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Archived' : '已归档', exact: true })).toBeVisible();
      // and the controls above the list stand on two rows at most: at 1024 px the Columns menu is at
      // the end of the filters' row (was search / filters / Columns on three rows, 8 rows of the list left)
      const controlRows = await page.evaluate(() => {
        const controls = [...document.querySelectorAll<HTMLElement>('main .toolbar :is(input.search, select, .button, .segmented), main .vtable-bar .button')].filter((e) => e.offsetParent !== null && !e.closest('.menu-pop'));
        const middles = controls.map((e) => { const b = e.getBoundingClientRect(); return b.top + b.height / 2; }).sort((a, b) => a - b);
        return middles.filter((m, i) => i === 0 || m - middles[i - 1]! > 8).length;
      });
      expect(controlRows, `rows of controls above the catalog at ${size.width}px (${lang})`).toBeLessThanOrEqual(2);
      const above = await page.evaluate(() => document.querySelector('[role="grid"]')!.getBoundingClientRect().top - document.querySelector('main .toolbar')!.getBoundingClientRect().top);
      expect(above, `toolbar to list at ${size.width}px (${lang})`).toBeLessThan(110);
      // (in English the filters stand on a row of their own there, Columns at its end; the Chinese ones
      // fit beside the search box, Columns on the row under them)
      if (narrow && lang === 'en') {
        await expect(page.locator('main .toolbar > .filters.is-below')).toHaveCount(1);
        const columns = page.getByRole('button', { name: lang === 'en' ? 'Columns of Products' : '商品的列' });
        const archived = page.getByRole('button', { name: lang === 'en' ? 'Archived' : '已归档', exact: true });
        const mid = async (l: typeof columns) => { const b = (await l.boundingBox())!; return b.y + b.height / 2; };
        expect(Math.abs((await mid(columns)) - (await mid(archived))), 'Columns on the filters’ row').toBeLessThan(2);
      }
      // the list fits: the columns that fold are folded, and a header of two words ("UNIT VALUE",
      // "NET WEIGHT") wraps onto two lines rather than widening its column (English scrolled 50 px)
      const scrolls = () => page.locator('.vtable-body').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(await scrolls(), `${lang} at ${size.width} px fits`).toBe(false);
      await expect(page.getByTestId('scroll-hint')).toHaveText('');
      if (narrow) {
        // the seller brings the folded columns back: now the table scrolls, and says so
        await page.getByRole('button', { name: lang === 'en' ? 'Columns of Products' : '商品的列' }).click();
        for (const name of lang === 'en' ? ['Updated', 'Origin'] : ['更新时间', '原产国']) await page.getByRole('checkbox', { name }).check();
        await page.keyboard.press('Escape');
        await expect.poll(scrolls).toBe(true);
        await expect(page.getByTestId('scroll-hint')).toHaveText(lang === 'en' ? /scroll sideways/ : /横向滚动/);
        await page.evaluate(() => localStorage.removeItem('clearpack.columns.products'));
        await page.reload();
        await expect(grid.getByRole('row').nth(3)).toBeVisible();
      }
      if (lang === 'zh') await page.getByRole('button', { name: 'English' }).click();
    }
  }

  // At 1024 px the shipments' ten filters fit no row of the toolbar: they are in the menu, and still
  // work; Esc closes it
  await app.open('/shipments');
  await page.getByTestId('filters-menu').click();
  await page.getByRole('button', { name: 'Draft', exact: true }).click();
  await expect(page).toHaveURL(/status=draft/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Draft', exact: true })).toBeHidden();

  // Hide a column and resize another: kept for this list after a reload, not for another list
  await page.setViewportSize({ width: 1280, height: 820 });
  await app.open('/catalog');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').nth(2)).toBeVisible();
  await page.getByRole('button', { name: 'Columns of Products' }).click();
  // a column folded to fit the window says so, and comes back when ticked (the table then scrolls)
  await expect(page.getByRole('group', { name: 'Columns of Products' })).toContainText('Updated · hidden to fit the window');
  await page.getByRole('checkbox', { name: 'Origin' }).uncheck();
  await page.getByRole('checkbox', { name: 'Updated' }).check();
  await expect(grid.getByRole('columnheader', { name: 'Updated' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Origin' })).toHaveCount(0);
  const handle = page.getByTestId('resize-name');
  const box = (await handle.boundingBox())!;
  const before = (await grid.getByRole('columnheader', { name: /Name/ }).first().boundingBox())!.width;
  await page.mouse.move(box.x + 3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 3 - 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const after = (await grid.getByRole('columnheader', { name: /Name/ }).first().boundingBox())!.width;
  expect(after).toBeLessThan(before - 40);
  await page.reload();
  await expect(grid.getByRole('row').nth(2)).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Origin' })).toHaveCount(0);
  await expect(grid.getByRole('columnheader', { name: 'Updated' })).toHaveCount(1);
  expect(Math.abs((await grid.getByRole('columnheader', { name: /Name/ }).first().boundingBox())!.width - after)).toBeLessThan(3);
  await app.open('/suppliers');
  await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Country' })).toHaveCount(1);
  // the local name is under the name there too
  await expect(page.getByRole('grid').getByRole('row').nth(2).locator('.cell-sub')).toHaveCount(1);
});

test('a name the column cuts shows its whole text on hover; one it does not cut has no tooltip', async ({ app }) => {
  const { page } = app;
  const call = coreCall(app);
  const long = 'Stainless steel vacuum-insulated water bottle with bamboo lid and carry loop, 750 ml, matte forest green';
  await call('products.create', { sku: 'BOT-LONG', name: long });
  await call('products.create', { sku: 'MUG-1', name: 'Mug' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.open('/catalog');
  const grid = page.getByRole('grid');
  const cellOf = (text: string) => grid.getByRole('gridcell').filter({ hasText: text }).first();
  const cutCell = cellOf('Stainless steel');
  await expect(cutCell).toBeVisible();
  // the column cuts it (the test is about a cut name: it must be one)
  expect(await cutCell.locator('.vtable-text').evaluate((e) => e.scrollWidth > e.clientWidth + 1 || [...e.querySelectorAll<HTMLElement>('.cell-two > *')].some((x) => x.scrollWidth > x.clientWidth + 1))).toBe(true);
  await cutCell.hover();
  await expect(cutCell).toHaveAttribute('title', long);
  const whole = grid.getByRole('gridcell').filter({ hasText: /^Mug$/ }).first();
  await whole.hover();
  await expect(whole).not.toHaveAttribute('title', /.+/);
});

test('the scorecard tells a status that differs from its band: two colours and a banner naming both; one that agrees shows neither, in English and Chinese', async ({ app }) => {
  const { page } = app;
  const call = coreCall(app);
  const { today } = await call<{ today: string }>('documents.today', {});
  const product = await call('products.create', { sku: 'TEA-1', name: 'Green tea' });
  /** A supplier with the status set by hand and one lot received on time today, inspected with these defects. */
  const supplier = async (name: string, defects: { class: string; type: string; count: number }[]) => {
    const s = await call('suppliers.create', { name, country: 'CN', status: 'approved' });
    const lot = await call('lots.create', { supplierId: s.id, productId: product.id, quantityOrdered: 500, quantityReceived: 500, receivedDate: today, expectedDate: today, poReference: `PO-${s.id}` });
    await call('inspections.create', { lotId: lot.id, date: today, inspector: 'Mei', defects });
    return s.id;
  };
  // A rejected lot (8 major defects in a sample of 50) on time: quality 20, delivery 100 → 56.4, the probation band.
  const differs = await supplier('Harbor Goods', [{ class: 'major', type: 'Torn pouch', count: 8 }]);
  // A clean lot on time: 100, the preferred band, which leads to Approved, the status it has.
  const agrees = await supplier('Steady Supply', []);
  const card = (id: number) => call<{ supplierStatus: string; band: string | null; statusFromBand: string | null }>('suppliers.scorecard', { supplierId: id, months: 12 });
  expect(await card(differs)).toMatchObject({ supplierStatus: 'approved', band: 'probation', statusFromBand: 'probation' });
  expect(await card(agrees)).toMatchObject({ supplierStatus: 'approved', band: 'preferred', statusFromBand: 'approved' });

  const statusBadge = page.getByTestId('scorecard-status').locator('.badge');
  const bandBadge = page.getByTestId('scorecard-band').locator('.badge');
  // The status's colour is the text's (the band's badge is outlined in it, the status's filled).
  const colours = (badge: typeof statusBadge) => badge.evaluate((e) => getComputedStyle(e).color);
  const words = {
    en: { approved: 'Approved', probation: 'Probation', preferred: 'Preferred', differs: ['in the Probation band', 'leads to the status Probation', 'The status stays Approved'] },
    // (in Chinese a band is named as the status it leads to, shorter: 批准 → 已批准, 考察 → 考察期)
    zh: { approved: '已批准', probation: '考察', preferred: '优选', differs: ['属于“考察”等级', '对应状态“考察期”', '状态仍为“已批准”'] },
  };
  for (const lang of ['en', 'zh'] as const) {
    const w = words[lang];
    await app.open(`/quality/suppliers/${differs}`);
    if (lang === 'zh') await page.getByRole('button', { name: '简体中文' }).click();
    await expect(statusBadge).toHaveText(w.approved);
    await expect(bandBadge).toHaveText(w.probation);
    await expect(statusBadge).toHaveClass(/\bstatus-approved\b/);
    await expect(bandBadge).toHaveClass(/\bstatus-probation\b/);
    expect(await colours(bandBadge), `${lang}: the band's colour is not the status's`).not.toBe(await colours(statusBadge));
    const banner = page.getByTestId('scorecard-differs');
    for (const part of w.differs) await expect(banner).toContainText(part);
    await page.screenshot({ path: join(ARTIFACTS, `scorecard-differs-${lang}.png`), fullPage: true });
    // chart text is drawn at its CSS size, not scaled down
    const sizes = await page.$$eval('svg.chart text', (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);

    await app.open(`/quality/suppliers/${agrees}`);
    await expect(statusBadge).toHaveText(w.approved);
    await expect(bandBadge).toHaveText(w.preferred);
    await expect(statusBadge).toHaveClass(/\bstatus-approved\b/);
    await expect(bandBadge).toHaveClass(/\bstatus-approved\b/);
    expect(await colours(bandBadge)).toBe(await colours(statusBadge));
    await expect(page.getByTestId('scorecard-differs')).toHaveCount(0);
    await page.screenshot({ path: join(ARTIFACTS, `scorecard-agrees-${lang}.png`), fullPage: true });
    if (lang === 'zh') await page.getByRole('button', { name: 'English' }).click();
  }
});

test('at 1280 px the shipments’ filters stand in view on a row of their own, not folded into the menu (the Columns menu at that row’s end is no filter)', async ({ app }) => {
  // Counted as one of the filters, the Columns menu made the ten filters seem too wide for their row,
  // and they folded into the Filters menu at 1280 px (the batch print and list e2e could not find Status).
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  await loadDemo(app);
  await app.open('/shipments');
  await expect(page.locator('main .toolbar > .filters.is-below')).toHaveCount(1);
  await expect(page.getByTestId('filters-menu')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Status' })).toBeVisible();
});
