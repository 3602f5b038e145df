import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('a seller files a claim for a lost insured parcel and produces the letter', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async <T = { id: number }>(method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  await call('settings.update', { exporterName: '深圳光明贸易有限公司', addressLines: ['1 Keji Rd, Nanshan'], city: 'Shenzhen', country: 'CN', signatoryName: 'Li Wei', signatoryTitle: 'Owner' });
  const mug = await call('products.create', { sku: 'MUG-01', name: 'Ceramic mug 350 ml', localName: '陶瓷杯', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 350, unitValue: 1200, currency: 'USD' });
  const shipment = await call<{ id: number; reference: string }>('shipments.create', {
    consignee: { name: 'John Miller', addressLines: ['200 Main St'], city: 'Austin', postcode: '78701', country: 'US' },
    carrier: 'China Post', trackingNumber: 'LX123456789CN', shipDate: daysAgo(20), invoiceNumber: 'INV-5001', currency: 'USD', insuredValue: 6000,
    items: [{ productId: mug.id, quantity: 4 }], parcels: [{ grossWeightG: 2000 }],
  });
  await call('shipments.setStatus', { id: shipment.id, status: 'ready' });
  await call('shipments.setStatus', { id: shipment.id, status: 'shipped' });
  await call('shipments.setStatus', { id: shipment.id, status: 'lost', note: 'Tracking stopped at export hub' });

  // A policy, through the Policies tab.
  await app.open('/claims');
  await expect(page.getByRole('heading', { name: 'Insurance claims' })).toBeVisible();
  await page.getByRole('link', { name: 'Policies' }).click();
  await page.getByRole('button', { name: 'New policy' }).click();
  await page.locator('[data-field="insurer"] input').fill('Parcel Cover Ltd');
  await page.getByLabel('Policy number').fill('PC-7788');
  await page.getByLabel('Deductible').fill('5');
  await page.getByLabel('Claim window (days after the incident)').fill('30');
  await page.getByLabel('Insurer’s claims address').fill('Claims department\n10 Fleet Street\nLondon EC4Y 1AA');
  await page.getByRole('button', { name: 'Save' }).click();
  // Listed as every other list is (a grid in a card, small-capital headers, the insurer as text, not
  // a link: was a bare table of Title-case headers); a click on its row opens it again
  const policy = page.getByRole('row').filter({ hasText: 'PC-7788' });
  await expect(policy.getByRole('gridcell', { name: 'PC-7788' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Policies', exact: true }).getByRole('columnheader').first()).toHaveCSS('text-transform', 'uppercase');
  await expect(policy.getByRole('button')).toHaveCount(0);
  await policy.click();
  await expect(page.getByLabel('Policy number')).toHaveValue('PC-7788');

  // The claim: too much first (refused at the amount), then the insured value.
  await page.getByRole('navigation', { name: 'Insurance claims' }).getByRole('link', { name: 'Claims' }).click();
  await expect(page.getByText('No claims yet')).toBeVisible();
  await page.getByRole('link', { name: 'New claim' }).click();
  // A claim needs its shipment: the label carries the form's required mark, as the other fields do
  await expect(page.locator('[data-field="shipmentId"] label .req')).toHaveText('*');
  await page.getByRole('searchbox', { name: 'Shipment' }).fill(shipment.reference);
  await page.getByRole('button', { name: new RegExp(shipment.reference) }).click();
  await expect(page.getByTestId('claim-shipment')).toContainText('Insured value: $60.00');
  // The field holds the shipment where the search box was (not an empty box above it), with Change.
  await expect(page.getByRole('searchbox', { name: 'Shipment' })).toHaveCount(0);
  await expect(page.getByLabel(/^Shipment\b/)).toHaveText(shipment.reference);
  await page.getByRole('button', { name: 'Change Shipment' }).click();
  await expect(page.getByRole('searchbox', { name: 'Shipment' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel(/^Shipment\b/)).toHaveText(shipment.reference);
  await page.getByLabel('Policy').selectOption({ label: 'PC-7788 · Parcel Cover Ltd' });
  // The whole policy on hover, whatever the select's width cuts off.
  await expect(page.getByLabel('Policy')).toHaveAttribute('title', 'PC-7788 · Parcel Cover Ltd');
  await page.getByLabel('Type of claim').selectOption('loss');
  await page.getByLabel('Incident date').fill(daysAgo(10));
  await page.getByLabel('Amount claimed').fill('75');
  await page.getByLabel('What happened').fill('The parcel was lost after export: tracking stopped at the hub. 包裹在出口后丢失。');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="amountClaimed"] .field-error')).toHaveText('Above the shipment’s insured value.');
  // The refusal is said alone (the warning below waits until it is fixed).
  const aboveGoods = page.locator('[data-field="amountClaimed"] .field-warning');
  await expect(aboveGoods).toHaveCount(0);
  // Within the insured value but above the goods (4 × $12.00): said at the field as it is typed, and saved all the same.
  await page.getByLabel('Amount claimed').fill('48');
  await expect(aboveGoods).toHaveCount(0);
  await page.getByLabel('Amount claimed').fill('60');
  await expect(aboveGoods).toHaveText('Above the declared value of the goods ($48.00) by $12.00.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Claim CL-\d{4}-000001/ })).toBeVisible();
  // Saved: the claim as stored says it too (the core's goods value).
  await expect(aboveGoods).toHaveText('Above the declared value of the goods ($48.00) by $12.00.');
  await expect(page.getByText('20 days left')).toBeVisible();
  // A letter before any evidence says nothing of evidence (was "0 of 0 evidence files merged.").
  await page.getByRole('button', { name: 'Generate letter' }).click();
  await expect(page.getByTestId('letter-result')).toContainText('Letter');
  await expect(page.getByTestId('letter-result')).not.toContainText('evidence');

  // Evidence: the tracking history as a PDF.
  const dir = join(ARTIFACTS, 'claim-evidence');
  mkdirSync(dir, { recursive: true });
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(`Tracking history LX123456789CN: accepted ${daysAgo(20)}, export hub ${daysAgo(18)}, no further scan`, { x: 40, y: 780, size: 10, font });
  const trackingPdf = join(dir, 'tracking-history.pdf');
  writeFileSync(trackingPdf, await doc.save());
  await page.getByLabel('File path').fill(trackingPdf);
  await page.getByRole('button', { name: 'Attach' }).click();
  await expect(page.getByText('tracking-history.pdf').first()).toBeVisible();
  // Its kind is asked for at once: no refresh button to find first.
  await expect(page.getByRole('button', { name: '↻' })).toHaveCount(0);
  await page.getByLabel('Kind of evidence for tracking-history.pdf').selectOption('tracking_history');
  await expect(page.getByTestId('form-banner')).toHaveText('Claim saved.');

  // Workflow: a draft is filed; it cannot jump to paid (no such button).
  await expect(page.getByRole('button', { name: 'Mark as paid' })).toHaveCount(0);
  await page.getByLabel('Note for the history').fill('Sent to claims@parcelcover.example');
  await page.getByRole('button', { name: 'Mark as filed', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Claim CL-/ })).toContainText('Filed');
  await expect(page.getByText('Draft → Filed — Sent to claims@parcelcover.example')).toBeVisible();

  // The letter, in the UI's language unless chosen otherwise.
  await expect(page.getByLabel('Language of the letter')).toHaveValue('en');
  await page.getByRole('button', { name: 'Generate letter' }).click();
  const result = page.getByTestId('letter-result');
  await expect(result).toContainText('1 of 1 evidence file merged.');
  const letterPath = (await result.locator('code').textContent())!;
  expect(existsSync(letterPath)).toBe(true);
  await shot(page, 'claim-form-en');
  execFileSync('pdftoppm', ['-png', '-r', '50', letterPath, join(ARTIFACTS, 'claim-letter')]);

  await page.getByRole('navigation', { name: 'Insurance claims' }).getByRole('link', { name: 'Claims' }).click();
  await expect(page.getByTestId('claim-count')).toHaveText('1 claim');
  await expect(page.getByRole('row', { name: /CL-/ })).toContainText('Filed');
  await shot(page, 'claims-list-en');

  // Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '保险理赔' })).toBeVisible();
  await expect(page.getByTestId('claim-count')).toHaveText('1 个理赔');
  await shot(page, 'claims-list-zh');
  await page.getByRole('row', { name: /CL-/ }).click();
  await expect(page.getByRole('button', { name: '生成理赔函' })).toBeVisible();
  // Filed, the amount can no longer change; what it is above is still said, in Chinese.
  await expect(aboveGoods).toHaveText('比货物申报价值（US$48.00）高出 US$12.00。');
  // In the Chinese UI the letter is written in Chinese unless chosen otherwise: to a Chinese insurer.
  const language = page.getByLabel('理赔函语言');
  await expect(language).toHaveValue('zh');
  await expect(language.locator('option:checked')).toHaveText('简体中文');
  await page.getByRole('button', { name: '生成理赔函' }).click();
  await expect(result).toContainText('已合并 1/1 个证据文件。');
  const zhPath = (await result.locator('code').textContent())!;
  expect(zhPath).toMatch(/CL-\d{4}-000001-letter-zh\.pdf$/);
  // The letter's own page (the merged tracking PDF after it says what it says).
  const zhText = execFileSync('pdftotext', ['-layout', '-l', '1', zhPath, '-']).toString();
  for (const s of ['保险索赔申请书', '致（保险人）', '申请人（被保险人）', '根据保单 PC-7788', '索赔金额', '保单免赔额', '出险日期', '索赔时限', '随附证据', '物流轨迹记录', '60.00 USD', '5.00 USD'])
    expect(zhText).toContain(s);
  for (const s of ['INSURANCE CLAIM', 'Under policy', 'Amount claimed', 'Evidence enclosed', 'Deductible', 'Tracking history']) expect(zhText).not.toContain(s);
  await shot(page, 'claim-form-zh');
  execFileSync('pdftoppm', ['-png', '-r', '50', zhPath, join(ARTIFACTS, 'claim-letter-zh')]);
  await page.getByRole('link', { name: '事故报告' }).click();
  await expect(page.getByRole('heading', { name: '商品安全事故报告' })).toBeVisible();
  await shot(page, 'incident-form-zh');
});
