// Issue 15 point 1 in the real UI: the seller chooses the designated operator (on the shipment or as
// the default in Settings), the tracking number is recognised as a UPU S10 item number (a wrong
// check digit is said next to the field and in the preflight), in English and Chinese.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

test('designated operator and S10 item number on the shipment and in Settings, with the preflight, en and zh', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async (method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number };
  };
  const product = await call('products.create', {
    sku: 'BT-HP-001', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD',
  });
  const s = await call('shipments.create', {
    consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' }, invoiceNumber: 'INV-1', orderRefs: ['#1'],
    items: [{ productId: product.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }],
  });

  await app.open(`/shipments/${s.id}`);
  const operator = page.getByLabel('Designated operator (postal carrier)');
  await expect(operator).toHaveValue('');
  await expect(page.locator('[data-rule="postal.operator_missing"]')).toBeVisible();
  // The fix names the field that clears it by its label, in both languages (the Chinese said 选择承运商,
  // which is the free-text carrier field, not this one).
  for (const lang of ['简体中文', 'English']) {
    await page.getByRole('button', { name: lang }).click();
    const label = (await page.locator('[data-field="postalOperator"] label').first().innerText()).replace(/\s*\*$/, '').trim();
    expect(label).toMatch(/Designated operator|指定邮政经营者/);
    await expect(page.locator('[data-rule="postal.operator_missing"] .finding-fix')).toContainText(`“${label}”`);
  }
  // A wrong check digit: said under the field and in the preflight.
  await page.getByLabel('Tracking number').fill('LX123456789CN');
  await page.getByLabel('Tracking number').press('Tab');
  await expect(page.locator('[data-field="trackingNumber"]')).toContainText('the check digit should be 5');
  await expect(page.locator('[data-rule="postal.s10_check_digit"]')).toContainText('it should be 5');
  await operator.selectOption('CN-POST');
  await expect(page.locator('[data-rule="postal.operator_missing"]')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'shipment-postal-operator-s10-wrong-en.png'), fullPage: true });
  await page.getByLabel('Tracking number').fill('LX123456785CN');
  await page.getByLabel('Tracking number').press('Tab');
  await expect(page.locator('[data-field="trackingNumber"]')).toContainText('UPU S10 item number (CN), check digit correct');
  await expect(page.locator('[data-rule="postal.s10_check_digit"]')).toHaveCount(0);
  await expect.poll(async () => {
    const r = await app.core.api.call('shipments.get', { id: s.id });
    return r.ok ? (r.value as { postalOperator: string | null; trackingNumber: string | null }) : null;
  }).toMatchObject({ postalOperator: 'CN-POST', trackingNumber: 'LX123456785CN' });

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByLabel('指定邮政经营者（邮政承运商）')).toHaveValue('CN-POST');
  // By its Chinese name on the shipment too (was 'China Post（CN）' in the Chinese UI).
  await expect(page.getByLabel('指定邮政经营者（邮政承运商）').locator('option:checked')).toHaveText('中国邮政（CN）');
  await expect(page.locator('[data-field="trackingNumber"]')).toContainText('校验位正确');
  await page.screenshot({ path: join(ARTIFACTS, 'shipment-postal-operator-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  // The default in Settings: chosen there, offered as the empty choice on the shipment.
  await app.open('/settings');
  await page.getByLabel('Default designated operator').selectOption('GB-RM');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-banner')).toHaveText('Seller profile saved.');
  const p = await app.core.api.call('settings.get', {});
  expect(p.ok && p.value).toMatchObject({ defaultPostalOperator: 'GB-RM' });
  await page.locator('[data-field="defaultPostalOperator"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-postal-operator-en.png'), fullPage: true });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByLabel('默认指定邮政经营者')).toHaveValue('GB-RM');
  // The operators by their Chinese names (was 'Royal Mail（GB）', 'China Post（CN）' in the Chinese UI).
  await expect(page.getByLabel('默认指定邮政经营者').locator('option:checked')).toHaveText('英国皇家邮政（GB）');
  await expect(page.getByLabel('默认指定邮政经营者').locator('option[value="CN-POST"]')).toHaveText('中国邮政（CN）');
  await page.screenshot({ path: join(ARTIFACTS, 'settings-postal-operator-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  await app.open(`/shipments/${s.id}`);
  await operator.selectOption('');
  await expect(operator.locator('option').first()).toHaveText('Seller’s default: Royal Mail');
  await expect(page.locator('[data-rule="postal.operator_missing"]')).toHaveCount(0);
});
