// Orders in (#14): a Shopify orders export imported in the UI — checked first (orders found,
// left out and why), imported as draft shipments, two ready and one blocked by the preflight,
// each a link to its editor — and the ready ones printed as a batch. Screenshots in en and zh.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';
import { expectInSight } from './in-sight';

const FIXTURE = resolve(import.meta.dirname, '../test/fixtures/orders/shopify_orders_export.csv');

test('a seller imports a Shopify orders export: two ready, one blocked, and prints the ready ones', async ({ app }) => {
  const { page } = app;
  // 1024×700: the report appears below the fold and scrolls itself into view (components/Shown).
  await page.setViewportSize({ width: 1024, height: 700 });
  mkdirSync(ARTIFACTS, { recursive: true });
  const demo = await app.call('demo.load', {});
  expect(demo.ok).toBe(true);

  await app.open('/shipments');
  await page.getByRole('link', { name: 'Import orders…' }).click();
  await expect(page.getByRole('heading', { name: 'Import orders' })).toBeVisible();
  // The demo's order files are offered; this test types the path of its own export.
  await expect(page.getByRole('button', { name: 'a Shopify orders export' })).toBeVisible();
  // The platforms' files named alike: "orders export", "orders report" (was 'a WooCommerce order export', 'an Amazon order report').
  await expect(page.getByRole('button', { name: 'a WooCommerce orders export' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'an Amazon orders report' })).toBeVisible();
  await page.getByLabel('Path of the file').fill(FIXTURE);
  await page.screenshot({ path: join(ARTIFACTS, 'orders-0-screen-en.png') });
  await page.getByRole('button', { name: 'Read file' }).click();

  await expect(page.getByTestId('orders-format')).toHaveText('Recognised as a Shopify orders export.');
  const summary = page.getByTestId('orders-summary');
  await expect(summary).toHaveText('6 orders in the file: 3 to ship, 0 with problems.');
  await expect(page.getByTestId('orders-skipped')).toHaveText('Left out: 1 cancelled, 1 refunded, 1 already shipped.');
  await expect(page.getByText('1 line needs no shipping (gift card, download) and is left out.')).toBeVisible();
  await expectInSight(page.getByTestId('orders-report'), 'the orders’ report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'orders-1-checked-en.png') });

  await page.getByTestId('orders-import').click();
  await expect(page.getByTestId('orders-done')).toHaveText('3 draft shipments created.');
  const ready = page.getByTestId('orders-ready');
  const blocked = page.getByTestId('orders-blocked');
  await expect(ready.getByRole('heading')).toHaveText('Ready (2)');
  await expect(ready.locator(':scope > ul > li')).toHaveCount(2);
  await expect(ready).toContainText('#2001');
  await expect(ready).toContainText('José Álvarez');
  await expect(blocked.getByRole('heading')).toHaveText('Blocked by the preflight (1)');
  await expect(blocked).toContainText('#2003');
  await expect(blocked).toContainText('it ships as a battery alone (UN3480)');
  await page.getByTestId('orders-report').screenshot({ path: join(ARTIFACTS, 'orders-2-imported-en.png') });

  // The same in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '导入订单' })).toBeVisible();
  // One word for each state, as the shipments say it (were 就绪, 已阻止 and 被预检阻止), a Chinese
  // list (was '1 个已取消, 1 个已退款') and a print button that says what it prints (was '打印就绪的 2 个').
  await expect(page.getByTestId('orders-ready').getByRole('heading')).toHaveText('可发货（2）');
  await expect(page.getByTestId('orders-ready').locator('.badge').first()).toHaveText('可发货');
  await expect(page.getByTestId('orders-blocked').getByRole('heading')).toHaveText('预检受阻（1）');
  await expect(page.getByTestId('orders-blocked').locator('.badge').first()).toHaveText('受阻');
  await expect(page.getByTestId('orders-skipped')).toHaveText('未导入：1 个已取消、1 个已退款、1 个已发货。');
  await expect(page.getByTestId('orders-print-ready')).toHaveText('打印这 2 个可发货的货件');
  await expect(page.getByTestId('orders-done')).toHaveText('已创建 3 个草稿货件。');
  await page.screenshot({ path: join(ARTIFACTS, 'orders-0-screen-zh.png') });
  await page.getByTestId('orders-report').screenshot({ path: join(ARTIFACTS, 'orders-2-imported-zh.png') });
  await page.getByRole('button', { name: 'English' }).click();

  // Print the ready ones: the batch of those two only.
  const out = mkdtempSync(join(tmpdir(), 'clearpack-orders-packs-'));
  await page.getByTestId('orders-print-ready').click();
  const batch = page.getByTestId('batch-print');
  await batch.getByLabel('Output folder (one PDF per shipment)').fill(out);
  await batch.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('batch-result')).toContainText('2 of 2 packs built.');
  const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
  expect(pdfs).toHaveLength(2);
  await page.getByTestId('orders-report').screenshot({ path: join(ARTIFACTS, 'orders-3-printed-en.png') });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(out, pdfs.sort()[0]!), join(ARTIFACTS, 'orders-pack')]);

  // Each is a link to its editor, where the order number is kept.
  await page.getByTestId('orders-blocked').getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/shipments\/\d+$/);
  await expect(page.getByTestId('preflight-summary')).toBeVisible();

  // The same file again: nothing new, and it says so.
  await app.open('/shipments/import-orders');
  await page.getByLabel('Path of the file').fill(FIXTURE);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByTestId('orders-summary')).toHaveText('6 orders in the file: 0 to ship, 0 with problems.');
  await expect(page.getByTestId('orders-skipped')).toContainText('3 already imported');
  await expect(page.getByTestId('orders-import')).toBeDisabled();
});

test('orders with problems: listed per order, nothing imported until fixed or left out (en, zh)', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  await app.call('demo.load', {});
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-orders-bad-'));
  const path = join(dir, 'orders.csv');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, [
    'Order No,Recipient,Address,City,Postcode,Country,SKU,Qty,Unit price,Currency,Shipping',
    'W-1,Anna Schmidt,Hauptstraße 5,Berlin,10115,Deutschland,HM-MG-CER,1,12.90,EUR,4.90',
    'W-2,Ben Hill,1 Main St,Boston,02108,Narnia,HM-MG-CER,1,12.90,USD,4.90',
    'W-3,Chloé Dubois,2 rue Haute,Paris,75001,France,NOPE-9,1,12.90,EUR,4.90',
  ].join('\n'));
  await app.open('/shipments/import-orders');
  await page.getByLabel('Path of the file').fill(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByTestId('orders-summary')).toHaveText('3 orders in the file: 1 to ship, 2 with problems.');
  const problems = page.getByTestId('orders-problems');
  await expect(problems.getByRole('row').nth(1)).toContainText('W-2');
  await expect(problems.getByRole('row').nth(1)).toContainText('“Narnia” is not a country.');
  await expect(problems.getByRole('row').nth(2)).toContainText('No product in the catalog has the SKU “NOPE-9”.');
  await expect(page.getByTestId('orders-import')).toBeDisabled();
  await page.getByTestId('orders-report').screenshot({ path: join(ARTIFACTS, 'orders-4-problems-en.png') });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(problems.getByRole('row').nth(1)).toContainText('“Narnia”不是国家。');
  await page.getByTestId('orders-report').screenshot({ path: join(ARTIFACTS, 'orders-4-problems-zh.png') });
  await page.getByRole('button', { name: 'English' }).click();

  // Leave the bad ones out: the good one is imported.
  await page.getByLabel('Import the good orders and leave the ones with problems out').check();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByTestId('orders-import')).toBeEnabled();
  await page.getByTestId('orders-import').click();
  await expect(page.getByTestId('orders-done')).toHaveText('1 draft shipment created.');
});
