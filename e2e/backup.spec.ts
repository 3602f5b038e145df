// Backups through the real UI on the real core: back up, change data, restore, see the old data;
// and a data folder whose database is garbage opens on the recovery screen and is restored there.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost } from './host';
import { waitForJob } from './call';
import { ARTIFACTS, expect, test } from './harness';
import { onTop } from './in-sight';

// Each test backs up and restores a data folder through worker threads: on a busy machine that is
// more than the default minute.
test.describe.configure({ timeout: 180_000 });

test('back up, change data, restore through Settings → Backups, and the old data is back', async ({ app }) => {
  const { page, core } = app;
  expect((await core.api.call('demo.load', {})).ok).toBe(true);
  const before = await core.api.call('products.list', { limit: 1 });
  const total = before.ok ? (before.value as { total: number }).total : -1;

  await app.open('/settings');
  await page.getByTestId('open-backups').click();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(page.getByTestId('backups-empty')).toBeVisible();
  // In the browser there is no system dialog: the path is typed (or left empty for the backups folder).
  await expect(page.locator('[data-field="path"]').getByRole('button', { name: 'Choose…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-result')).toContainText('Backup saved', { timeout: 60_000 });
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-row').first()).toContainText('Manual');

  // A change after the backup.
  expect((await core.api.call('products.create', { sku: 'AFTER-BACKUP', name: 'Made after the backup' })).ok).toBe(true);

  await page.getByTestId('backup-row').first().getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByTestId('restore-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByTestId('restore-count-products')).toHaveText(`Products${(total + 1).toLocaleString('en-US')}${total.toLocaleString('en-US')}`);
  // A modal over the whole window: its title on top, the navigation under it; Esc takes it back.
  expect(await onTop(confirm.getByRole('heading', { level: 2 }))).toBe(true);
  expect(await onTop(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').first())).toBe(false);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await page.getByTestId('backup-row').first().getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'backup-restore-confirm.png') });
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByTestId('restore-result')).toContainText('Restored the backup of', { timeout: 60_000 });
  await expect(page.getByTestId('restore-result')).toContainText('before-restore.clearpack-backup');
  // The list now has the backup of what was replaced.
  await expect(page.getByTestId('backup-row')).toHaveCount(2);
  await expect(page.getByTestId('backups-table')).toContainText('Before restore');
  await page.screenshot({ path: join(ARTIFACTS, 'backup-restored.png') });

  await app.open('/catalog');
  await page.getByRole('searchbox').first().fill('AFTER-BACKUP');
  await expect(page.getByText('No product matches')).toBeVisible();
  const after = await core.api.call('products.list', { limit: 1 });
  expect(after.ok && (after.value as { total: number }).total).toBe(total);

  // The same screen in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await app.open('/settings/backups');
  await expect(page.getByRole('heading', { name: '备份' })).toBeVisible();
  await expect(page.getByTestId('backups-table')).toContainText('恢复前');
  // The path field says what it is (its label began '或另存为', an 'or' with nothing before it).
  await expect(page.getByLabel(/^保存到其他位置（可选，填写以 \.clearpack-backup 结尾的完整路径）/)).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'backup-list-zh.png') });
});

test('Back up to file: Choose… opens the system save dialog, its path lands in the field and the backup is written there, replacing the file the dialog agreed to replace', async ({ app }) => {
  const { page } = app;
  const folder = mkdtempSync(join(tmpdir(), 'clearpack-usb-'));
  const chosen = join(folder, 'clearpack-for-the-usb-stick.clearpack-backup');
  // Last week's backup is on the stick: the dialog asked to replace it and the seller said yes.
  writeFileSync(chosen, 'last week');
  try {
    const asked: unknown[] = [];
    await page.exposeBinding('__saveDialog', (_source, options: unknown) => void asked.push(options));
    await page.addInitScript((file) => {
      const w = window as unknown as { clearpackDesktop: unknown; __saveDialog(o: unknown): Promise<void> };
      w.clearpackDesktop = {
        pickFile: async () => null,
        pickSaveFile: async (options: unknown) => {
          await w.__saveDialog(options);
          return file;
        },
        pickFolder: async () => null,
        openPath: async () => ({ ok: true }),
      };
    }, chosen);
    expect((await app.call('products.create', { sku: 'TO-USB', name: 'Carried to the stick' })).ok).toBe(true);
    await app.open('/settings/backups');
    const field = page.getByLabel('Save to another place (optional: a full path ending in .clearpack-backup)');
    await page.locator('[data-field="path"]').getByRole('button', { name: 'Choose…' }).click();
    await expect(field).toHaveValue(chosen);
    // The dialog was asked for a backup file, named with today's date.
    expect(asked).toEqual([expect.objectContaining({ defaultName: expect.stringMatching(/^clearpack-\d{4}-\d{2}-\d{2}\.clearpack-backup$/), filters: [{ name: 'Clearpack backup', extensions: ['clearpack-backup'] }] })]);
    await page.screenshot({ path: join(ARTIFACTS, 'backup-choose-en.png') });
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-result')).toContainText(chosen, { timeout: 60_000 });
    expect(existsSync(chosen) && statSync(chosen).size).toBeGreaterThan(0);
    // What is in it is this data folder's: inspecting the file finds the product made above.
    const inspected = await app.call('backup.inspect', { path: chosen });
    expect(inspected.ok && (inspected.value as { counts: Record<string, number> }).counts.products).toBe(1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a garbage database opens on the recovery screen, and restoring the newest backup brings the app back', async ({ page, harness, dataDir }) => {
  // A data folder with data and one backup, then garbage where the database is.
  const first = await startTestHost({ dataDir });
  expect((await first.call('demo.load', {})).ok).toBe(true);
  const started = await first.call('backup.create', {});
  expect(started.ok).toBe(true);
  const job = await waitForJob(first.call, (started as { value: { jobId: string } }).value.jobId);
  expect(job.state).toBe('done');
  await first.close();
  await new Promise((ok) => setTimeout(ok, 300)); // the backup worker's connection closes
  const file = join(dataDir, 'clearpack.sqlite');
  writeFileSync(file, Buffer.concat([Buffer.from('this is not a database '.repeat(40)), readFileSync(file)]));

  const host = await startTestHost({ dataDir });
  try {
    await harness.attach(page, host);
    await page.goto(`${harness.url}#/`);
    const screen = page.getByTestId('recovery-screen');
    await expect(screen.getByRole('heading', { name: 'Your data file cannot be read' })).toBeVisible();
    await expect(screen).toContainText(file);
    await expect(screen.getByTestId('backup-row')).toHaveCount(1);
    await page.screenshot({ path: join(ARTIFACTS, 'backup-recovery-screen.png') });
    await screen.getByTestId('backup-row').getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    // The app is back, with the data of the backup.
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 60_000 });
    await page.goto(`${harness.url}#/catalog`);
    await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
    const products = await host.call('products.list', { limit: 1 });
    expect(products.ok && (products.value as { total: number }).total).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'backup-recovered.png') });
  } finally {
    await host.close();
  }
});
