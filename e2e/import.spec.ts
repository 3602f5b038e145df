import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCoreHost } from '../src/core/host/start';
import { waitForJob } from './call';
import type { ImportReport } from '../src/shared/imports';
import { ARTIFACTS, expect, test } from './harness';
import { expectInSight } from './in-sight';

const ZH_DUPLICATE = '其他商品已使用此 SKU。';
const HEADER = 'Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Cost per item,Variant Barcode';
const shopify = (firstGrams: string) =>
  `\uFEFF${[
    HEADER,
    `panda-plush,熊猫毛绒玩具 Panda plush,"<p>柔软的毛绒熊猫。</p>\r\n<p>Soft panda, 30 cm.</p>",成都玩具厂,Size,Small,PANDA-S,${firstGrams},14.90,4.10,6900000000011`,
    'panda-plush,,,,,Large,PANDA-L,450,24.90,6.80,6900000000028',
  ].join('\r\n')}\r\n`;

test('import wizard: a Shopify export with Chinese text, a multi-line Body and a variant — dry run shows the bad row, a good commit fills the catalog', async ({ app }) => {
  const { page } = app;
  // 1024×700: the report appears below the fold and scrolls itself into view (components/Shown).
  await page.setViewportSize({ width: 1024, height: 700 });
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(app.dataDir, 'products_export.csv');
  writeFileSync(path, shopify('-280'));

  await app.open('/catalog');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import products from CSV' })).toBeVisible();
  await page.getByLabel('Path of the file (CSV or Excel workbook)').fill(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByTestId('import-format')).toContainText('Shopify product export');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('Variant SKU');
  await expect(page.getByLabel('Unit net weight', { exact: true })).toHaveValue('Variant Grams');
  await expect(page.getByLabel('Text encoding')).toHaveValue('utf-8');
  await page.getByLabel('Currency of prices').selectOption('EUR');
  await expect(page.getByLabel(/Link each product to the supplier/)).toBeChecked();
  await expect(page.getByLabel('Country of new suppliers')).toHaveValue('CN');
  await page.screenshot({ path: join(ARTIFACTS, 'import-1-mapping-en.png'), fullPage: true });
  await page.locator('.vendor-link').screenshot({ path: join(ARTIFACTS, 'import-1-vendors-en.png') });

  // Dry run: the negative weight on row 2 is shown with its column and why.
  await page.getByRole('button', { name: 'Check every row' }).click();
  const errors = page.getByRole('table', { name: 'Problems by row' });
  await expect(errors.getByRole('row').nth(1)).toContainText('2');
  await expect(errors.getByRole('row').nth(1)).toContainText('Variant Grams');
  await expect(errors.getByRole('row').nth(1)).toContainText('Must not be negative.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-2-dry-run-errors-en.png') });

  // The same in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(errors).toHaveCount(0);
  await expect(page.getByRole('table', { name: '各行的问题' }).getByRole('row').nth(1)).toContainText('不能为负数');
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-2-dry-run-errors-zh.png') });
  await page.getByRole('button', { name: 'English' }).click();
  expect((await app.core.api.call('products.list', {})).ok && ((await app.core.api.call('products.list', {})) as { value: { total: number } }).value.total).toBe(0);

  // Corrected file: read again, check, import.
  writeFileSync(path, shopify('280'));
  await page.getByRole('button', { name: 'Read file' }).click();
  await page.getByLabel('Currency of prices').selectOption('EUR');
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByTestId('import-result')).toContainText('All rows are good: 2 products are ready to import');
  // The skipped rows are counted only where there are some (the line below the banner): never "0 rows … skipped".
  await expect(page.getByTestId('import-result')).not.toContainText(/\b0 rows\b/);
  // Two counts in one sentence, each said as a figure after its label: never "1 new suppliers".
  await expect(page.getByTestId('import-vendors')).toHaveText('Vendors: 成都玩具厂 (2). Matching existing suppliers: 0; new suppliers to create: 1.');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('2 products imported.');
  await expect(page.getByTestId('import-result')).toContainText('成都玩具厂 (2)');
  // Vendor linking is on by default: the vendor became a supplier (in China, as the wizard said) with both products.
  await expect(page.getByTestId('import-vendors')).toContainText('2 products linked to their suppliers');
  const vendor = await app.core.api.call('suppliers.list', { query: '成都' });
  expect(vendor.ok && (vendor.value as { items: { name: string; country: string; productCount: number }[] }).items).toMatchObject([{ name: '成都玩具厂', country: 'CN', productCount: 2 }]);
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-3-done-en.png') });

  await page.getByRole('link', { name: 'Open the catalog' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('2 products');
  await expect(page.getByRole('row').filter({ hasText: 'PANDA-L' })).toContainText('熊猫毛绒玩具 Panda plush - Large');
  await expect(page.getByRole('row').filter({ hasText: 'PANDA-S' })).toContainText('€14.90');
  const stored = await app.core.api.call('products.list', { query: '熊猫', sort: 'sku' });
  expect(stored.ok && (stored.value as { items: { description: string }[] }).items[0]!.description).toBe('柔软的毛绒熊猫。\n\nSoft panda, 30 cm.');

  // Wizard in Chinese, with the job's progress and result.
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('link', { name: '导入 CSV' }).click();
  await page.getByLabel('文件路径（CSV 或 Excel 工作簿）').fill(path);
  await page.getByRole('button', { name: '读取文件' }).click();
  // Shopify's export has no currency column: the seller says it (no saved profile currency to fall back on).
  await page.getByLabel('价格币种').selectOption('EUR');
  await page.getByRole('button', { name: '检查所有行' }).click();
  await expect(page.getByTestId('import-format')).toContainText('Shopify 商品导出文件');
  // Importing the same file again: both SKUs are already in the catalog.
  await expect(page.getByRole('table', { name: '各行的问题' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('table', { name: '各行的问题' })).toContainText(ZH_DUPLICATE);
  await page.screenshot({ path: join(ARTIFACTS, 'import-1-mapping-zh.png') });
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-4-duplicates-zh.png') });
});

test('import wizard: a Windows-1252 semicolon CSV with decimal commas — the encoding shown and changeable, the weight unit asked, right values stored', async ({ app }) => {
  const { page } = app;
  const path = join(app.dataDir, 'export-excel-fr.csv');
  // As Excel on French Windows saves "CSV (séparateur : point-virgule)": Windows-1252, semicolons, decimal commas.
  writeFileSync(path, Buffer.from('sku;name;weight;price;currency\r\nFR-1;Caf\xe9 cr\xe8me;1,5;12,50;EUR\r\nFR-2;Th\xe9i\xe8re;0,75;1.299,90;EUR\r\n', 'latin1'));

  await app.open('/catalog/import');
  await page.getByLabel('Path of the file (CSV or Excel workbook)').fill(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  const encoding = page.getByLabel('Text encoding');
  await expect(encoding).toHaveValue('windows-1252');
  await page.getByText(/First \d+ rows of the file/).click();
  await expect(page.locator('details .preview-scroll')).toContainText('Café crème');
  await expect(page.getByText('Numbers in this file use a decimal comma (12,50).')).toBeVisible();
  // Another encoding reads the file again in it: the seller sees what would be stored.
  await encoding.selectOption('windows-1250');
  await expect(page.locator('details .preview-scroll')).toContainText('Café crčme');
  await encoding.selectOption('windows-1252');
  await expect(page.locator('details .preview-scroll')).toContainText('Café crème');

  // The file does not say the unit of "weight": the check refuses it until the seller says.
  await expect(page.locator('[data-field="weightUnit"]')).toContainText('The file does not say the unit of its weights');
  await page.getByRole('button', { name: 'Check every row' }).click();
  // A job in a worker thread: on a busy machine it may take a while to start.
  await expect(page.getByRole('table', { name: 'Problems by row' })).toContainText('The file does not say the unit of the weights in "weight"', { timeout: 60_000 });
  await page.getByLabel('Unit of the weights').selectOption('kg');
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByTestId('import-result')).toContainText('All rows are good: 2 products are ready to import', { timeout: 60_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'import-6-windows-1252-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('2 products imported.', { timeout: 60_000 });
  const stored = await app.core.api.call('products.list', { sort: 'sku' });
  expect(stored.ok && (stored.value as { items: { name: string; unitNetWeightG: number; unitValue: number; currency: string }[] }).items.map((p) => [p.name, p.unitNetWeightG, p.unitValue, p.currency]))
    .toEqual([['Café crème', 1500, 1250, 'EUR'], ['Théière', 750, 129990, 'EUR']]);
});

test('first run: the empty catalog offers the demo; export writes the catalog to CSV with progress', async ({ app }) => {
  const { page } = app;
  await app.open('/catalog');
  await expect(page.getByTestId('demo-choice')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'demo-choice-en.png') });
  await page.getByRole('button', { name: 'Fill with demo data' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('37 products');
  await expect(page.getByTestId('demo-choice')).toHaveCount(0);

  await page.getByRole('link', { name: 'Export CSV' }).click();
  const out = join(app.dataDir, 'catalog.csv');
  await page.getByLabel('Save as (full path)').fill(join(app.dataDir, 'no-such-folder', 'x.csv'));
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.locator('[data-field="path"]').getByRole('alert')).toHaveText('This folder does not exist.');
  await page.getByLabel('Save as (full path)').fill(out);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-result')).toContainText('37 products written to');
  expect(readFileSync(out, 'utf8')).toContain('蓝牙头戴式耳机');

  // A typed path onto a file that is there: kept, the message next to the field with the way out.
  const field = page.locator('[data-field="path"]');
  writeFileSync(out, 'KEEP');
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(field.getByRole('alert')).toHaveText(`A file is already there: ${out}. Choose another name or folder, or replace it.`);
  await expect(page.getByTestId('export-result')).toHaveCount(0); // no stale success beside the refusal
  expect(readFileSync(out, 'utf8')).toBe('KEEP');
  await page.getByRole('button', { name: 'Replace the existing file' }).click();
  await expect(page.getByTestId('export-result')).toContainText('37 products written to');
  expect(readFileSync(out, 'utf8')).toContain('蓝牙头戴式耳机');
  // The data folder's own files are refused, whatever the extension.
  await page.getByLabel('Save as (full path)').fill(join(app.dataDir, 'clearpack.sqlite'));
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(field.getByRole('alert')).toContainText('inside Clearpack’s own data folder');
  await page.getByLabel('Save as (full path)').fill(join(app.dataDir, 'evil.bat'));
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(field.getByRole('alert')).toHaveText('The file name must end in .csv.');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '将商品目录导出为 CSV' })).toBeVisible();
  await page.getByLabel('保存为（完整路径）').fill(out);
  await page.getByRole('button', { name: '导出' }).click();
  await expect(field.getByRole('alert')).toHaveText(`此处已有文件：${out}。请换一个文件名或文件夹，或替换它。`);
  await expect(page.getByTestId('export-result')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'export-file-exists-zh.png') });
  await page.getByRole('button', { name: '替换现有文件' }).click();
  await expect(page.getByTestId('export-result')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'export-zh.png') });
});

test('first run in Chinese: the dashboard offers the demo', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('button', { name: '填入示例数据' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'demo-choice-zh.png') });
  await page.getByRole('button', { name: '从空白开始' }).click();
  await expect(page.getByTestId('demo-choice')).toHaveCount(0);
});

test('the Electron build bundles the core host and the job worker, and an import runs through both', async ({ dataDir }) => {
  const bundled = resolve(import.meta.dirname, '..', 'out', 'main', 'jobs-worker.js');
  const bundledHost = resolve(bundled, '..', 'core-host.js');
  expect(existsSync(bundled), 'out/main/jobs-worker.js (run npx electron-vite build)').toBe(true);
  expect(existsSync(bundledHost), 'out/main/core-host.js (run npx electron-vite build)').toBe(true);
  const main = readFileSync(resolve(bundled, '..', 'index.js'), 'utf8');
  expect(main).toContain('jobs-worker.js');
  expect(main).toContain('core-host.js');
  // Main itself loads no SQLite: the core lives in the host's bundle.
  expect(main).not.toContain('better-sqlite3');
  const host = await startCoreHost({ dataDir, hostWorkerFile: bundledHost, jobWorkerFile: bundled });
  try {
    const path = join(dataDir, 'p.csv');
    writeFileSync(path, 'sku,name,hsCode\nB-1,Bundled worker,851830\n');
    const started = await host.call('products.importCsv', { path });
    expect(started.ok).toBe(true);
    const job = await waitForJob(host.call, (started as { value: { jobId: string } }).value.jobId);
    expect(job.state).toBe('done');
    expect((job.result as ImportReport).created).toBe(1);
  } finally {
    await host.close();
  }
});

test('a large import shows its progress (rows checked and written, of the estimated total) and ends with every row', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const rows = 60_000;
  const path = join(app.dataDir, 'large.csv');
  const lines = ['sku,name,localName,hsCode,originCountry,unitNetWeightG,unitValue,currency'];
  for (let i = 0; i < rows; i++) lines.push(`L-${i},Cotton T-shirt ${i},纯棉T恤 ${i},610910,CN,180,7.90,USD`);
  writeFileSync(path, lines.join('\r\n'));

  await app.open('/catalog/import');
  await page.getByLabel('Path of the file (CSV or Excel workbook)').fill(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByTestId('import-format')).toBeVisible();
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByTestId('import-result')).toContainText('All rows are good: 60,000 products are ready to import', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const progress = page.getByTestId('job-progress');
  // The bar counts rows against an estimate of the file's rows, while they are checked and written.
  await expect(progress).toContainText(/(Checking and writing rows|Writing) · [\d,]+ \/ [\d,]+/, { timeout: 30_000 });
  await progress.screenshot({ path: join(ARTIFACTS, 'import-5-progress-en.png') });
  // The same bar in Chinese while the job runs on.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(progress).toContainText(/(正在检查并写入|正在写入) · [\d,]+ \/ [\d,]+/);
  await progress.screenshot({ path: join(ARTIFACTS, 'import-5-progress-zh.png') });
  await expect(page.getByTestId('import-result')).toContainText('已导入 60,000 个商品。', { timeout: 60_000 });
  const listed = await app.core.api.call('products.list', { query: '纯棉 59999' });
  expect(listed.ok && (listed.value as { total: number }).total).toBe(1);
});
