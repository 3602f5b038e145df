// Generated documents open in the system viewer: the claim letter's "Open" hands the written PDF's
// path to window.clearpackDesktop.openPath (a stand-in here that records the calls, as in
// desktop.spec.ts); outside the desktop app there is no Open button, only the path.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

test('the claim letter opens in the system viewer', async ({ app, dataDir }) => {
  const { page } = app;
  const opened: string[] = [];
  await page.exposeBinding('__openedPath', (_source, path: string) => {
    opened.push(path);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { clearpackDesktop: unknown; __openedPath(p: string): Promise<void> };
    w.clearpackDesktop = {
      pickFile: async () => null,
      pickSaveFile: async () => null,
      pickFolder: async () => null,
      openPath: async (p: string) => {
        await w.__openedPath(p);
        return { ok: true };
      },
    };
  });
  const loaded = await app.core.api.call('demo.load', {});
  expect(loaded.ok).toBe(true);
  const claims = await app.core.api.call('claims.list', { status: 'draft' });
  if (!claims.ok) throw new Error(JSON.stringify(claims.error));
  const draft = (claims.value as { items: { id: number }[] }).items[0]!;
  await app.open(`/claims/${draft.id}`);
  await page.getByRole('button', { name: 'Generate letter' }).click();
  const result = page.getByTestId('letter-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  const letterPath = (await result.locator('code').textContent())!;
  expect(existsSync(letterPath)).toBe(true);
  await result.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'claim-letter-open.png') });
  await page.getByTestId('open-letter').click();
  await expect.poll(() => opened).toEqual([letterPath]);
  expect(letterPath.startsWith(dataDir)).toBe(true);
});

test('without the desktop app there is no Open button, only the path', async ({ app }) => {
  const { page } = app;
  expect((await app.core.api.call('demo.load', {})).ok).toBe(true);
  const claims = await app.core.api.call('claims.list', { status: 'draft' });
  if (!claims.ok) throw new Error(JSON.stringify(claims.error));
  await app.open(`/claims/${(claims.value as { items: { id: number }[] }).items[0]!.id}`);
  await page.getByRole('button', { name: 'Generate letter' }).click();
  await expect(page.getByTestId('letter-result')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('open-letter')).toHaveCount(0);
});
