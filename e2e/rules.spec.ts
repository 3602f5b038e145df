import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { coreCall } from './call';
import { ARTIFACTS, expect, test } from './harness';

test('preflight rules: create "HS prefix 3303 to AU → block" with field errors first, see it listed and fire in a shipment, edit, remove (en + zh)', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = coreCall(app);

  await app.open('/shipments');
  await page.getByRole('link', { name: 'Preflight rules' }).click();
  await expect(page.getByRole('heading', { name: 'Preflight rules' })).toBeVisible();
  await expect(page.getByText('No rules of your own yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New rule' }).click();
  const form = page.getByRole('form', { name: 'New rule' });
  await form.getByLabel('Applies to').selectOption('hs_prefix');
  await form.getByLabel('HS prefix').fill('33x');
  await form.getByLabel('Destination').selectOption('AU');
  await form.getByLabel('Effect').selectOption('block');
  await form.getByRole('button', { name: 'Create rule' }).click();
  // Errors at the fields: a bad prefix, no message.
  await expect(form.locator('[data-field="hsPrefix"] .field-error')).toBeVisible();
  await expect(form.locator('[data-field="message"] .field-error')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'rules-1-errors-en.png'), fullPage: true });
  await form.getByLabel('HS prefix').fill('3303');
  await form.getByLabel('Message shown in the preflight').fill('Perfume cannot go by air to Australia: send by sea or not at all');
  await form.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByRole('status')).toHaveText('Rule saved.');
  const row = page.getByRole('row').filter({ hasText: 'HS codes starting 3303' });
  await expect(row).toContainText('Australia');
  // A finding's severity as the counts say it ('2 blocking'), not the verb 'Block'.
  await expect(row).toContainText('Blocking');
  // Its effect and whether it is on as the app's badges, like every other list's statuses (was bare
  // grey capitals "BLOCKING" and a plain "On")
  await expect(row.locator('[data-col="severity"] .badge')).toHaveClass(/\bdanger\b/);
  await expect(row.locator('[data-col="severity"] .badge')).toHaveText('Blocking');
  await expect(row.locator('[data-col="active"] .badge')).toHaveClass(/\bok\b/);
  await expect(row.locator('[data-col="active"] .badge')).toHaveText('On');
  await expect(page.getByTestId('rule-count')).toHaveText('1 rule');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-2-listed-en.png'), fullPage: true });

  // It fires in the preflight of a shipment of perfume to Australia.
  const perfume = await call('products.create', { sku: 'PF-50', name: 'Eau de parfum 50 ml', hsCode: '330300', originCountry: 'FR', unitNetWeightG: 180, unitValue: 3500, currency: 'AUD' });
  const shipment = await call('shipments.create', {
    consignee: { name: 'Mia Wong', addressLines: ['12 George St'], city: 'Sydney', postcode: '2000', country: 'AU' }, currency: 'AUD', parcels: [{ grossWeightG: 400 }],
  });
  await call('shipments.addItem', { id: shipment.id, productId: perfume.id, quantity: 1 });
  const rule = (await call<{ items: { id: number }[] }>('rules.list', {})).items[0]!;
  await app.open(`/shipments/${shipment.id}`);
  await expect(page.locator(`[data-rule="seller.${rule.id}"]`)).toContainText('Perfume cannot go by air to Australia');

  // In Chinese; edit (turn it into a warning), then remove with confirmation.
  await app.open('/shipments/rules');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '预检规则' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: 'HS 编码以 3303 开头' }).click();
  const edit = page.getByRole('form', { name: '编辑规则' });
  await edit.getByLabel('效果').selectOption('warn');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-3-edit-zh.png'), fullPage: true });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'HS 编码以 3303 开头' })).toContainText('警告');
  await expect(page.getByRole('row').filter({ hasText: 'HS 编码以 3303 开头' }).locator('[data-col="severity"] .badge')).toHaveClass(/\bwarn\b/);
  await page.getByRole('row').filter({ hasText: 'HS 编码以 3303 开头' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toContainText('删除此规则？');
  await page.screenshot({ path: join(ARTIFACTS, 'rules-4-confirm-zh.png'), fullPage: true });
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByText('还没有自定义规则。')).toBeVisible();
  expect((await call<{ total: number }>('rules.list', {})).total).toBe(0);
});
