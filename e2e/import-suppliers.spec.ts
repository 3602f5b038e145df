import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

// A supplier list kept in a Chinese spreadsheet: Chinese headers, Chinese names, a multi-line address.
const CSV = `\uFEFF${[
  '供应商,中文名称,国家,地址,联系人,电话,邮箱,微信,营业执照号,状态',
  'Yiwu Happy Toys,义乌快乐玩具厂,CN,"浙江省义乌市\r\n福田街道 88 号",陈先生,+86 579 8888 0000,chen@yiwutoys.cn,chen_yw,91330782MA2XXXXX,approved',
  'Hangzhou Silk,杭州丝绸有限公司,cn,杭州市西湖区,王丽,,wangli@hzsilk,wl_silk,,probation',
].join('\r\n')}\r\n`;

test('import wizard for suppliers: a Chinese spreadsheet, a bad row found by the dry run, then imported; export writes them back (en + zh)', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(app.dataDir, '供应商.csv');
  writeFileSync(path, CSV);

  await app.open('/suppliers');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import suppliers from CSV' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suppliers' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Path of the file (CSV or Excel workbook)').fill(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByTestId('import-format')).toContainText('a spreadsheet');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('供应商');
  await expect(page.getByLabel('Contact messaging (WeChat …)')).toHaveValue('微信');
  await expect(page.getByLabel('Currency of prices')).toHaveCount(0);

  // Dry run: the e-mail on row 3 is not an address.
  await page.getByRole('button', { name: 'Check every row' }).click();
  const errors = page.getByRole('table', { name: 'Problems by row' });
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('邮箱');
  await expect(errors.getByRole('row').nth(1)).toContainText('This is not an e-mail address.');
  await page.screenshot({ path: join(ARTIFACTS, 'import-suppliers-1-errors-en.png'), fullPage: true });
  expect(((await app.core.api.call('suppliers.list', {})) as { value: { total: number } }).value.total).toBe(0);

  // Fixed, in Chinese: checked, then imported.
  writeFileSync(path, CSV.replace('wangli@hzsilk', 'wangli@hzsilk.cn'));
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '从 CSV 导入供应商' })).toBeVisible();
  await page.getByRole('button', { name: '读取文件' }).click();
  await page.getByRole('button', { name: '检查所有行' }).click();
  await expect(page.getByTestId('import-result')).toContainText('所有行均无问题：2 个供应商可以导入');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('已导入 2 个供应商。打开供应商列表'); // no space after 。 before the link
  await page.screenshot({ path: join(ARTIFACTS, 'import-suppliers-2-done-zh.png'), fullPage: true });
  await page.getByRole('link', { name: '打开供应商列表' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Yiwu Happy Toys' })).toContainText('义乌快乐玩具厂');
  const stored = await app.core.api.call('suppliers.list', { query: '快乐' });
  expect(stored.ok && (stored.value as { items: unknown[] }).items).toMatchObject([
    { name: 'Yiwu Happy Toys', address: '浙江省义乌市\r\n福田街道 88 号', contacts: [{ name: '陈先生', phone: '+86 579 8888 0000', email: 'chen@yiwutoys.cn', messaging: 'chen_yw' }], licenceNumber: '91330782MA2XXXXX' },
  ]);

  // Export the suppliers (Chinese UI): our format, with both suppliers.
  await page.getByRole('button', { name: 'English' }).click();
  await app.open('/catalog/export');
  await page.getByRole('button', { name: 'Suppliers' }).click();
  await expect(page.getByRole('heading', { name: 'Export the suppliers to CSV' })).toBeVisible();
  const out = join(app.dataDir, 'suppliers-export.csv');
  await page.getByLabel('Save as (full path)').fill(out);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-result')).toContainText('2 suppliers written to');
  const text = readFileSync(out, 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFFname,localName,country,address,city,postalCode,contactName,contactPhone,contactEmail,contactMessaging,contacts,website,licenceNumber,taxNumber,status,archived,assessmentDate,assessmentMethod,assessmentResult,assessmentNotes');
  expect(text).toContain('杭州丝绸有限公司');
});
