// A switch of language on a screen that is open: amounts, dates, country names and the form's
// banner are said again in the new language at once (lib/format useFormat, components/FormBanner),
// not left in the old one until the screen is opened again. And an amount typed with a decimal
// comma is read as the seller meant it (lib/money). And the switch in Settings reaches the native
// menu: the page tells main its language (a stand-in bridge records it, e2e/desktop-stub.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { stubDesktop } from './desktop-stub';
import { ARTIFACTS, expect, test } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const EN_DAY = /[A-Z][a-z]{2} \d{1,2}, \d{4}/; // "Dec 2, 2026"
const ZH_DAY = /\d{4}年\d{1,2}月\d{1,2}日/; // "2026年12月2日"

test('an open claim follows a switch of language: amounts, dates and the saved banner', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async <T = { id: number }>(method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const mug = await call('products.create', { sku: 'MUG-01', name: 'Ceramic mug 350 ml', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 350, unitValue: 1200, currency: 'USD' });
  const shipment = await call<{ id: number; reference: string }>('shipments.create', {
    consignee: { name: 'Jonas Weber', addressLines: ['Hauptstr. 1'], city: 'Berlin', postcode: '10115', country: 'DE' },
    shipDate: daysAgo(20), invoiceNumber: 'INV-7001', currency: 'USD', insuredValue: 6000,
    items: [{ productId: mug.id, quantity: 4 }], parcels: [{ grossWeightG: 2000 }],
  });
  for (const status of ['ready', 'shipped', 'lost']) await call('shipments.setStatus', { id: shipment.id, status });
  const policy = await call('policies.create', { insurer: 'Parcel Cover Ltd', policyNumber: 'PC-7788', deductible: 0, deductibleCurrency: 'USD', claimWindowDays: 30 });
  const claim = await call('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: daysAgo(10), description: 'Lost after export.', amountClaimed: 5000 });

  await app.open(`/claims/${claim.id}`);
  await expect(page.getByTestId('claim-shipment')).toContainText('Insured value: $60.00');
  await expect(page.locator('.deadline').first()).toContainText(EN_DAY);

  // A decimal comma, as many sellers type it: 59,5 is $59.50 (not $595, above the insured value).
  await page.getByLabel('Amount claimed').fill('59,5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Claim saved.');
  await expect(page.getByLabel('Amount claimed')).toHaveValue('59.50');
  await shot(page, 'language-claim-en');

  // The switch in the shell, with the claim open.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('理赔已保存。');
  await expect(page.getByTestId('claim-shipment')).toContainText('投保金额：US$60.00');
  await expect(page.locator('.deadline').first()).toContainText(ZH_DAY);
  await expect(page.locator('.timeline').first()).not.toContainText(/AM|PM/);
  await shot(page, 'language-claim-zh');

  // The list of claims: the amount and the incident date in Chinese, then in English after a switch back.
  await app.open('/claims');
  const row = page.getByRole('row', { name: /CL-/ });
  await expect(row).toContainText('US$59.50');
  await expect(row).toContainText(ZH_DAY);
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(row).toContainText('$59.50');
  await expect(row).not.toContainText('US$');
  await expect(row).toContainText(EN_DAY);
});

test('country names in an open rule form follow a switch of language', async ({ app }) => {
  const { page } = app;
  await app.open('/shipments/rules');
  await page.getByRole('button', { name: 'New rule' }).click();
  const destination = page.getByLabel('Destination', { exact: true });
  await destination.selectOption('DE');
  await expect(destination.locator('option:checked')).toHaveText('Germany (DE)');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByLabel('目的地', { exact: true }).locator('option:checked')).toHaveText('德国（DE）');
  await shot(page, 'language-rule-zh');
});

test('a switch of language in Settings tells main, so the native menu follows: zh, then en back', async ({ app }) => {
  const { page } = app;
  const desktop = await stubDesktop(page);
  await app.open('/settings');
  await expect(page.locator('#settings-title')).toHaveText('Settings');
  // At start the page says the language it is shown in.
  await expect.poll(() => desktop.languages).toEqual(['en']);
  await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: '简体中文' }).click();
  await expect(page.locator('#settings-title')).toHaveText('设置');
  await expect.poll(() => desktop.languages).toEqual(['en', 'zh']);
  await page.getByRole('radiogroup', { name: '语言' }).getByRole('radio', { name: 'English' }).click();
  await expect(page.locator('#settings-title')).toHaveText('Settings');
  await expect.poll(() => desktop.languages).toEqual(['en', 'zh', 'en']);
  // A reload in Chinese says so at start too.
  await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: '简体中文' }).click();
  await page.reload();
  await expect(page.locator('#settings-title')).toHaveText('设置');
  await expect.poll(() => desktop.languages).toEqual(['en', 'zh', 'en', 'zh', 'zh']);
});
