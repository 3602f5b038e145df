import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';
import { loadDemo } from './demo-screens';

test('edit a product’s inspection plan (level, stricter major AQL, numeric check), and the next inspection uses it', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, core } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async (method: string, input: unknown) => {
    const r = await core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number };
  };
  const product = await call('products.create', { sku: 'BOT-05', name: 'Steel water bottle 500 ml' });
  const supplier = await call('suppliers.create', { name: 'Yongkang Steelware', country: 'CN' });
  await call('productSuppliers.set', { productId: product.id, supplierId: supplier.id, isDefault: true });
  const lot = await call('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 500, quantityReceived: 500, receivedDate: '2026-11-02', poReference: 'PO-500' });

  // Defaults first: level II, lot of 500 → H, n = 50; major AQL 2.5 → Ac 3 / Re 4.
  await app.open(`/quality/lots/${lot.id}/inspect`);
  await expect(page.getByTestId('plan-line')).toContainText('draw 50 units');
  await expect(page.getByTestId('class-major')).toContainText('accept ≤ 3 · reject ≥ 4');

  // From the lot, open the product's plan.
  await app.open(`/quality/lots/${lot.id}`);
  await page.getByRole('link', { name: 'Inspection plan', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Inspection plan · BOT-05/ })).toBeVisible();
  await expect(page.getByText('No plan saved yet')).toBeVisible();
  await expect(page.getByTestId('switching-list')).toContainText('Yongkang Steelware');
  await expect(page.getByTestId('switching-list')).toContainText('normal');

  await page.getByLabel('Inspection level').selectOption('III');
  await page.getByLabel('AQL for major defects').selectOption('1');
  // Two checks; the numeric one first with its limits reversed: the core's error shows at Maximum.
  await page.getByRole('button', { name: '+ Add a check' }).click();
  await page.getByTestId('check-0').getByLabel('What to check').fill('Lid seals, no leak');
  await page.getByRole('button', { name: '+ Add a check' }).click();
  const numeric = page.getByTestId('check-1');
  await numeric.getByLabel('What to check').fill('Volume');
  await numeric.getByLabel('Key').fill('volume');
  await numeric.getByLabel('Kind').selectOption('numeric');
  await numeric.getByLabel('Minimum').fill('510');
  await numeric.getByLabel('Maximum').fill('490');
  await numeric.getByLabel('Unit').fill('ml');
  await numeric.getByLabel('Photo required').check();
  await page.getByRole('button', { name: 'Move check 2 up' }).click();
  await expect(page.getByTestId('check-0').getByLabel('What to check')).toHaveValue('Volume');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByTestId('check-0').locator('[data-field="checklist.0.max"]').getByRole('alert')).toHaveText('The maximum is below the minimum.');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-error-en.png'), fullPage: true });
  await page.getByTestId('check-0').getByLabel('Minimum').fill('490');
  await page.getByTestId('check-0').getByLabel('Maximum').fill('510');
  // A third check, removed again.
  await page.getByRole('button', { name: '+ Add a check' }).click();
  await page.getByRole('button', { name: 'Remove check 3' }).click();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByTestId('form-banner')).toContainText('Plan saved');
  await expect(page.getByText('Saved plan.')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-en.png'), fullPage: true });
  await page.getByRole('heading', { name: /Inspection plan · BOT-05/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-top-en.png') });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: /检验方案 · BOT-05/ })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-top-zh.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  const saved = (await core.api.call('inspectionPlans.get', { productId: product.id })) as { ok: true; value: { level: string; aql: Record<string, number>; checklist: { key: string; kind: string; min: number; max: number; unit: string; photoRequired: boolean }[] } };
  expect(saved.value.level).toBe('III');
  expect(saved.value.aql).toEqual({ critical: 0, major: 1, minor: 4 });
  expect(saved.value.checklist).toMatchObject([
    { key: 'volume', kind: 'numeric', min: 490, max: 510, unit: 'ml', photoRequired: true },
    { key: 'check-1', kind: 'pass_fail', photoRequired: false },
  ]);

  // The inspection uses the new plan: level III, lot of 500 → J, n = 80; major AQL 1.0 → Ac 2 / Re 3.
  await app.open(`/quality/lots/${lot.id}/inspect`);
  await expect(page.getByTestId('plan-line')).toContainText('level III');
  await expect(page.getByTestId('plan-line')).toContainText('draw 80 units');
  await expect(page.getByTestId('class-major')).toContainText('AQL 1 · sample 80 · accept ≤ 2 · reject ≥ 3');
  await expect(page.getByLabel('Volume')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plan-inspect-en.png'), fullPage: true });
});

test('the plans screen lists the products with a plan of their own (SKU, name, level, AQLs, checks) and a click opens one; none yet says every product uses the defaults', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  await loadDemo(app);
  // The demo saves no plan: every product uses the defaults, and the screen says so.
  await app.open('/quality/plans');
  await expect(page.getByRole('grid', { name: 'Products with their own plan' })).toContainText('No product has its own plan yet: every product uses the defaults.');
  const products = await app.call('products.list', { limit: 3 });
  if (!products.ok) throw new Error(JSON.stringify(products.error));
  const [a, b] = (products.value as { items: { id: number; sku: string; name: string }[] }).items;
  for (const [p, input] of [[a!, { level: 'III', aql: { major: 1 }, checklist: [{ key: 'seal', label: 'Seal intact', kind: 'pass_fail' }, { key: 'size', label: 'Size', kind: 'numeric', min: 1, max: 2 }] }], [b!, { aql: { minor: 6.5 } }]] as const) {
    const r = await app.call('inspectionPlans.set', { productId: p.id, ...input });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  await page.reload();
  const grid = page.getByRole('grid', { name: 'Products with their own plan' });
  await expect(page.getByTestId('plan-count')).toHaveText('2 products have their own plan');
  // by SKU: the two products, no other
  const [first, second] = [a!, b!].sort((x, y) => x.sku.localeCompare(y.sku, 'en', { sensitivity: 'base' }));
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(first!.sku);
  await expect(rows.nth(2)).toContainText(second!.sku);
  const rowA = rows.filter({ hasText: a!.sku });
  await expect(rowA).toContainText(a!.name);
  await expect(rowA).toContainText('III');
  await expect(rowA).toContainText('0 / 1 / 4');
  await expect(rows.filter({ hasText: b!.sku })).toContainText('0 / 2.5 / 6.5');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plans-list-en.png') });
  await rowA.click();
  await expect(page).toHaveURL(new RegExp(`#/quality/plans/${a!.id}$`));
  await expect(page.getByRole('heading', { name: new RegExp(`Inspection plan · ${a!.sku}`) })).toBeVisible();
  await expect(page.getByText('Saved plan.')).toBeVisible();
  await page.getByRole('button', { name: '简体中文' }).click();
  await app.open('/quality/plans');
  await expect(page.getByTestId('plan-count')).toHaveText('2 个商品有自己的方案');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-plans-list-zh.png') });
  await page.getByRole('button', { name: 'English' }).click();
});
