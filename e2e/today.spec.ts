// The dashboard's Today: the counts of the day's shipments, one click printing the ready packs into
// one PDF handed to the system viewer (window.clearpackDesktop.openPath, a stand-in that records the
// calls, as in open-documents.spec.ts), the others as links with their first finding; and the first
// run's setup checklist ticking itself. Screenshots in English and Chinese at 1280×820 and 1024×700.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { coreCall } from './call';
import { ARTIFACTS, expect, test } from './harness';
import { stubDesktop } from './desktop-stub';

// The desktop's host: a warm job worker prints the day (as in the app, where "Print today" does not
// wait for a thread to load the PDF kit and fonts).
test.use({ warmJobs: true });

const SIZES = [[1280, 820], [1024, 700]] as const;

/** A seller profile with what a pack needs, headphones in the catalog and a consignee in Germany. */
async function sellerWithHeadphones(call: ReturnType<typeof coreCall>) {
  await call('settings.update', {
    exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN',
    eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
  });
  const hp = await call('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
  return { hp, consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' } };
}

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 820 });
}

test('Today counts the day’s shipments; one click builds the ready packs into one PDF and opens it', async ({ app, dataDir }) => {
  const { page } = app;
  const { opened } = await stubDesktop(page);
  const call = coreCall(app);
  const { hp, consignee } = await sellerWithHeadphones(call);
  // No ship date given: today's.
  for (const n of [1, 2]) {
    const s = await call<{ id: number; shipDate: string }>('shipments.create', { consignee, invoiceNumber: `INV-${n}`, invoiceDate: '2026-11-21', postage: 850, items: [{ productId: hp.id, quantity: n }], parcels: [{ grossWeightG: 400 * n }] });
    await call('shipments.setStatus', { id: s.id, status: 'ready' });
  }
  const empty = await call<{ id: number; reference: string }>('shipments.create', { consignee: { ...consignee, name: 'Bob Empty' } });

  await app.open('/');
  const today = page.getByTestId('today');
  await expect(page.getByTestId('today-counts')).toHaveText('Today: 2 ready · 1 needs attention · 0 printed');
  const attention = page.getByTestId('today-attention');
  await expect(attention.getByRole('link', { name: empty.reference })).toBeVisible();
  await expect(attention).toContainText('Bob Empty');
  await expect(attention.locator('.today-finding')).not.toBeEmpty();
  await shots(page, 'today-ready-en');

  await today.getByRole('button', { name: 'Print 2 ready packs' }).click();
  await expect(page.getByTestId('today-result')).toContainText('One PDF with 2 packs', { timeout: 60_000 });
  await expect.poll(() => opened.length).toBe(1);
  const pdf = opened[0]!;
  expect(pdf.startsWith(join(dataDir, 'documents', 'print'))).toBe(true);
  expect(existsSync(pdf)).toBe(true);
  await expect(page.getByTestId('today-result')).toContainText('Opened in your PDF viewer');
  await expect(page.getByTestId('today-counts')).toHaveText('Today: 0 ready · 1 needs attention · 2 printed');
  // Beside "Print today's packs again": not "Nothing is ready to print yet." right after printing them.
  await expect(page.getByTestId('today-none-ready')).toHaveText('All of today’s ready packs are printed.');
  // One PDF holding every pack's pages; each pack archived.
  const packs = await call<{ shipmentId: number; pages: number }[]>('documents.list', { shipmentId: 1 });
  const packs2 = await call<{ pages: number }[]>('documents.list', { shipmentId: 2 });
  expect((await PDFDocument.load(readFileSync(pdf))).getPageCount()).toBe(packs[0]!.pages + packs2[0]!.pages);
  await shots(page, 'today-printed-en');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('today-counts')).toHaveText('今天：0 个可发货 · 1 个需要处理 · 2 个已打印');
  await expect(page.getByTestId('today-none-ready')).toHaveText('今天可发货的单证包都已打印。');
  // Two sentences in Chinese follow each other without a space.
  await expect(page.getByTestId('today-result')).toContainText('页）。已在 PDF 阅读器中打开');
  await shots(page, 'today-printed-zh');
  await page.getByRole('button', { name: 'English' }).click();

  // The draft opens in its editor.
  await attention.getByRole('link', { name: empty.reference }).click();
  await expect(page).toHaveURL(new RegExp(`#/shipments/${empty.id}$`));
  // Let the editor finish its first calls (the preflight in its header) before the host closes.
  await expect(page.getByTestId('head-preflight').locator('[data-verdict]')).toBeVisible();
});

test('a ready shipment the preflight now blocks is left out of Print today, with its first finding in the UI’s language (zh)', async ({ app }) => {
  const { page } = app;
  const call = coreCall(app);
  const { hp, consignee } = await sellerWithHeadphones(call);
  const ok = await call<{ id: number }>('shipments.create', { consignee, invoiceNumber: 'INV-1', invoiceDate: '2026-11-21', postage: 850, items: [{ productId: hp.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
  await call('shipments.setStatus', { id: ok.id, status: 'ready' });
  const speaker = await call('products.create', { sku: 'SPK-01', name: 'Bluetooth speaker', hsCode: '851822', originCountry: 'CN', unitNetWeightG: 200, unitValue: 1500, currency: 'USD' });
  const held = await call<{ id: number; reference: string }>('shipments.create', { consignee, invoiceNumber: 'INV-2', invoiceDate: '2026-11-21', postage: 850, items: [{ productId: speaker.id, quantity: 1 }], parcels: [{ grossWeightG: 300 }] });
  await call('shipments.setStatus', { id: held.id, status: 'ready' });
  // Marked ready, then the seller records that its spare lithium battery ships loose: forbidden in mail.
  await call('products.update', { id: speaker.id, compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, cellsPerUnit: 3, batteriesPerUnit: 1 } } });

  await app.open('/');
  await page.getByRole('button', { name: '简体中文' }).click();
  // Counted as it is: one ready, one needing attention (listed, with its block), not "2 ready".
  await expect(page.getByTestId('today-counts')).toContainText('1 个可发货');
  await expect(page.getByTestId('today-counts')).toContainText('1 个需要处理');
  await expect(page.getByTestId('today-attention').getByRole('listitem').filter({ hasText: held.reference })).toContainText('禁止邮寄');
  await page.getByTestId('today-print').click();
  const blocked = page.getByTestId('today-blocked');
  // The state of a shipment is 受阻 everywhere (was 被阻止 here, 受阻 in the list).
  await expect(blocked).toContainText('1 个货件受阻，未包含：', { timeout: 60_000 });
  const finding = blocked.getByRole('listitem').filter({ hasText: held.reference }).locator('.small');
  await expect(finding).toContainText('SPK-01：');
  await expect(finding).toContainText('禁止邮寄');
  await expect(finding).not.toContainText('forbidden');
  await shots(page, 'today-blocked-zh');
});

test('Start empty shows the setup checklist instead of empty cards; it ticks once the seller profile is saved', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  await page.getByTestId('demo-choice').getByRole('button', { name: 'Start empty' }).click();
  const list = page.getByTestId('setup-checklist');
  await expect(list).toBeVisible();
  await expect(page.locator('.home-cards')).toHaveCount(0);
  await expect(page.getByText('Nothing here.')).toHaveCount(0);
  await expect(page.getByTestId('setup-progress')).toHaveText('0 of 5 done');
  await expect(page.getByTestId('setup-profile')).toHaveAttribute('data-done', 'false');
  await shots(page, 'dashboard-empty-en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('setup-progress')).toHaveText('已完成 0 / 5');
  await shots(page, 'dashboard-empty-zh');
  await page.getByRole('button', { name: 'English' }).click();

  // The first step's link leads to the seller profile; saving it ticks the step.
  await list.getByRole('link', { name: 'Fill in your seller profile' }).click();
  await page.getByLabel('Exporter name').fill('Shenzhen Brightway Trading');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-banner')).toHaveText('Seller profile saved.');
  await app.open('/');
  await expect(page.getByTestId('setup-profile')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('setup-progress')).toHaveText('1 of 5 done');
  await expect(page.getByTestId('setup-catalog')).toHaveClass(/next/);
});

test('the demo’s dashboard leads with Today: ready shipments and ones that need attention, counted by the core; Print today builds the ready ones; in English and Chinese', async ({ app }) => {
  const { page } = app;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await app.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  expect((await app.call('demo.load', {})).ok).toBe(true);
  // The core's count of the day (its one clock), which the dashboard must show as it is.
  const day = await call<{ today: string; ready: number; attention: number; printed: number }>('documents.today', {});
  expect(day.ready).toBeGreaterThanOrEqual(2);
  expect(day.attention).toBeGreaterThanOrEqual(1);
  expect(day.printed).toBe(0);
  const readyIds = (await call<{ items: { id: number; shipDate: string | null }[] }>('shipments.list', { status: 'ready' })).items.filter((s) => s.shipDate === day.today).map((s) => s.id);
  expect(readyIds).toHaveLength(day.ready);

  await app.open('/');
  const counts = page.getByTestId('today-counts');
  await expect(counts).toHaveText(`Today: ${day.ready} ready · ${day.attention} ${day.attention === 1 ? 'needs' : 'need'} attention · 0 printed`);
  await expect(page.getByTestId('today-attention').locator('li .today-finding').first()).not.toBeEmpty();
  await expect(page.getByTestId('card-cases')).toBeVisible();
  // Four of five steps done: one line with the next step, the cards right below.
  await expect(page.getByTestId('setup-checklist')).toContainText('4 of 5 done');
  await expect(page.getByTestId('setup-printed')).toHaveText('Print today’s packs');
  await shots(page, 'dashboard-demo-today-en');
  const firstFinding = page.getByTestId('today-attention').locator('li .today-finding').first();
  const english = (await firstFinding.textContent())!;
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(counts).toHaveText(`今天：${day.ready} 个可发货 · ${day.attention} 个需要处理 · 0 个已打印`);
  // The first finding of what needs attention is said in Chinese, not the core's English.
  await expect(firstFinding).toHaveText(/[\u4e00-\u9fff]/);
  await expect(firstFinding).not.toHaveText(english);
  await shots(page, 'dashboard-demo-today-zh');
  await page.getByRole('button', { name: 'English' }).click();

  // Print today: one PDF of the ready packs, each archived; the counts move to printed.
  await page.getByTestId('today').getByRole('button', { name: `Print ${day.ready} ready packs` }).click();
  const result = page.getByTestId('today-result');
  await expect(result).toContainText(`One PDF with ${day.ready} packs`, { timeout: 60_000 });
  await expect(page.getByTestId('today-blocked')).toHaveCount(0);
  await expect(counts).toHaveText(`Today: 0 ready · ${day.attention} ${day.attention === 1 ? 'needs' : 'need'} attention · ${day.ready} printed`);
  const pdf = (await result.locator('code').textContent())!;
  expect(existsSync(pdf)).toBe(true);
  let pages = 0;
  for (const id of readyIds) {
    const packs = await call<{ pages: number }[]>('documents.list', { shipmentId: id });
    expect(packs, `shipment ${id}`).toHaveLength(1);
    pages += packs[0]!.pages;
  }
  expect((await PDFDocument.load(readFileSync(pdf))).getPageCount()).toBe(pages);
  await shots(page, 'dashboard-demo-printed-en');
});
