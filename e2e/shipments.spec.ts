import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

test('a seller builds a shipment with a loose lithium battery, sees the block, fixes it and marks it ready', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async (method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number };
  };
  await call('products.create', {
    sku: 'PB-10K', name: 'Power bank 10000 mAh', localName: '移动电源', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 220, unitValue: 1590, currency: 'USD',
    compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });
  await call('products.create', {
    sku: 'BT-HP-001', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD',
    compliance: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 1.85, whPerCell: 1.85, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });

  await app.open('/shipments');
  await expect(page.getByRole('heading', { name: 'Shipments' })).toBeVisible();
  await expect(page.getByText('No shipments yet')).toBeVisible();
  await page.getByRole('link', { name: 'New shipment' }).click();

  // Consignee first: a shipment is created with where it goes.
  await page.getByLabel('Name', { exact: true }).fill('John Miller');
  await page.getByLabel('Address (one line each)').fill('200 Main St\nApt 4');
  await page.getByLabel('City').fill('Austin');
  await page.getByLabel('Country').selectOption('US');
  await page.getByRole('button', { name: 'Create shipment' }).click();
  await expect(page.getByRole('heading', { name: /Shipment SH-2026-000001/ })).toBeVisible();
  // With nothing in it, the preflight blocks rather than crashes.
  await expect(page.locator('[data-rule="decl.no_items"]')).toBeVisible();

  await page.getByLabel('Invoice number').fill('INV-7001');
  await page.getByLabel('Order references').fill('#7001');
  await page.getByLabel('Order references').press('Tab');

  // Pick the power bank from the catalog, add a parcel.
  await page.getByRole('searchbox', { name: 'Search the catalog to add a product' }).fill('power');
  await page.getByRole('button', { name: 'Add PB-10K' }).click();
  await expect(page.getByLabel('Customs description 1')).toHaveValue('Power bank 10000 mAh');
  await page.getByRole('button', { name: 'Add a parcel' }).click();
  await expect(page.getByLabel('Gross weight (g) 1')).toHaveValue('270');

  // The block: a loose lithium battery, with its fix; "Mark ready" cannot be pressed.
  const block = page.locator('[data-rule="battery.alone"]');
  // The power bank's HS code (8507.60) already says it is a battery alone.
  await expect(block).toContainText('ships as a battery alone (UN3480)');
  await expect(page.locator('[data-rule="decl.no_items"]')).toHaveCount(0);
  await expect(page.getByTestId('preflight-summary')).toContainText('1 blocking');
  await expect(page.getByRole('button', { name: 'Mark ready' })).toBeDisabled();
  await expect(page.getByTestId('totals')).toContainText('$15.90');
  await expect(page.getByTestId('totals')).toContainText('CN22');
  await page.screenshot({ path: join(ARTIFACTS, 'shipment-editor-blocked-en.png'), fullPage: true });

  // The finding links to the item it concerns.
  await block.getByRole('button', { name: 'Go to field' }).click();
  await expect(page.getByLabel('Customs description 1')).toBeFocused();

  // The same in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('[data-rule="battery.alone"]')).toContainText('按单独运输的电池（UN3480）处理——禁止邮寄');
  await page.screenshot({ path: join(ARTIFACTS, 'shipment-editor-blocked-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  // Fix: the power bank goes, headphones (battery inside, within Section II) come in.
  await page.getByRole('button', { name: 'Remove item 1' }).click();
  await expect(page.locator('[data-rule="decl.no_items"]')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the catalog to add a product' }).fill('耳机');
  await page.getByRole('button', { name: 'Add BT-HP-001' }).click();
  await expect(page.getByLabel('Customs description 1')).toHaveValue('Bluetooth headphones, over-ear');
  await expect(page.locator('[data-rule="battery.alone"]')).toHaveCount(0);
  await expect(page.locator('[data-rule="battery.section2"]')).toContainText('UN3481');
  await expect(page.locator('[data-rule="tax.us_duties"]')).toBeVisible();

  // A bad edit is shown at its field and not saved; correcting it clears the error.
  await page.getByLabel('Gross weight (g) 1').fill('0');
  await page.getByLabel('Gross weight (g) 1').press('Tab');
  await expect(page.getByTestId('editor-banner')).toContainText('Some fields need attention');
  await expect(page.getByLabel('Gross weight (g) 1')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Gross weight (g) 1').fill('320');
  await page.getByLabel('Gross weight (g) 1').press('Tab');
  await expect(page.getByTestId('editor-banner')).toHaveCount(0);

  await expect(page.getByRole('button', { name: 'Mark ready' })).toBeEnabled();
  await page.getByRole('button', { name: 'Mark ready' }).click();
  await expect(page.getByRole('heading', { name: /Shipment SH-2026-000001/ })).toContainText('Ready');
  await expect(page.getByTestId('timeline')).toContainText('Draft → Ready');
  const stored = await app.core.api.call('shipments.get', { id: 1 });
  expect(stored.ok && (stored.value as { status: string; parcels: { grossWeightG: number }[] })).toMatchObject({ status: 'ready', parcels: [{ grossWeightG: 320 }] });

  // The list, in both languages.
  await call('shipments.create', { consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', country: 'DE' } });
  await page.getByRole('link', { name: 'Back to Shipments' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('2 shipments');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Ready' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('1 shipment');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('searchbox', { name: 'Search shipments' }).fill('anna');
  await expect(page.getByTestId('shipment-count')).toHaveText('1 shipment');
  await page.getByRole('searchbox', { name: 'Search shipments' }).fill('');
  await expect(page.getByTestId('shipment-count')).toHaveText('2 shipments');
  await page.screenshot({ path: join(ARTIFACTS, 'shipments-list-en.png') });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('2 个货件');
  await page.screenshot({ path: join(ARTIFACTS, 'shipments-list-zh.png') });
});

test('the seller profile is edited in Settings and used by the preflight', async ({ app }) => {
  const { page } = app;
  await app.open('/settings');
  await page.getByLabel('Exporter name').fill('Shenzhen Brightway Trading');
  await page.getByLabel('IOSS number').fill('IM1560000001');
  await page.getByRole('button', { name: 'Add a VAT number' }).click();
  await page.getByLabel('VAT country, row 1').selectOption('GB');
  await page.getByLabel('VAT number, row 1').fill('GB123456789');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-banner')).toHaveText('Seller profile saved.');
  const p = await app.core.api.call('settings.get', {});
  expect(p.ok && p.value).toMatchObject({ exporterName: 'Shenzhen Brightway Trading', iossNumber: 'IM1560000001', vatNumbers: [{ country: 'GB', number: 'GB123456789' }] });
  await page.getByLabel('IOSS number').fill('IOSS-1');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('[data-field="iossNumber"]').getByRole('alert')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-profile-en.png'), fullPage: true });
});

test('a finding names the destination by its name in each language: “food to United States”, “寄往美国”', async ({ app }) => {
  const { page } = app;
  const tea = await app.call('products.create', { sku: 'TEA-50', name: 'Green tea leaves, 50 g tin', localName: '绿茶', hsCode: '090210', originCountry: 'CN', unitNetWeightG: 50, unitValue: 800, currency: 'USD', compliance: { categories: ['food'] } });
  expect(tea.ok).toBe(true);
  const s = await app.call('shipments.create', {
    consignee: { name: 'Jane Doe', addressLines: ['1 Main St'], city: 'Springfield', state: 'IL', postcode: '62701', country: 'US' }, invoiceNumber: 'INV-T1',
    items: [{ productId: 1, quantity: 1 }], parcels: [{ grossWeightG: 120 }],
  });
  expect(s.ok).toBe(true);
  await app.open('/shipments/1');
  const food = page.getByTestId('preflight').locator('[data-rule="special.food"]');
  await expect(food).toContainText('TEA-50: food to United States needs');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(food).toContainText('寄往美国的食品需要');
  await expect(food).not.toContainText(/寄往 ?US/);
});
