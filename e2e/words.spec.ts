// Words, formats and files (issue 16, points 7–9): the seller profile's lists as tables with an
// error at the cell (nothing saved), the rates' age, a claim that picks its pack and evidence from
// what the app holds for its shipment, dates typed in the language's order, and no English left in
// the Chinese screens (a scan of the visible text against a small allow-list). Screenshots in
// English and Chinese at 1280×820 and 1024×700.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';
import { englishLeft } from './screen-text';
import type { AppFixture } from './harness';

// Many steps on a shared machine: more time than the default minute.
test.describe.configure({ timeout: 180_000 });

const SIZES = [
  { width: 1280, height: 820 },
  { width: 1024, height: 700 },
] as const;

/** The page at each size; with `focus`, scrolled (the screen scrolls, not the page) until it is in view. */
async function shots(page: Page, name: string, lang: 'en' | 'zh', focus?: Locator) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `words-${name}-${lang}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

/**
 * What does not fit in a table of the seller profile at the page's size: a select whose chosen option
 * is cut, an input whose text is cut (a day shown as '2026/11/'), the table wider than its box, a
 * row's Remove button not level with its fields.
 */
async function cutInTable(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).evaluate((box) => {
    const cut: string[] = [];
    const ctx = document.createElement('canvas').getContext('2d')!;
    const table = box.querySelector('table');
    if (table && table.offsetWidth > box.clientWidth) cut.push(`table ${table.offsetWidth} px in a box of ${box.clientWidth}`);
    box.querySelectorAll('tbody tr').forEach((row, i) => {
      const fields = [...row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('td > input, td > select')];
      for (const f of fields) {
        const css = getComputedStyle(f);
        const room = f.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
        if (f instanceof HTMLSelectElement) {
          ctx.font = css.font;
          const text = f.selectedOptions[0]?.text ?? '';
          if (ctx.measureText(text).width > room + 0.5) cut.push(`row ${i + 1}: “${text}” in ${Math.round(room)} px`);
        } else if (f.scrollWidth > f.clientWidth) cut.push(`row ${i + 1}: “${f.value}” cut (${f.scrollWidth} > ${f.clientWidth})`);
      }
      const remove = row.querySelector('td.row-actions button')?.getBoundingClientRect();
      const first = fields[0]?.getBoundingClientRect();
      if (remove && first && Math.abs(remove.top + remove.height / 2 - (first.top + first.height / 2)) > 1) cut.push(`row ${i + 1}: Remove not level with the fields`);
    });
    return cut;
  });
}

async function value<T>(app: AppFixture, method: string, input: unknown): Promise<T> {
  const r = await app.call(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

test('the seller profile: VAT numbers, tax IDs and rates as tables; a bad cell is refused at the cell and nothing is saved', async ({ app }) => {
  const { page } = app;
  const before = await value<{ rates: unknown[]; vatNumbers: unknown[] }>(app, 'settings.get', {});
  await app.open('/settings');
  const rates = page.getByTestId('rates-table');
  await expect(rates.locator('tbody tr').first()).toBeVisible();
  // The shipped starting rates are a year old: the table says so, and marks the rows.
  await expect(rates.getByTestId('rates-stale')).toContainText('Sep 1, 2025');
  await expect(rates.locator('tbody tr[data-stale]').first()).toBeVisible();
  await expect(page.getByLabel('Date, row 1')).toHaveValue('09/01/2025');

  // A rate that is no number and a day that does not exist: each refused at its cell.
  await page.getByLabel('Rate, row 1').fill('abc');
  await page.getByLabel('Date, row 1').fill('02/30/2026');
  await page.getByRole('button', { name: 'Add a VAT number' }).click();
  await page.getByLabel('VAT country, row 1').selectOption('GB');
  await page.getByLabel('VAT number, row 1').fill('GB123456789');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('[data-cell="rates.0.rate"] [role="alert"]')).toHaveText('Enter a rate above 0, such as 0.73.');
  await expect(page.locator('[data-cell="rates.0.date"] [role="alert"]')).toContainText('month/day/year');
  await expect(page.getByLabel('Rate, row 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('profile-banner')).toContainText('2 highlighted fields');
  expect(await value(app, 'settings.get', {})).toMatchObject(before);

  // What only the core can say lands on the cell too: a VAT number longer than any there is.
  await page.getByLabel('Rate, row 1').fill('0.74');
  await page.getByLabel('Date, row 1').fill('11/20/2026');
  await page.getByLabel('VAT number, row 1').fill('GB'.padEnd(40, '9'));
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('[data-cell="vatNumbers.0.number"] [role="alert"]')).toBeVisible();
  await expect(page.locator('[data-cell="rates.0.rate"] [role="alert"]')).toHaveCount(0);
  expect(await value(app, 'settings.get', {})).toMatchObject(before);

  // Fixed: saved, the rate as a number, the day as ISO.
  await page.getByLabel('VAT number, row 1').fill('GB123456789');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-banner')).toHaveText('Seller profile saved.');
  const saved = await value<{ rates: { rate: number; date: string }[]; vatNumbers: unknown[] }>(app, 'settings.get', {});
  expect(saved.vatNumbers).toEqual([{ country: 'GB', number: 'GB123456789' }]);
  expect(saved.rates[0]).toMatchObject({ rate: 0.74, date: '2026-11-20' });
  // At 1024 px every day, every currency's name and a Remove level with its row (the rates, the
  // VAT numbers, the tax IDs): was '09/01/2' and 'XDR — Spe', the Remove at the row's top.
  await page.getByRole('button', { name: 'Add a tax ID' }).click();
  await page.getByLabel('Label, row 1').fill('统一社会信用代码');
  await page.setViewportSize(SIZES[1]);
  for (const table of ['rates-table', 'vat-table', 'taxid-table']) expect(await cutInTable(page, table), table).toEqual([]);
  await page.getByTestId('rates-table').screenshot({ path: join(ARTIFACTS, 'words-settings-rates-en-1024.png') });
  await page.setViewportSize(SIZES[0]);
  await page.getByTestId('rates-table').scrollIntoViewIfNeeded();
  await shots(page, 'settings', 'en');

  // In Chinese: the days in the Chinese order, and no English left in the profile.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByLabel('日期，第 1 行')).toHaveValue('2026/11/20');
  await page.getByLabel('汇率，第 1 行').fill('-1');
  await page.getByRole('button', { name: '保存' }).first().click();
  await expect(page.locator('[data-cell="rates.0.rate"] [role="alert"]')).toHaveText('请输入大于 0 的汇率，例如 0.73。');
  await page.getByLabel('汇率，第 1 行').fill('0.74');
  await page.setViewportSize(SIZES[1]);
  for (const table of ['rates-table', 'vat-table', 'taxid-table']) expect(await cutInTable(page, table), table).toEqual([]);
  await expect(page.getByLabel('目标币种，第 1 行').locator('option:checked')).toHaveText('XDR — 特别提款权');
  // The rate said plainly (was '当天 1 个单位的“源币种”等于“汇率”个单位的“目标币种”').
  await expect(page.getByTestId('rates-table')).toContainText('汇率：1 单位源币种在该日兑换的目标币种数量');
  await page.getByTestId('rates-table').screenshot({ path: join(ARTIFACTS, 'words-settings-rates-zh-1024.png') });
  await page.setViewportSize(SIZES[0]);
  await page.getByTestId('rates-table').scrollIntoViewIfNeeded();
  await shots(page, 'settings', 'zh');
  const profile = page.locator('form.seller-profile');
  await expect(profile).toBeVisible();
  // (Settings → About quotes the rules files' sources and notes as they are published: not scanned.)
  expect(await englishLeft(profile, ['Clearpack', 'pdf'])).toEqual([]);
});

test('a claim picks its pack and evidence from its shipment; dates in the language’s order; no English in the Chinese claim', async ({ app }) => {
  const { page } = app;
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  await value(app, 'settings.update', { exporterName: '深圳光明贸易有限公司', addressLines: ['南山区科技路 1 号'], city: '深圳', country: 'CN', signatoryName: '李伟', signatoryTitle: '店主' });
  const mug = await value<{ id: number }>(app, 'products.create', { sku: 'MUG-01', name: 'Ceramic mug 350 ml', localName: '陶瓷杯', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 350, unitValue: 1200, currency: 'USD' });
  // A photo of the product, attached to the product (PDF written here).
  const dir = join(ARTIFACTS, 'words-files');
  mkdirSync(dir, { recursive: true });
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Product photo sheet MUG-01', { x: 40, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const photo = join(dir, '产品照片.pdf');
  writeFileSync(photo, await doc.save());
  await value(app, 'attachments.add', { owner: { kind: 'product', id: mug.id }, path: photo });
  const shipment = await value<{ id: number; reference: string }>(app, 'shipments.create', {
    consignee: { name: '王芳', addressLines: ['200 Main St'], city: 'Austin', postcode: '78701', country: 'US' },
    carrier: 'China Post', trackingNumber: 'LX123456789CN', shipDate: daysAgo(20), invoiceNumber: 'INV-5001', currency: 'USD', insuredValue: 6000,
    items: [{ productId: mug.id, quantity: 4 }], parcels: [{ grossWeightG: 2000 }],
  });
  const pack = await value<{ archivePath: string }>(app, 'documents.buildPack', { shipmentId: shipment.id });
  for (const status of ['ready', 'shipped', 'lost']) await value(app, 'shipments.setStatus', { id: shipment.id, status });
  const policy = await value<{ id: number }>(app, 'policies.create', { insurer: '平安保险', policyNumber: 'PC-7788', deductibleCurrency: 'USD', claimWindowDays: 30 });
  const claim = await value<{ id: number }>(app, 'claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: daysAgo(10), amountClaimed: 6000, description: '包裹在出口后丢失。' });

  await app.open(`/claims/${claim.id}`);
  const picker = page.getByTestId('evidence-picker');
  await expect(picker.getByTestId('picker-packs').locator('li')).toHaveCount(1);
  await picker.getByRole('button', { name: 'Use as the claim’s pack' }).click();
  await expect(picker.getByText('The claim’s pack')).toBeVisible();
  expect((await value<{ packPath: string }>(app, 'claims.get', { id: claim.id })).packPath).toBe(pack.archivePath);
  await picker.getByRole('button', { name: 'Add 产品照片.pdf as evidence' }).click();
  await expect(picker.getByTestId('picker-files').getByText('Added')).toBeVisible();
  await expect(page.getByTestId('toaster')).toContainText('产品照片.pdf added to the claim’s evidence.');
  // Added under the name it has on the product, not the hash the data folder stores it under.
  expect((await value<{ fileName: string }[]>(app, 'attachments.list', { owner: { kind: 'claim', id: claim.id } })).map((a) => a.fileName)).toEqual(['产品照片.pdf']);
  // The incident date in the English order.
  const [y, m, d] = daysAgo(10).split('-');
  await expect(page.getByLabel('Incident date')).toHaveValue(`${m}/${d}/${y}`);
  // $60.00 claimed for 4 × $12.00 of goods: said beside the amount, in each language.
  const aboveGoods = page.locator('[data-field="amountClaimed"] .field-warning');
  await expect(aboveGoods).toHaveText('Above the declared value of the goods ($48.00) by $12.00.');
  await shots(page, 'claim', 'en');
  await shots(page, 'claim-amount', 'en', page.locator('[data-field="amountClaimed"]'));

  await page.getByRole('button', { name: '简体中文' }).first().click();
  await expect(page.getByLabel('事故日期')).toHaveValue(`${y}/${m}/${d}`);
  await expect(picker.getByText('理赔的单证包')).toBeVisible();
  await expect(aboveGoods).toHaveText('比货物申报价值（US$48.00）高出 US$12.00。');
  await shots(page, 'claim', 'zh');
  await shots(page, 'claim-amount', 'zh', page.locator('[data-field="amountClaimed"]'));
  // The user's own words (the product's English name, the consignee's street and carrier) may stay.
  expect(await englishLeft(page.locator('main'), ['Clearpack', 'pdf', 'WebP', 'Ceramic', 'mug', 'ml', 'Main', 'St', 'Austin', 'China', 'Post'])).toEqual([]);
});

test('a date field says its day back in words with the weekday, as it is typed, in each language: 12/04/2026 is Fri, Dec 4, never read as 12 April', async ({ app }) => {
  const { page } = app;
  await app.open('/quality/lots/new');
  const received = page.getByLabel('Received on');
  const echo = page.locator('[data-field="receivedDate"]').getByTestId('date-echo');
  await received.fill('12/04/2026');
  await expect(echo).toHaveText('Fri, Dec 4, 2026');
  // Half typed, or no day: nothing said back (the field's error says the rest on save).
  await received.fill('12/0');
  await expect(echo).toHaveCount(0);
  await received.fill('04/12/2026');
  await expect(echo).toHaveText('Sun, Apr 12, 2026');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByLabel('收货日期')).toHaveValue('2026/04/12');
  await expect(echo).toHaveText('2026年4月12日周日');
  await page.getByRole('button', { name: 'English' }).click();
});
