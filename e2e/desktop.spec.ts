// The desktop affordances (native file dialog, system viewer) as the renderer uses them. The
// dialogs themselves are Electron's; here window.clearpackDesktop is a stand-in that "picks" a real
// file, so what is tested is the renderer's side: the chosen file is attached through the real
// core, and Open hands the stored copy's path to the viewer.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stubDesktop } from './desktop-stub';
import { expect, test } from './harness';

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

test('a file chosen in the dialog is attached, and Open hands the stored copy to the system viewer', async ({ app, dataDir }) => {
  const { page } = app;
  const picked = join(dataDir, `declaration-${Date.now()}.pdf`);
  writeFileSync(picked, PDF);
  const { opened } = await stubDesktop(page, { file: picked });
  const product = await app.core.api.call('products.create', { sku: 'DOC-1', name: 'Desk lamp' });
  expect(product.ok).toBe(true);
  await app.open('/catalog/1?tab=files');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(page.getByTestId('attachments').getByText(/^declaration-\d+\.pdf$/)).toBeVisible();
  await page.getByTestId('attachments').getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]!.startsWith(join(dataDir, 'files'))).toBe(true);
});

test('a path chosen in the save dialog replaces the file there at once (the dialog asked); a typed path does not', async ({ app, dataDir }) => {
  const { page } = app;
  const chosen = join(dataDir, `catalog-${Date.now()}.csv`);
  writeFileSync(chosen, 'OLD');
  await stubDesktop(page, { saveFile: chosen });
  expect((await app.core.api.call('products.create', { sku: 'SAVE-1', name: 'Desk lamp' })).ok).toBe(true);
  await app.open('/catalog/export');
  await page.getByRole('button', { name: 'Choose…' }).click();
  await expect(page.getByLabel('Save as (full path)')).toHaveValue(chosen);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-result')).toContainText('1 product written to');
  expect(readFileSync(chosen, 'utf8')).toContain('SAVE-1');
  // Typed over, the path is the user's again: an existing file is no longer replaced without asking.
  await page.getByLabel('Save as (full path)').fill('');
  await page.getByLabel('Save as (full path)').fill(chosen);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.locator('[data-field="path"]').getByRole('alert')).toContainText('A file is already there');
});
