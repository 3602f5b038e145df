// An Excel workbook through the import wizard as a seller in the desktop app meets it: chosen in the
// system dialog (window.clearpackDesktop stands in for Electron's: it "picks" a real file), the
// sheet chosen, bad rows skipped and saved as a CSV through the save dialog, read back here; and a
// file dropped on the screen, whose path the desktop door gives (webUtils.getPathForFile there).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { xlsxBytes } from '../test/fixtures/xlsx';
import { ARTIFACTS, expect, test } from './harness';
import { expectInSight } from './in-sight';

const rows = [
  ['SKU', 'Name', 'Weight (g)', 'Price'],
  ['00123', 'Porcelain tea cup', 180, 12.99],
  ['00124', 'Saucer', -5, 4.5],
  ['00123', 'Tea cup again', 180, 12.99],
  ['0007', '紫砂茶壶 Teapot', 650, 0.1 + 0.2 + 45],
];

test('import wizard: an .xlsx chosen in the dialog, its sheet chosen, bad rows skipped and saved as CSV; a dropped file is read', async ({ app, dataDir }) => {
  const { page } = app;
  // 1024×700: the report appears below the fold and scrolls itself into view (components/Shown).
  await page.setViewportSize({ width: 1024, height: 700 });
  const book = join(dataDir, 'catalogue.xlsx');
  writeFileSync(book, await xlsxBytes([{ sheet: 'Notes', rows: [['Read me'], ['Prices in EUR']] }, { sheet: 'Products', rows }]));
  const problems = join(dataDir, 'bad-rows.csv');
  await page.addInitScript(({ book, problems, dir }) => {
    (window as unknown as { clearpackDesktop: unknown }).clearpackDesktop = {
      pickFile: async () => book,
      pickSaveFile: async () => problems,
      pickFolder: async () => null,
      openPath: async () => ({ ok: true }),
      pathForFile: (file: File) => `${dir}/${file.name}`,
    };
  }, { book, problems, dir: dataDir });

  await app.open('/catalog/import');
  await page.getByRole('button', { name: 'Choose…' }).click();
  await expect(page.getByLabel('Path of the file (CSV or Excel workbook)')).toHaveValue(book);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Excel workbook (.xlsx)');
  await expect(summary).toContainText('Notes');
  await expect(page.getByLabel('Text encoding')).toHaveCount(0);
  // The first sheet holds notes: the seller chooses the one with the products.
  await page.getByLabel('Sheet', { exact: true }).selectOption('Products');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('SKU');
  await expect(page.getByLabel('Unit net weight', { exact: true })).toHaveValue('Weight (g)');
  await expect(summary).toContainText('grams (g)');
  await page.getByLabel('Currency of prices').selectOption('EUR');
  await expect(summary).toContainText('EUR (chosen below)');
  await page.getByText(/First \d+ rows of the file/).click();
  const firstRows = page.locator('details', { hasText: /First \d+ rows of the file/ }).locator('.preview-scroll');
  await expect(firstRows).toContainText('00123');
  await expect(firstRows).toContainText('45.3');
  await summary.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'import-7-xlsx-preview-en.png'), fullPage: true });

  // All or nothing first: the import stays closed.
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('table', { name: 'Problems by row' })).toContainText('already on row 2', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  // Skipping the bad rows: checked again, then imported.
  await page.getByLabel('Import the good rows and skip the bad ones').check();
  await expect(summary).toContainText('and every bad row');
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByTestId('import-skipped')).toHaveText('2 bad rows will be skipped; the good rows are ready to import.', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('2 products imported.', { timeout: 60_000 });
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await expect(page.getByTestId('import-skipped')).toHaveText('2 bad rows were skipped.');
  const stored = await app.call('products.list', { sort: 'sku' });
  expect(stored.ok && (stored.value as { items: { sku: string; unitValue: number; currency: string }[] }).items.map((p) => [p.sku, p.unitValue, p.currency]))
    .toEqual([['0007', 4530, 'EUR'], ['00123', 1299, 'EUR']]);

  // The bad rows, through the save dialog, as a CSV to fix and import again.
  await page.getByRole('button', { name: 'Save the bad rows as CSV…' }).click();
  await expect(page.getByTestId('problems-saved')).toContainText(problems);
  const saved = Papa.parse<string[]>(readFileSync(problems, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(saved.map((r) => r.slice(0, 4))).toEqual([['SKU', 'Name', 'Weight (g)', 'Price'], ['00124', 'Saucer', '-5', '4.5'], ['00123', 'Tea cup again', '180', '12.99']]);
  expect(saved[0]![4]).toBe('problem');
  expect(saved[2]![4]).toBe('SKU: SKU "00123" is already on row 2');
  await expectInSight(page.getByTestId('import-result'), 'the import’s report', { start: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-8-xlsx-skipped-en.png'), fullPage: true });

  // The same screen in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('import-skipped')).toHaveText('已跳过 2 个有问题的行。');
  await expect(summary).toContainText('Excel 工作簿（.xlsx）');
  await page.screenshot({ path: join(ARTIFACTS, 'import-8-xlsx-skipped-zh.png'), fullPage: true });
  await summary.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'import-7-xlsx-preview-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  // A file dropped on the screen: its path from the desktop door, read at once.
  const dropped = join(dataDir, 'dropped.xlsx');
  writeFileSync(dropped, await xlsxBytes([{ sheet: 'Suppliers list', rows: [['SKU', 'Name'], ['D-1', 'Dropped']] }]));
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['not read by the page'], 'dropped.xlsx'));
    return dt;
  });
  await page.dispatchEvent('[data-testid="import-drop"]', 'drop', { dataTransfer: transfer });
  await expect(page.getByLabel('Path of the file (CSV or Excel workbook)')).toHaveValue(dropped);
  await expect(summary).toContainText('Suppliers list');
});
