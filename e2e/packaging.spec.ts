// Issue 18 in the real UI: packing facts on the product's Compliance tab (a liquid without its
// volume is refused at the field, nothing saved), and the parcel's packaging in the shipment
// editor with its findings, which go away as the parcel is packed right — in English and Chinese.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const serum = { sku: 'SE-30', name: 'Face serum in a glass bottle', localName: '精华液', hsCode: '330499', originCountry: 'CN', unitNetWeightG: 80, unitValue: 1200, currency: 'USD' };

test('packing facts on the Compliance tab and the parcel’s packaging with its findings', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  expect((await app.core.api.call('products.create', serum)).ok).toBe(true);

  await app.open('/catalog');
  await page.getByRole('row').filter({ hasText: 'SE-30' }).click();
  const tabs = page.getByRole('tablist', { name: 'Product sections' });
  await tabs.getByRole('tab', { name: 'Compliance' }).click();
  await page.getByRole('checkbox', { name: 'Liquid (creams and gels too)' }).check();
  await page.getByRole('checkbox', { name: 'Fragile' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  const ml = page.locator('[data-field="compliance.packing.liquidMl"]');
  await expect(ml.getByRole('alert')).toHaveText('A liquid needs its volume in millilitres.');
  const before = await app.core.api.call('products.get', { id: 1 });
  expect(before.ok && (before.value as { compliance: { packing: { liquid: boolean } } }).compliance.packing.liquid).toBe(false);
  await page.getByLabel('Liquid per unit (ml)').fill('30');
  await page.getByRole('checkbox', { name: 'Leak-proof bag' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Changes saved.');
  const saved = await app.core.api.call('products.get', { id: 1 });
  expect(saved.ok && (saved.value as { compliance: unknown }).compliance).toMatchObject({ packing: { liquid: true, liquidMl: 30, fragile: true, needs: ['leak_proof_bag'] } });
  await shot(page, 'packing-facts-en');

  const created = await app.core.api.call('shipments.create', {
    consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' }, invoiceNumber: 'INV-1',
    items: [{ productId: 1, quantity: 1 }], parcels: [{ grossWeightG: 300, lengthMm: 200, widthMm: 120, heightMm: 60 }],
  });
  expect(created.ok).toBe(true);
  await app.open('/shipments/1');
  const box = page.getByTestId('parcel-packaging-0');
  await box.getByLabel('Outer packaging').selectOption('padded_envelope');
  await expect(box.locator('[data-rule="pack.fragile_soft"]')).toContainText('SE-30 is fragile, and parcel 1 is a soft mailer');
  await expect(box.locator('[data-rule="pack.liquid_inner"]')).toBeVisible();
  await expect(page.getByTestId('preflight').locator('[data-rule="pack.liquid_inner"]')).toBeVisible();
  await shot(page, 'parcel-packaging-findings-en');
  await box.screenshot({ path: join(ARTIFACTS, 'parcel-packaging-box-en.png') });

  await box.getByLabel('Outer packaging').selectOption('double_wall_box');
  for (const name of ['Leak-proof, sealed container', 'Absorbent material', 'Secondary packaging']) await box.getByRole('checkbox', { name }).check();
  await expect(box.locator('[data-rule="pack.fragile_soft"]')).toHaveCount(0);
  await expect(box.locator('[data-rule="pack.liquid_inner"]')).toHaveCount(0);
  const stored = await app.core.api.call('shipments.get', { id: 1 });
  expect(stored.ok && (stored.value as { parcels: unknown[] }).parcels[0]).toMatchObject({ packagingType: 'double_wall_box', innerPackaging: { sealed: true, absorbent: true, secondary: true } });

  // A double-wall box weighs about 350 g: 300 g gross is less than the serum and its box.
  await expect(box.locator('[data-rule="pack.gross_below_tare"]')).toBeVisible();
  await expect(page.getByTestId('preflight').locator('[data-rule="pack.gross_below_tare"]')).toBeVisible();
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('preflight').locator('[data-rule="pack.gross_below_tare"]')).toContainText('包裹申报毛重 300 克，少于商品净重 80 克与约 350 克包装之和。');
  await expect(box).toContainText('第 1 个包裹的包装');
  await shot(page, 'parcel-packaging-zh');
  await box.screenshot({ path: join(ARTIFACTS, 'parcel-packaging-box-zh.png') });
  await app.open('/catalog');
  await page.getByRole('row').filter({ hasText: 'SE-30' }).click();
  await page.getByRole('tab', { name: '合规' }).click();
  await page.locator('[data-field="compliance.packing"]').screenshot({ path: join(ARTIFACTS, 'packing-facts-zh.png') });
});

test('boxes ticked faster than their saves come back stay ticked, and all are saved', async ({ app }) => {
  const { page } = app;
  expect((await app.core.api.call('products.create', serum)).ok).toBe(true);
  const created = await app.core.api.call('shipments.create', {
    consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' }, invoiceNumber: 'INV-1',
    items: [{ productId: 1, quantity: 1 }], parcels: [{ grossWeightG: 300 }],
  });
  expect(created.ok).toBe(true);
  await app.open('/shipments/1');
  const box = page.getByTestId('parcel-packaging-0');
  const sealed = box.getByRole('checkbox', { name: 'Leak-proof, sealed container' });
  const absorbent = box.getByRole('checkbox', { name: 'Absorbent material' });
  await expect(sealed).toBeEnabled();
  const saves = app.gate('shipments.update');
  await sealed.check();
  await saves.arrived();
  // The first save is on its way; the second tick waits behind it in the editor's queue.
  await absorbent.check();
  saves.passOne();
  // The first reply is shown when the second save reaches the host: the second tick must survive it.
  await saves.arrived();
  await expect(absorbent).toBeChecked();
  await expect(sealed).toBeChecked();
  saves.open();
  await expect.poll(async () => {
    const r = await app.core.api.call('shipments.get', { id: 1 });
    return r.ok ? (r.value as { parcels: Array<{ innerPackaging?: unknown }> }).parcels[0]?.innerPackaging : null;
  }).toMatchObject({ sealed: true, absorbent: true, secondary: false });
  await expect(absorbent).toBeChecked();
});

test('a hold for packaging offers “prevent this next time” as a packaging rule', async ({ app }) => {
  const { page } = app;
  const call = async (method: string, input: unknown) => {
    const r = await app.core.api.call(method as never, input as never);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return (r as { value: { id: number } }).value;
  };
  await call('settings.update', { exporterName: 'Shenzhen Shop', iossNumber: 'IM2760000001' });
  const vase = await call('products.create', { sku: 'VA-01', name: 'Glass flower vase', hsCode: '701391', originCountry: 'CN', unitNetWeightG: 400, unitValue: 1500, currency: 'USD' });
  const s = await call('shipments.create', {
    consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' }, invoiceNumber: 'INV-1', postalOperator: 'CN-POST',
    items: [{ productId: vase.id, quantity: 1 }], parcels: [{ grossWeightG: 700, packagingType: 'single_wall_box' }],
  });
  await call('shipments.setStatus', { id: s.id, status: 'ready' });
  await call('shipments.setStatus', { id: s.id, status: 'shipped' });
  const hold = await call('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'postal_operator', reason: 'packaging', detail: 'Vase broken in a single-wall box' });
  await app.open(`/shipments/${s.id}`);
  const row = page.getByTestId(`prevent-packaging-${hold.id}`);
  await row.getByRole('combobox', { name: 'Prevent this next time: packaging rule' }).selectOption('double_wall_box');
  await row.getByRole('button', { name: 'Make packaging rule' }).click();
  await expect(page.getByTestId(`hold-${hold.id}`)).toContainText('Packaging rule made #1');
  const rules = await app.core.api.call('packagingRules.list', {});
  expect(rules.ok && (rules.value as { items: unknown[] }).items).toMatchObject([{ kind: 'product_packaging', productId: vase.id, destination: 'DE', packagingTypes: ['double_wall_box'], source: `hold:${hold.id}` }]);
  await page.getByTestId(`hold-${hold.id}`).screenshot({ path: join(ARTIFACTS, 'hold-packaging-rule-en.png') });
});
