// Backups through the real UI on the real core: back up, change data, restore, see the old data;
// and a data folder whose database is garbage opens on the recovery screen and is restored there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHost } from './host';
import { waitForJob } from './call';
import { ARTIFACTS, expect, test } from './harness';

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
  await page.screenshot({ path: join(ARTIFACTS, 'backup-list-zh.png') });
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
