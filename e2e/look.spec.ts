// One look on every screen (issue #16): a screen that belongs to a list has one Back, the shared
// BackLink ("← Products", a link to that list, read as "Back to Products"), looking the same
// everywhere; no link keeps the browser's default blue, and every text field, select and text area
// has the app's control styling, inside tables too.
import type { Page } from '@playwright/test';
import { SCREENS, loadDemo } from './demo-screens';
import type { Ids } from './demo-screens';
import { expect, test } from './harness';
import type { AppFixture } from './harness';

/** What makes a Back look the way it does; it must be the same on every screen. */
const BACK_STYLE = ['fontFamily', 'fontSize', 'fontWeight', 'color', 'backgroundColor', 'borderTopStyle', 'paddingTop', 'paddingLeft', 'textDecorationLine', 'display'] as const;

async function settle(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.mouse.move(0, 0); // nothing under the pointer is in its hover state
}

for (const lang of ['en', 'zh'] as const) {
  test(`every screen of a list has one Back, the shared link to that list, alike everywhere (${lang})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const ids = await loadDemo(app);
    await app.open('/');
    if (lang === 'zh') await page.getByRole('button', { name: '简体中文' }).click();
    const backTo = lang === 'en' ? 'Back to ' : '返回';
    const problems: string[] = [];
    const looks = new Map<string, string[]>();
    const labels: [screen: string, parent: string, label: string][] = [];
    for (const screen of SCREENS.filter((s) => s.parent)) {
      await app.open(screen.route(ids));
      await settle(page);
      // Anything in the screen that reads like a Back: an arrow, the word, or the shared component.
      const found = await page.evaluate((words) => {
        const main = document.querySelector('main')!;
        const said = [...main.querySelectorAll<HTMLElement>('a, button')].filter((e) => {
          const text = (e.textContent ?? '').trim();
          return text.startsWith('←') || words.includes(text);
        });
        const marked = [...main.querySelectorAll<HTMLElement>('[data-testid="back"], .back')];
        return [...new Set([...said, ...marked])].map((e) => ({
          tag: e.tagName,
          shared: e.dataset.testid === 'back' && e.classList.contains('back'),
          href: e.getAttribute('href'),
          text: (e.textContent ?? '').trim(),
        }));
      }, lang === 'en' ? ['Back', 'All cases', 'All consultations', 'Back to shipments'] : ['返回', '全部工单', '全部咨询', '返回货件']);
      if (found.length !== 1) {
        problems.push(`${screen.name}: ${found.length} backs (${found.map((f) => `${f.tag} "${f.text}"`).join(', ')})`);
        continue;
      }
      const [back] = found;
      if (!back!.shared) problems.push(`${screen.name}: the back (${back!.tag} "${back!.text}") is not the shared BackLink`);
      if (back!.tag !== 'A') problems.push(`${screen.name}: the back is a ${back!.tag}, not a link`);
      if (back!.href !== `#${screen.parent!(ids)}`) problems.push(`${screen.name}: the back leads to ${back!.href}, not #${screen.parent!(ids)}`);
      if (!back!.text.startsWith('←')) problems.push(`${screen.name}: the back reads "${back!.text}", without its arrow`);
      const link = page.locator('main').getByTestId('back');
      if (back!.shared) {
        // Read aloud as "Back to <the words on screen>" (the arrow is decoration). A screen may name
        // its Back once its record has loaded ("Lot 40" then "Lot 40 · CO-FC-HYA"): the words on
        // screen are read again until they and the name agree, and never say "Back" twice.
        const said = async () => {
          const text = ((await link.textContent()) ?? '').trim().replace(/^←\s*/, '');
          return { text, name: await link.getAttribute('aria-label') };
        };
        await expect.poll(async () => { const s = await said(); return s.name === `${backTo}${s.text}`; }, { message: screen.name }).toBe(true);
        await page.waitForLoadState('networkidle');
        const label = (await said()).text;
        expect(label, `${screen.name}: the back repeats "${backTo}"`).not.toMatch(lang === 'en' ? /^Back\b/ : /^返回/);
        await expect(link, screen.name).toHaveAccessibleName(`${backTo}${label}`);
        const style = await link.evaluate((e, keys) => {
          const s = getComputedStyle(e);
          return keys.map((k) => `${k}: ${s[k]}`);
        }, [...BACK_STYLE]);
        looks.set(screen.name, style);
        labels.push([screen.name, screen.parent!(ids), label]);
      }
    }
    // One look: each Back is styled as the first one, and none is a button in disguise.
    const [first] = [...looks.values()];
    for (const [name, style] of looks) {
      if (JSON.stringify(style) !== JSON.stringify(first)) problems.push(`${name}: the back looks different: ${style.filter((s, i) => s !== first![i]).join('; ')}`);
      if (!style.includes('backgroundColor: rgba(0, 0, 0, 0)') || !style.includes('borderTopStyle: none')) problems.push(`${name}: the back has a background or a border`);
    }
    // The name it shows is the name of where it leads: that screen's title or its selected tab.
    for (const [name, parent, label] of labels) {
      await app.open(parent);
      await settle(page);
      const titles = await page.evaluate(() => [...document.querySelectorAll('main h1, main [aria-current="page"]')].map((e) => (e.textContent ?? '').trim()));
      if (!titles.some((t) => t.includes(label))) problems.push(`${name}: the back says "${label}", the screen it leads to is ${titles.map((t) => `"${t}"`).join(' / ')}`);
    }
    expect(problems).toEqual([]);
  });
}

/** The browser's own link colours, which no link of the app may keep. */
const UA_LINK = ['rgb(0, 0, 238)', 'rgb(85, 26, 139)'];
const TEXT_CONTROLS = 'select, textarea, input:is([type="text"], [type="search"], [type="number"], [type="date"], [type="email"], [type="tel"], :not([type]))';

/** Parts of screens a first visit does not show: the other tabs of a product, and the dialogs. */
async function extraStates(app: AppFixture, ids: Ids): Promise<{ name: string; route: string; open?(page: Page): Promise<void> }[]> {
  // A shipment held at customs can be held again: its screen offers "Record a hold".
  const holds = await app.call('holds.list', { limit: 1 });
  const heldId = holds.ok ? (holds.value as { items: { shipmentId: number }[] }).items[0]?.shipmentId : undefined;
  if (heldId === undefined) throw new Error('the demo has no hold');
  return [
    ...['compliance', 'suppliers', 'certificates', 'files'].map((tab) => ({ name: `product ${tab}`, route: `/catalog/${ids.product}?tab=${tab}` })),
    { name: 'HS code picker', route: `/catalog/${ids.product}`, open: (page) => page.getByRole('button', { name: 'Find code' }).click() },
    { name: 'hold dialog', route: `/shipments/${heldId}`, open: (page) => page.getByRole('button', { name: 'Record a hold' }).click() },
  ];
}

test('on every screen no link has the browser’s blue and every visible text field, select and text area has the app’s control styling', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const ids = await loadDemo(app);
  const visits = [...SCREENS.map((s) => ({ name: s.name, route: s.route(ids), open: undefined })), ...(await extraStates(app, ids))];
  const problems: string[] = [];
  for (const size of [{ width: 1280, height: 820 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    for (const visit of visits) {
      await app.open(visit.route);
      await settle(page);
      if (visit.open) {
        await visit.open(page);
        await expect(page.getByRole('dialog')).toBeVisible();
      }
      const found = await page.evaluate(
        ({ controls, uaLink }) => {
          const out: string[] = [];
          const where = (e: Element) => {
            const named = e.getAttribute('aria-label') ?? e.getAttribute('name') ?? e.getAttribute('placeholder') ?? e.id;
            return `${e.tagName.toLowerCase()}${named ? ` "${named}"` : ''}${e.closest('table, [role="grid"]') ? ' (in a table)' : ''}`;
          };
          const visible = (e: HTMLElement) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          for (const a of document.querySelectorAll<HTMLElement>('a')) {
            if (visible(a) && uaLink.includes(getComputedStyle(a).color)) out.push(`link "${(a.textContent ?? '').trim()}" has the browser's link colour`);
          }
          // The reference: a plain text field under the app's base rules alone (and one that shows an
          // identifier, in the app's monospace).
          const probe = (mono: boolean) => {
            const input = document.createElement('input');
            input.type = 'text';
            if (mono) input.className = 'mono';
            document.body.append(input);
            const s = getComputedStyle(input);
            const seen = { fontFamily: s.fontFamily, borderWidth: s.borderTopWidth, borderStyle: s.borderTopStyle, borderRadius: s.borderRadius };
            input.remove();
            return seen;
          };
          const want = probe(false);
          const fonts = [want.fontFamily, probe(true).fontFamily];
          for (const c of document.querySelectorAll<HTMLElement>(controls)) {
            if (!visible(c)) continue;
            const s = getComputedStyle(c);
            const off: string[] = [];
            if (!fonts.includes(s.fontFamily)) off.push(`font-family ${s.fontFamily}`);
            for (const side of ['Top', 'Bottom'] as const) {
              const width = s[`border${side}Width`];
              const style = s[`border${side}Style`];
              if (width !== want.borderWidth || style !== want.borderStyle) off.push(`border-${side.toLowerCase()} ${width} ${style}`);
            }
            if (parseFloat(s.borderTopLeftRadius) < 4) off.push(`border-radius ${s.borderRadius}`);
            if (parseFloat(s.paddingLeft) < 4) off.push(`padding ${s.padding}`);
            if (off.length) out.push(`${where(c)}: ${off.join(', ')} (the app's: ${want.borderWidth} ${want.borderStyle}, radius ${want.borderRadius})`);
          }
          return out;
        },
        { controls: TEXT_CONTROLS, uaLink: UA_LINK },
      );
      problems.push(...found.map((f) => `${visit.name} at ${size.width}: ${f}`));
    }
  }
  expect([...new Set(problems)]).toEqual([]);
});

test('the sidebar’s tagline keeps “cross-border” whole: two lines at most, in English, at both window sizes', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  const tag = page.locator('.brand-tag');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 760 });
    const lines = await tag.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '16')));
    expect(lines, `at ${width}`).toBeLessThanOrEqual(2);
    expect(await tag.innerText()).toBe('Back office for cross\u2011border sellers');
  }
});
