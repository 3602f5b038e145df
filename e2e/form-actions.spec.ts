// A form's main actions stay in view at the bottom of the window (components/FormActions), at
// 1024×700: Save is in the window without scrolling on the product form, the supplier form and
// Settings; and what the form brings into view or the seller tabs to (the field with an error, each
// field in turn) is not left under the bar (lib/bringIntoView, the scroll area's scroll-padding).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';

const NARROW = { width: 1024, height: 700 };

test.beforeEach(async ({ app }) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await app.page.setViewportSize(NARROW);
});

/** The button's whole box is in the window, with the page scrolled to its top, and nothing lies over it. */
async function expectInWindow(page: Page, button: Locator): Promise<void> {
  await expect(page.locator('.content')).toHaveJSProperty('scrollTop', 0);
  const box = (await button.boundingBox())!;
  expect(box.y, 'the button’s top in the window').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `the button’s bottom (${Math.round(box.y + box.height)}) within the window’s ${NARROW.height} px`).toBeLessThanOrEqual(NARROW.height);
  expect(await button.evaluate((el) => { const r = el.getBoundingClientRect(); return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); })).toBe(true);
}

/** Where the focused field ends and where the bar starts (null when the focus is in the bar or not on a field). */
function focusedAgainstBar(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const bar = document.querySelector('[data-covers="bottom"]');
    if (!el || !bar || bar.contains(el)) return 'bar' as const;
    if (!el.matches('input, select, textarea')) return null;
    const b = el.getBoundingClientRect();
    return { field: el.closest('[data-field]')?.getAttribute('data-field') ?? el.getAttribute('aria-label') ?? el.id, bottom: b.bottom, barTop: bar.getBoundingClientRect().top };
  });
}

/** Tabs from `first` through the form to its actions: no field the focus reaches is under the bar. */
async function tabToTheBar(page: Page, first: Locator): Promise<number> {
  await first.focus();
  let fields = 0;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const at = await focusedAgainstBar(page);
    if (at === 'bar') return fields;
    if (!at) continue;
    fields++;
    expect(at.bottom, `${at.field} (ends at ${Math.round(at.bottom)}) above the bar (from ${Math.round(at.barTop)})`).toBeLessThanOrEqual(at.barTop);
  }
  throw new Error('Tab never reached the form’s actions');
}

test('product form: Save in the window at once; the field with an error is brought above the bar', async ({ app }) => {
  const { page } = app;
  await app.open('/catalog/new');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expectInWindow(page, save);
  await page.getByLabel('SKU').fill('BT-HP-001');
  await page.getByLabel('Name (English customs description)').fill('Bluetooth headphones, over-ear');
  // The last field of the form, wrong: Save (where it stands) focuses it, clear of the bar.
  await page.locator('[data-field="warrantyMonths"] input').fill('twelve');
  await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
  await save.click();
  const warranty = page.locator('[data-field="warrantyMonths"]');
  await expect(warranty.locator('input')).toBeFocused();
  const error = warranty.locator('.field-error');
  await expect(error).toHaveText('Enter a whole number.');
  // The field and its error, whole, between the top of the window and the bar.
  await expect.poll(async () => {
    const [label, message, bar] = await Promise.all([warranty.locator('label').boundingBox(), error.boundingBox(), page.getByTestId('form-actions').boundingBox()]);
    return `label from ${Math.round(label!.y)}, error to ${Math.round(message!.y + message!.height)}, bar from ${Math.round(bar!.y)}: ${label!.y >= 0 && message!.y + message!.height <= bar!.y ? 'clear' : 'covered'}`;
  }, { message: 'the warranty field and its error above the bar' }).toMatch(/clear$/);
  await page.screenshot({ path: join(ARTIFACTS, 'form-actions-product-error-1024-en.png') });
});

test('supplier form: Save in the window at once; tabbing through the form leaves no field under the bar', async ({ app }) => {
  const { page } = app;
  await app.open('/suppliers/new');
  await expectInWindow(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.locator('[data-field="name"] input').fill('Shenzhen Volt Electronics');
  await page.getByRole('button', { name: '+ Add a contact' }).click();
  expect(await tabToTheBar(page, page.locator('[data-field="name"] input'))).toBeGreaterThan(8);
});

test('Settings: Save profile in the window at once, in both languages; tabbing through leaves no field under the bar', async ({ app }) => {
  const { page } = app;
  await app.open('/settings');
  await expectInWindow(page, page.getByRole('button', { name: 'Save profile' }));
  await page.getByRole('button', { name: 'Add a VAT number' }).click();
  expect(await tabToTheBar(page, page.getByLabel('Exporter name'))).toBeGreaterThan(10);
  await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
  await page.getByRole('button', { name: '简体中文' }).click();
  await expectInWindow(page, page.getByRole('button', { name: '保存资料' }));
  await page.screenshot({ path: join(ARTIFACTS, 'form-actions-settings-1024-zh.png') });
});
