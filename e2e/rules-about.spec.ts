// Rules you can see (issue 15, point 3): Settings → About lists every rules file with its source and
// the day it was checked, and warns when any is more than six months old; the seller profile warns
// when its exchange rates are older than the preflight accepts. Days as the language writes them. Screenshots in English and Chinese.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';

test('Settings → About lists the rules with source and date, and warns about old ones (en, zh)', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const r = await app.core.api.call('reference.list', {});
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const info = r.value as { files: { file: string; date: string; stale: boolean }[]; stale: boolean };

  await app.open('/settings');
  const list = page.getByTestId('rules-list');
  await expect(list).toBeVisible();
  // Each file's day as the language writes a day, never as ISO text (in its source quoted, too).
  for (const f of info.files) await expect(page.getByTestId(`rules-${f.file}`)).not.toContainText(f.date);
  await expect(page.getByTestId('rules-countries.json')).toContainText('Sep 1, 2025');
  await expect(page.getByTestId('rules-forms.json')).toContainText('Dec 2, 2026');
  await expect(page.getByTestId('rules-stale')).toContainText('the oldest was checked on Sep 1, 2025');
  await expect(page.getByTestId('rules-thresholds.json')).toContainText('Council Regulation (EU) 2026/382');
  // countries.json and the starting rates were last checked in 2025: the app says so; forms.json was re-checked.
  await expect(page.getByTestId('rules-stale')).toContainText('more than 6 months old');
  await expect(page.getByTestId('rules-countries.json')).toContainText('more than 6 months old');
  await expect(page.getByTestId('rules-forms.json')).not.toContainText('months old');
  // The shipped starting rates are dated 2025-09-01 (shown as the language writes a day).
  await expect(page.getByTestId('rates-stale')).toContainText('Sep 1, 2025');
  await page.getByTestId('rules-stale').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-about-rules-en.png'), fullPage: true });

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('rules-stale')).toContainText('部分规则已超过 6 个月（最早的核对日期为 2025年9月1日');
  await expect(page.getByTestId('rules-countries.json')).toContainText('2025年9月1日');
  // One form on the card, in digits (the row said 已超过六个月 under '已超过 6 个月').
  await expect(page.getByTestId('rules-countries.json')).toContainText('已超过 6 个月');
  await expect(list).not.toContainText('六个月');
  for (const f of info.files) await expect(page.getByTestId(`rules-${f.file}`)).not.toContainText(f.date);
  await expect(page.getByRole('heading', { name: '规则及其来源' })).toBeVisible();
  // A source is quoted in English: its days stay as English writes them, no Chinese date inside English text.
  await expect(list).toContainText(/[Cc]hecked Dec 2, 2026/);
  await expect(list).not.toContainText(/(?:checked|since|on) \d{4}年/i);
  await expect(page.getByTestId('rates-stale')).toContainText('最早的汇率日期为 2025年9月1日');
  await page.getByTestId('rules-stale').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-about-rules-zh.png'), fullPage: true });
});
