// The core host seen from the page: the worker the page's calls go to crashes, main (here the
// test, standing in for main's 'restarted' → desktop channel) tells the page, and the page says
// so in the seller's language; the data written before is there and the app goes on working.
import { expect, test } from './harness';

test('a crash of the core host: the banner says the engine restarted, the data is there, and the app goes on', async ({ app }) => {
  const { page, host } = app;
  // The desktop bridge's listener, as the preload registers it on the coreRestarted channel.
  await page.addInitScript(() => {
    const w = window as unknown as { clearpackDesktop: unknown; __coreRestarted?: () => void };
    w.clearpackDesktop = {
      pickFile: async () => null,
      pickSaveFile: async () => null,
      pickFolder: async () => null,
      openPath: async () => ({ ok: true }),
      onMenu: () => () => {},
      onCoreRestarted: (listener: () => void) => {
        w.__coreRestarted = listener;
        return () => (w.__coreRestarted = undefined);
      },
    };
  });
  host.on('restarted', () => void page.evaluate(() => (window as unknown as { __coreRestarted?: () => void }).__coreRestarted?.()));
  expect((await app.call('products.create', { sku: 'KEEP-1', name: 'Written before the crash' })).ok).toBe(true);
  await app.open('/catalog');
  await expect(page.getByText('KEEP-1')).toBeVisible();
  await expect(page.getByTestId('core-restarted')).toHaveCount(0);

  await host.crash();
  const banner = page.getByTestId('core-restarted');
  // A new worker loads the core again (from the sources through tsx here): seconds on a busy machine.
  await expect(banner).toContainText('engine stopped unexpectedly and was restarted', { timeout: 60_000 });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(banner).toContainText('引擎意外停止，已自动重启');
  await page.getByRole('button', { name: 'English' }).click();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);

  // The restarted host answers the page: the product written before the crash is there, and a new one can be made.
  await app.open('/catalog/new');
  await page.getByLabel('SKU').fill('AFTER-1');
  await page.getByLabel('Name (English customs description)').fill('Written after the restart');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('form-banner')).toHaveText('Product created.');
  await app.open('/catalog');
  await expect(page.getByText('KEEP-1')).toBeVisible();
  await expect(page.getByText('AFTER-1')).toBeVisible();
});
