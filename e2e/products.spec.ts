import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

test('a seller adds a product, finds it, corrects it, sees field errors, switches to Chinese, and it is still there after reload', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  await app.open('/catalog');
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  await expect(page.getByText('No products yet')).toBeVisible();

  // Add a product through the form.
  await page.getByRole('link', { name: 'New product' }).click();
  await page.getByLabel('SKU').fill('BT-HP-001');
  await page.getByLabel('Name (English customs description)').fill('Bluetooth headphones, over-ear');
  await page.getByLabel('Local name').fill('蓝牙头戴式耳机');
  await page.getByLabel('HS code').fill('8518.30');
  await page.getByLabel('Country of origin').selectOption('CN');
  await page.getByLabel('Unit net weight (g)').fill('250');
  await page.getByLabel('Unit value').fill('24.90');
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Product created.');
  await expect(page.getByRole('heading', { name: 'Edit BT-HP-001' })).toBeVisible();

  // A second product, so that search has something to leave out.
  const other = await app.core.api.call('products.create', { sku: 'TS-001', name: 'Cotton T-shirt', localName: '纯棉T恤' });
  expect(other.ok).toBe(true);

  // Find it by search: by English word prefix and by Chinese characters from the middle of the name.
  await page.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('2 products');
  await page.getByRole('searchbox', { name: 'Search products' }).fill('headph');
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await expect(page.getByRole('row').filter({ hasText: 'BT-HP-001' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search products' }).fill('耳机');
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await page.screenshot({ path: join(ARTIFACTS, 'products-list-en.png') });

  // Edit it: a bad HS code is shown at its field, nothing is saved.
  await page.getByRole('row').filter({ hasText: 'BT-HP-001' }).click();
  await expect(page.getByLabel('HS code')).toHaveValue('851830');
  await page.getByLabel('HS code').fill('85A830');
  await page.getByRole('button', { name: 'Save' }).click();
  const hsField = page.locator('[data-field="hsCode"]');
  await expect(hsField.getByRole('alert')).toHaveText('An HS code has only digits (dots and spaces are ignored).');
  await expect(page.getByLabel('HS code')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('HS code').fill('7712.34');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(hsField.getByRole('alert')).toHaveText('No HS chapter starts with these two digits (01–97, except 77).');
  await page.screenshot({ path: join(ARTIFACTS, 'product-form-error-en.png'), fullPage: true });
  const stored = await app.core.api.call('products.get', { id: 1 });
  expect(stored.ok && (stored.value as { hsCode: string }).hsCode).toBe('851830');

  // A correct edit is saved.
  await page.getByLabel('HS code').fill('8518.30.00');
  await page.getByLabel('Unit value').fill('19.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Changes saved.');
  await expect(page.getByLabel('Unit value')).toHaveValue('19.50');

  // Switch to Chinese: the screen speaks Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '编辑 BT-HP-001' })).toBeVisible();
  await expect(page.getByLabel('名称（英文报关品名）')).toHaveValue('Bluetooth headphones, over-ear');
  await page.getByRole('link', { name: '商品目录' }).click();
  await expect(page.getByRole('heading', { name: '商品' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索商品' }).fill('');
  await expect(page.getByTestId('product-count')).toHaveText('2 个商品');
  await page.screenshot({ path: join(ARTIFACTS, 'products-list-zh.png') });

  // Reload: still Chinese, still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: '商品' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'BT-HP-001' })).toContainText('蓝牙头戴式耳机');
  await expect(page.getByRole('row').filter({ hasText: 'BT-HP-001' })).toContainText('US$19.50');
});

test('duplicate SKU and missing fields are shown at their fields; archive and restore', async ({ app }) => {
  const { page } = app;
  await app.core.api.call('products.create', { sku: 'MUG-1', name: 'Ceramic mug' });
  await app.open('/catalog/new');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="sku"]').getByRole('alert')).toHaveText('This field is required.');
  await expect(page.locator('[data-field="name"]').getByRole('alert')).toHaveText('This field is required.');
  await expect(page.getByTestId('form-banner')).toHaveText('Please fix the 2 highlighted fields.');
  await page.getByLabel('SKU').fill('mug-1');
  await page.getByLabel('Name (English customs description)').fill('<b>Mug</b>\'; DROP TABLE products;--');
  await page.getByLabel('Unit net weight (g)').fill('12.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="unitNetWeightG"]').getByRole('alert')).toHaveText('Enter a whole number.');
  await page.getByLabel('Unit net weight (g)').fill('-3');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="unitNetWeightG"]').getByRole('alert')).toHaveText('Must not be negative.');
  await page.getByLabel('Unit net weight (g)').fill('300');
  // Yen have no decimals: the message asks for a whole amount (not "such as 12.50 … at most 0 decimals").
  await page.getByLabel('Currency').selectOption('JPY');
  await page.getByLabel('Unit value').fill('12.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="unitValue"]').getByRole('alert')).toHaveText('Enter a whole amount, such as 1200 or 1,200: this currency has no decimals.');
  await page.getByLabel('Unit value').fill('1200');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="sku"]').getByRole('alert')).toHaveText('Another product already uses this SKU.');
  await page.getByLabel('SKU').fill('MUG-2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Product created.');

  // HTML is shown as text, not markup.
  await page.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'MUG-2' })).toContainText('<b>Mug</b>\'; DROP TABLE products;--');

  await page.getByRole('row').filter({ hasText: 'MUG-2' }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Product archived.');
  await page.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await page.getByRole('button', { name: 'Archived' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'MUG-2' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: 'MUG-2' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Product restored.');
});

test('a call with a malformed payload from the page is refused with a validation error', async ({ app }) => {
  await app.open('/');
  // The page has only the thin invoke the preload exposes (the typed client lives in the renderer's bundle).
  const result = await app.page.evaluate(() => window.clearpackInvoke('products.create', { sku: 42, name: ['x'], extra: true }));
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  const paths = (result as { error: { details: { issues: { path: string }[] } } }).error.details.issues.map((i) => i.path).sort();
  expect(paths).toEqual(['extra', 'name', 'sku']);
  const raw = await app.page.evaluate(() => window.__clearpackInvoke('products.nope', {}));
  expect(raw).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  const list = await app.core.api.call('products.list', {});
  expect(list).toMatchObject({ ok: true, value: { total: 0 } });
});

test('a record that does not exist (a stale link) says so and leads back to its list, in every area', async ({ app }) => {
  const { page } = app;
  const cases: [path: string, text: RegExp, list: RegExp][] = [
    ['/catalog/999999', /does not exist/, /#\/catalog$/],
    ['/suppliers/999999', /This supplier does not exist/, /#\/suppliers$/],
    ['/certificates/999999', /This certificate does not exist/, /#\/certificates$/],
    ['/quality/lots/999999', /This lot does not exist/, /#\/quality$/],
    ['/shipments/999999', /This shipment does not exist/, /#\/shipments$/],
    ['/after-sales/999999', /This case does not exist/, /#\/after-sales$/],
    ['/claims/999999', /This claim does not exist/, /#\/claims$/],
    ['/quality/suppliers/999999', /This supplier does not exist/, /#\/quality\/scorecards$/],
  ];
  for (const [path, text, list] of cases) {
    await app.open(path);
    await expect(page.getByRole('alert')).toHaveText(text);
    await page.locator('main').getByRole('link', { name: /^Back to / }).click();
    await expect(page).toHaveURL(list);
  }
  await page.getByRole('button', { name: '简体中文' }).click();
  await app.open('/suppliers/999999');
  await expect(page.getByRole('alert')).toHaveText('该供应商不存在。');
  await page.screenshot({ path: join(ARTIFACTS, 'not-found-supplier-zh.png') });
});
