// Issue 16: what a form says back after Save at the bottom of a long form is in sight when it
// appears (its whole box in the window, under no sticky part), at 1024×700: the product form, the
// supplier form and the shipment editor, in English.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';
import { expectInSight } from './in-sight';

const NARROW = { width: 1024, height: 700 };
const toBottom = (page: Page) => page.locator('.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

test.beforeEach(async ({ app }) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await app.page.setViewportSize(NARROW);
});

/** Save at the bottom of the form: its banner says `words`, in sight. */
async function saveAtBottom(page: Page, words: string): Promise<void> {
  await toBottom(page);
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeInViewport();
  await save.click();
  const banner = page.getByTestId('form-banner');
  await expect(banner).toHaveText(words);
  await expectInSight(banner, `“${words}”`);
}

test('product form: “Product created.” and “Changes saved.” are in sight after Save at the bottom', async ({ app }) => {
  const { page } = app;
  await app.open('/catalog/new');
  await page.getByLabel('SKU').fill('BT-HP-001');
  await page.getByLabel('Name (English customs description)').fill('Bluetooth headphones, over-ear');
  await saveAtBottom(page, 'Product created.');
  await shot(page, 'confirm-product-created-1024-en');
  await page.getByLabel('Local name').fill('蓝牙头戴式耳机');
  await saveAtBottom(page, 'Changes saved.');
});

test('supplier form: “Supplier created.” and “Changes saved.” are in sight after Save at the bottom', async ({ app }) => {
  const { page } = app;
  await app.open('/suppliers/new');
  await page.locator('[data-field="name"] input').fill('Shenzhen Volt Electronics');
  await page.locator('[data-field="country"] select').selectOption('CN');
  await page.getByRole('button', { name: '+ Add a contact' }).click();
  await saveAtBottom(page, 'Supplier created.');
  await shot(page, 'confirm-supplier-created-1024-en');
  await saveAtBottom(page, 'Changes saved.');
});

test('shipment editor: what a save at the bottom says is in sight, not under the sticky header', async ({ app }) => {
  const { page } = app;
  // A new shipment: Create at the bottom with a postage that cannot be read.
  await app.open('/shipments/new');
  await page.getByLabel('Name', { exact: true }).fill('John Miller');
  await page.getByLabel('Address (one line each)').fill('200 Main St');
  await page.getByLabel('City').fill('Austin');
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('Postage').fill('abc');
  await toBottom(page);
  await page.getByRole('button', { name: 'Create shipment' }).click();
  const banner = page.getByTestId('editor-banner');
  await expect(banner).toContainText('nothing is saved yet');
  await expectInSight(banner, 'the new shipment’s banner');

  // Created; then a field at the bottom saved as it is left, with a day the core refuses.
  await page.getByLabel('Postage').fill('8.50');
  await page.getByRole('button', { name: 'Create shipment' }).click();
  await expect(page.getByRole('heading', { name: /Shipment SH-2026-000001/ })).toBeVisible();
  await toBottom(page);
  await page.getByLabel('Invoice date').fill('someday');
  await page.getByLabel('Invoice date').press('Tab');
  await expect(banner).toContainText('the last valid version is saved');
  await expectInSight(banner, 'the editor’s banner');
  await shot(page, 'confirm-shipment-banner-1024-en');
});
