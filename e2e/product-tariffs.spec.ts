// Issue 15: the product form carries the national tariff codes (per destination) and the product's
// EU responsible person (GPSR). Set in the real UI, saved through the real core, seen back after a
// reload; a code that does not extend the HS code, or has the wrong length, is shown at its cell
// and nothing is saved.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

const tee = { sku: 'TS-001', name: 'T-shirt, knitted, of cotton, men’s', hsCode: '6109.10', originCountry: 'CN', unitNetWeightG: 180, unitValue: 650, currency: 'USD' };
const rp = 'Bright EU GmbH, Lindenstr. 1, 10969 Berlin, Germany, eu@bright.example';
const maker = 'Shenzhen Bright Co., Ltd., 8 Keji Rd, Shenzhen 518057, China, qa@bright.example';

test('national tariff codes, the EU responsible person and the manufacturer: set in the form, saved, seen back; a bad code is shown at its cell and nothing is saved', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const created = await app.core.api.call('products.create', tee);
  expect(created.ok).toBe(true);
  await app.open('/catalog/1');
  await expect(page.getByRole('heading', { name: 'Edit TS-001' })).toBeVisible();

  // One cell per destination kept in resources/rules/tariffs.json, each saying its lengths.
  const us = page.getByLabel('US — HTSUS');
  const eu = page.getByLabel('EU — CN / TARIC');
  const gb = page.getByLabel('GB — UK commodity code');
  await expect(us).toBeVisible();
  await expect(page.locator('[data-field="tariffCodes.EU"]')).toContainText('8 / 10 digits');
  await us.fill('6109.10.0012');
  await eu.fill('6109 10 00');
  await page.getByLabel('EU responsible person').fill(rp);
  await page.getByLabel('Manufacturer', { exact: true }).fill(maker);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Changes saved.');

  // Seen back after a reload, as the core stored them (digits only).
  await page.reload();
  await expect(us).toHaveValue('6109100012');
  await expect(eu).toHaveValue('61091000');
  await expect(gb).toHaveValue('');
  await expect(page.getByLabel('EU responsible person')).toHaveValue(rp);
  await expect(page.getByLabel('Manufacturer', { exact: true })).toHaveValue(maker);
  const stored = await app.core.api.call('products.get', { id: 1 });
  expect(stored.ok && stored.value).toMatchObject({ tariffCodes: { US: '6109100012', EU: '61091000' }, euResponsiblePerson: rp, manufacturer: maker });
  await page.screenshot({ path: join(ARTIFACTS, 'product-tariffs-en.png'), fullPage: true });

  // A code of another heading, and one of a length the EU does not use: errors at their cells.
  await us.fill('6204.62.4011');
  await eu.fill('6109100');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="tariffCodes.US"]').getByRole('alert')).toHaveText('A national code extends the product’s HS code: it must start with 610910.');
  await expect(us).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-field="tariffCodes.EU"]').getByRole('alert')).toHaveText('This code has the wrong number of digits for the destination (8/10).');
  await expect(page.getByTestId('form-banner')).toHaveText('Please fix the 2 highlighted fields.');
  await page.screenshot({ path: join(ARTIFACTS, 'product-tariffs-error-en.png'), fullPage: true });
  const after = await app.core.api.call('products.get', { id: 1 });
  expect(after.ok && after.value).toMatchObject({ tariffCodes: { US: '6109100012', EU: '61091000' } });

  // Editing the cell clears its error; cleared cells remove the code.
  await us.fill('');
  await expect(page.locator('[data-field="tariffCodes.US"]').getByRole('alert')).toHaveCount(0);
  await eu.fill('6109100010');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Changes saved.');
  const last = await app.core.api.call('products.get', { id: 1 });
  expect(last.ok && (last.value as { tariffCodes: Record<string, string> }).tariffCodes).toEqual({ EU: '6109100010' });

  // The same cells in Chinese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('group', { name: '各国税则编码' })).toBeVisible();
  await expect(page.getByLabel('欧盟责任人')).toHaveValue(rp);
  await expect(page.locator('[data-field="tariffCodes.EU"]')).toContainText('8 / 10 位数字，以 HS 编码开头。');
  // Each national code by its Chinese name.
  await expect(page.getByLabel('GB — 英国商品编码')).toBeVisible();
  await expect(page.getByLabel('JP — 日本统计编码')).toBeVisible();
  await page.getByRole('group', { name: '各国税则编码' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'product-tariffs-zh.png'), fullPage: true });
});
