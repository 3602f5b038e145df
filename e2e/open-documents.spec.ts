// Generated documents open in the system viewer: the claim letter's "Open" hands the written PDF's
// path to window.clearpackDesktop.openPath (a stand-in here that records the calls, as in
// desktop.spec.ts); outside the desktop app there is no Open button, only the path.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stubDesktop } from './desktop-stub';
import { ARTIFACTS, expect, test } from './harness';

test('the claim letter opens in the system viewer', async ({ app, dataDir }) => {
  const { page } = app;
  const { opened } = await stubDesktop(page);
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
