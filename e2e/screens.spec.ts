// Every screen of the app as a seller sees it, in English and Chinese, at the two window sizes the
// app is designed for (1280×820 and 1024×700), on the demo data: each screen must render its
// heading without an error and without the page itself scrolling sideways (a table may scroll inside
// its own frame). The screenshots land in e2e/artifacts/screens/<lang>-<width>/ for a person to look at.
// On every screen (and each of its tabs, and first without the demo, empty) no calendar day is shown as
// ISO text, and in Chinese no English word is left in the UI's own words (e2e/screen-text.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENS, loadDemo } from './demo-screens';
import type { Ids } from './demo-screens';
import { ARTIFACTS, expect, test } from './harness';
import { toolbarProblems, wrappedButtons } from './toolbar';
import { englishLeft, isoDatesShown, KEPT_WORDS, latinPunctuationInChinese, userWords } from './screen-text';

/**
 * By screen, the list columns whose values must be read whole (they wrap rather than being cut, or
 * take their value's width): a country is short and never cut (was "Banglad…", "United Kingdo…"),
 * nor the shipments' preflight (was "2 blocking · 2 warnin…").
 */
const WHOLE: Record<string, string[]> = {
  catalog: ['customs', 'originCountry'],
  suppliers: ['country'],
  certificates: ['type'],
  shipments: ['preflight', 'country'],
  rules: ['destination'],
  consultations: ['destination'],
  claims: ['deadline'],
  'after-sales': ['due', 'country'],
  holds: ['country'],
  scorecards: ['country'],
};

const SIZES = [
  { width: 1280, height: 820 },
  { width: 1024, height: 700 },
];

for (const lang of ['en', 'zh'] as const) {
  test(`every screen renders in ${lang === 'en' ? 'English' : 'Chinese'} at 1280×820 and 1024×700, without the page scrolling sideways`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await app.open('/');
    if (lang === 'zh') {
      await page.getByRole('button', { name: '简体中文' }).click();
      await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
    }
    let data = new Set<string>();
    const problems: string[] = [];
    const words = async (where: string) => {
      // A calendar day is shown as the language writes it ('Dec 2, 2026', '2026年12月2日'), never as
      // ISO text; a date field's own text and identifiers are not days on screen.
      const iso = await isoDatesShown(page.locator('body'));
      if (iso.length) problems.push(`${where}: ISO dates on screen: ${iso.join(' | ')}`);
      // The Chinese UI's own words (headings, column heads, labels, buttons, badges, hints) are Chinese.
      if (lang === 'zh') {
        const left = await englishLeft(page.locator('body'), KEPT_WORDS, { chrome: true, data });
        if (left.length) problems.push(`${where}: English in the Chinese UI: ${left.join(', ')}`);
        const marks = await latinPunctuationInChinese(page.locator('body'));
        if (marks.length) problems.push(`${where}: Latin punctuation in Chinese: ${marks.join(' | ')}`);
      }
    };
    // Before the demo: each screen without a record as a new seller first sees it (its empty states).
    await page.setViewportSize(SIZES[0]!);
    for (const { name, route } of SCREENS.filter((s) => s.route.length === 0)) {
      await app.open(route({} as Ids));
      await expect(page.locator('main h1').first(), `${name}, empty`).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(150);
      await words(`${name}, empty`);
    }
    const ids = await loadDemo(app);
    const info = await app.call('app.info', {});
    if (!info.ok) throw new Error(JSON.stringify(info.error));
    // The demo's own words (product, supplier, consignee names) are the seller's, in English by right.
    data = userWords((info.value as { databaseFile: string }).databaseFile);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const dir = join(ARTIFACTS, 'screens', `${lang}-${size.width}`);
      mkdirSync(dir, { recursive: true });
      for (const { name, route } of SCREENS) {
        await app.open(route(ids));
        await expect(page.locator('main h1').first(), `${name} at ${size.width}`).toBeVisible();
        // Let lists fetch their first page and fonts settle before the picture.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (sideways > 1) problems.push(`${name} at ${size.width}: the page scrolls ${sideways} px sideways`);
        // In lists: a short badge (a status, "Customs-ready") and an identifier are never cut
        const cut = await page.evaluate(() => [
          ...[...document.querySelectorAll<HTMLElement>('[role="gridcell"] .badge')].filter((e) => e.scrollWidth > e.clientWidth + 1 && e.scrollWidth <= 140),
          ...[...document.querySelectorAll<HTMLElement>('[role="gridcell"].ident .vtable-text')].filter((e) => e.scrollWidth > e.clientWidth + 1),
          // nor a column's header (it wraps between its words, never inside one: was "NET WEIGH")
          ...[...document.querySelectorAll<HTMLElement>('[role="columnheader"] .vtable-text')].filter((e) => e.scrollWidth > e.clientWidth + 1),
        ].map((e) => e.textContent));
        if (cut.length) problems.push(`${name} at ${size.width}: cut in the list: ${[...new Set(cut)].join(', ')}`);
        // nor the value a column exists for (what a product lacks, a certificate's type, a deadline): it
        // wraps onto a second line (Column.wrap) instead of ending in "…"
        const whole = await page.evaluate((cols) => {
          const over = (e: Element) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
          return cols.flatMap((col) => [...document.querySelectorAll<HTMLElement>(`[role="gridcell"] .vtable-text[data-col="${col}"]`)].filter((e) => over(e) || [...e.querySelectorAll('*')].some(over)).map((e) => e.textContent));
        }, WHOLE[name] ?? []);
        if (whole.length) problems.push(`${name} at ${size.width}: cut, though the column is there for it: ${[...new Set(whole)].join(', ')}`);
        // A list's toolbar: its controls stand level and of one height, the search box shows its
        // placeholder whole (the filters fold into a menu first), and folded, the Filters button stands
        // bare beside it (was: in an empty card, 16 px lower)
        problems.push(...(await toolbarProblems(page)).map((p) => `${name} at ${size.width}: ${p}`));
        // No button's label breaks onto a second line (was "Print / packs…", "New / shipment" at 1024)
        const wrapped = await wrappedButtons(page);
        if (wrapped.length) problems.push(`${name} at ${size.width}: buttons on two lines: ${wrapped.join(', ')}`);
        // Every list fits its window at both sizes, in both languages (columns fold to fit, headers wrap
        // between words); the seller can still bring a column back and scroll
        const listScrolls = await page.evaluate(() => [...document.querySelectorAll('.vtable-body')].some((b) => b.scrollWidth > b.clientWidth + 1));
        if (listScrolls) problems.push(`${name} at ${size.width}: the list scrolls sideways`);
        // A list of a few rows is as tall as its rows (was: one hold in a 380 px box, "Statistics" pushed
        // to the bottom); one of many rows still takes the room down to the window's bottom
        const heights = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.vtable-body')].map((b) => ({ box: b.clientHeight, rows: (b.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0, bottom: b.getBoundingClientRect().bottom })),
        );
        // and its header is never squeezed to fit (was: the catalog's header cut to half a line above its rows)
        const squeezedHead = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.vtable-head')].some((h) => h.scrollHeight > h.clientHeight + 1));
        if (squeezedHead) problems.push(`${name} at ${size.width}: the list's header is squeezed`);
        for (const h of heights) {
          if (h.box > h.rows + 4) problems.push(`${name} at ${size.width}: the list is ${h.box - h.rows} px taller than its rows`);
          if (h.rows > h.box && h.bottom < size.height - 60) problems.push(`${name} at ${size.width}: a list of many rows ends ${Math.round(size.height - h.bottom)} px above the window's bottom`);
        }
        await words(`${name} at ${size.width}`);
        await page.screenshot({ path: join(dir, `${name}.png`) });
        // What a screen's other tabs say, once (at the wider size): the words do not change with the width.
        if (size === SIZES[0]) {
          const tabs = page.locator('main [role="tab"]');
          for (let i = 0; i < (await tabs.count()); i++) {
            const tab = tabs.nth(i);
            if ((await tab.getAttribute('aria-selected')) === 'true') continue;
            await tab.click();
            await page.waitForTimeout(150);
            await words(`${name} › ${(await tab.textContent())?.trim()} at ${size.width}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
