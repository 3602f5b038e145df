// The desktop affordances (native file dialog, system viewer) as the renderer uses them. The
// dialogs themselves are Electron's; here window.clearpackDesktop is a stand-in that "picks" a real
// file, so what is tested is the renderer's side: the chosen file is attached through the real
// core, and Open hands the stored copy's path to the viewer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness';

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

test('a file chosen in the dialog is attached, and Open hands the stored copy to the system viewer', async ({ app, dataDir }) => {
  const { page } = app;
  const picked = join(dataDir, `declaration-${Date.now()}.pdf`);
  writeFileSync(picked, PDF);
  const opened: string[] = [];
  await page.exposeBinding('__openedPath', (_source, path: string) => {
    opened.push(path);
  });
  await page.addInitScript((file) => {
    const w = window as unknown as { clearpackDesktop: unknown; __openedPath(p: string): Promise<void> };
    w.clearpackDesktop = {
      pickFile: async () => file,
      pickSaveFile: async () => null,
      pickFolder: async () => null,
      openPath: async (p: string) => {
        await w.__openedPath(p);
        return { ok: true };
      },
    };
  }, picked);
  const product = await app.core.api.call('products.create', { sku: 'DOC-1', name: 'Desk lamp' });
  expect(product.ok).toBe(true);
  await app.open('/catalog/1?tab=files');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(page.getByTestId('attachments').getByText(/^declaration-\d+\.pdf$/)).toBeVisible();
  await page.getByTestId('attachments').getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]!.startsWith(join(dataDir, 'files'))).toBe(true);
});
