// One look on every screen (issue #16): a screen that belongs to a list has one Back, the shared
// BackLink ("← Products", a link to that list, read as "Back to Products"), looking the same
// everywhere.
import type { Page } from '@playwright/test';
import { SCREENS, loadDemo } from './demo-screens';
import { expect, test } from './harness';

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
      const label = back!.text.replace(/^←\s*/, '');
      const link = page.locator('main').getByTestId('back');
      if (back!.shared) {
        // Read aloud as "Back to <the words on screen>" (the arrow is decoration).
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
