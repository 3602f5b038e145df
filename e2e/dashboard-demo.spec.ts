// The home screen of a fresh demo, in English and Chinese: every card has something, its links
// lead to the records, and nothing is left untranslated.
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

const CARDS = ['cases', 'holds', 'claims-to-file', 'claims-waiting', 'certificates', 'drafts', 'suppliers'];

test('the dashboard of a fresh demo fills every card, in English and Chinese', async ({ app }) => {
  const { page } = app;
  expect((await app.core.api.call('demo.load', {})).ok).toBe(true);
  await app.open('/');
  for (const id of CARDS) {
    const card = page.getByTestId(`card-${id}`);
    await expect(card.locator('.home-items li').first(), id).toBeVisible();
    await expect(card.locator('.card-figure'), id).not.toHaveText('0');
  }
  await expect(page.getByTestId('card-cases')).toContainText(/overdue/i);
  // A deadline's days left as the claims list says them ('53 days left', was 'in 53 days').
  await expect(page.getByTestId('card-claims-to-file').locator('.badge.countdown').first()).toHaveText(/^\d+ days? left$/);
  await expect(page.locator('.home-cards')).not.toContainText(/\bin \d+ days?\b/);
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-demo-en.png'), fullPage: true });
  // A hold's deadline keeps its day on one line at 1024 px ('Deadline Dec 8, / 2026' broke between day and year).
  await page.setViewportSize({ width: 1024, height: 700 });
  const deadline = page.getByTestId('card-holds').locator('.nobreak').first();
  await expect(deadline).toHaveText(/^Deadline /);
  expect(await deadline.evaluate((el) => el.getClientRects().length)).toBe(1);
  await page.setViewportSize({ width: 1280, height: 820 });

  // Each card's first record opens its screen.
  await page.getByTestId('card-claims-to-file').locator('.home-items a').first().click();
  await expect(page.getByRole('button', { name: 'Generate letter' })).toBeVisible();
  await page.goBack();
  await page.getByTestId('card-holds').locator('.home-items a').first().click();
  await expect(page.getByText('Held', { exact: false }).first()).toBeVisible();
  await page.goBack();

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  const text = await page.locator('.home-cards').innerText();
  // No raw i18n keys and no English status words left in the cards.
  expect(text).not.toMatch(/\b(home|holds|afterSales|suppliers|certificates)\.[a-zA-Z]/);
  expect(text).not.toMatch(/\b(overdue|due today|probation|blocked|Claim)\b/);
  // A draft's blocks counted as the preflight counts them ('2 项阻止', was '2 个阻止项').
  await expect(page.getByTestId('card-drafts').locator('.home-item-meta').first()).toHaveText(/^(\d+ 项阻止|没有阻止项)$/);
  expect(text).not.toMatch(/个阻止项/);
  await expect(page.getByTestId('card-claims-to-file').locator('.badge.countdown').first()).toHaveText(/^还剩 \d+ 天$/);
  // A blocked supplier is 已禁用 (was 已停用, "deactivated").
  expect(text).not.toMatch(/已停用/);
  await expect(page.getByTestId('card-suppliers')).toContainText('已禁用');
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-demo-zh.png'), fullPage: true });
});
