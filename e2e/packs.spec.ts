// Printing document packs from the shipment editor: a CN22 parcel and a CN23 parcel with a battery,
// the preview drawn by pdf.js, and each pack rendered to PNG with pdftoppm to look at.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreCall } from './call';
import { stubDesktop } from './desktop-stub';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';

test('a seller prints the pack of a CN22 parcel and of a CN23 parcel with a battery, with a preview', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async <T = { id: number }>(method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  await call('settings.update', {
    exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN',
    phone: '+86 755 1234 5678', eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director',
    rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
  });
  const hp = await call('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones, over-ear', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
  const spk = await call('products.create', {
    sku: 'SPK-01', name: 'Portable speaker with lithium-ion battery', localName: '便携音箱', hsCode: '851822', originCountry: 'CN', unitNetWeightG: 600, unitValue: 8000, currency: 'USD',
    compliance: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 7.4, batteriesPerUnit: 1 } },
  });
  const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE', phone: '+49 30 123456' };
  const base = { consignee, invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850, trackingNumber: 'LX123456785CN' };
  const cn22 = await call('shipments.create', { ...base, invoiceNumber: 'INV-22', items: [{ productId: hp.id, quantity: 1 }], parcels: [{ grossWeightG: 400, lengthMm: 200, widthMm: 150, heightMm: 80 }] });
  const cn23 = await call('shipments.create', { ...base, invoiceNumber: 'INV-23', items: [{ productId: spk.id, quantity: 2 }, { productId: hp.id, quantity: 2 }], parcels: [{ grossWeightG: 3200, lengthMm: 400, widthMm: 300, heightMm: 200 }] });

  for (const [s, form] of [[cn22, 'CN22'], [cn23, 'CN23']] as const) {
    await app.open(`/shipments/${s.id}`);
    const panel = page.getByTestId('pack-panel');
    await expect(panel.getByRole('button', { name: 'Print pack' })).toBeEnabled();
    await panel.getByRole('button', { name: 'Print pack' }).click();
    await expect(panel.getByTestId('pack-result')).toContainText(`${form}.`);
    await expect(panel.getByTestId('pack-result')).toContainText(form === 'CN23' ? 'Lithium battery mark' : 'CN22 as 4 × 6 in label');
    await expect(panel.getByTestId('pack-preview').locator('canvas').first()).toBeVisible();
    await expect(panel.getByTestId('pack-archive').locator('li')).toHaveCount(1);
    await panel.screenshot({ path: join(ARTIFACTS, `pack-panel-${form}.png`) });
    await expectPackControlsOnTop(page);
    const path = (await panel.getByTestId('pack-path').textContent())!;
    execFileSync('pdftoppm', ['-png', '-r', '50', path, join(ARTIFACTS, `pack-${form}`)]);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'pack-editor.png'), fullPage: true });
});

/**
 * The pack panel's Paper select and Print pack button are the topmost element at their centre at
 * every scroll position of the column they scroll in, down to the page previews: the findings card
 * above them stays in view but never lies over them.
 */
async function expectPackControlsOnTop(page: Page) {
  const panel = page.getByTestId('pack-panel');
  const covered = await panel.evaluate(async (el) => {
    const controls = [el.querySelector('select')!, el.querySelector('.pack-actions button')!] as HTMLElement[];
    let area: HTMLElement | null = el.parentElement;
    while (area && !(/auto|scroll/.test(getComputedStyle(area).overflowY) && area.scrollHeight > area.clientHeight)) area = area.parentElement;
    if (!area) return ['no scrolling column: the panel is not in one'];
    const bad: string[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    for (let top = 0; top <= area.scrollHeight - area.clientHeight + 20; top += 20) {
      area.scrollTop = top;
      await frame();
      const view = area.getBoundingClientRect();
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        if (y < Math.max(view.top, 0) || y > Math.min(view.bottom, window.innerHeight)) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit !== c && !c.contains(hit)) bad.push(`${c.tagName} at scroll ${area.scrollTop}: ${hit?.closest('[data-testid]')?.getAttribute('data-testid') ?? hit?.className}`);
      }
    }
    area.scrollTop = area.scrollHeight;
    return bad;
  });
  expect(covered, 'the Paper select and Print pack covered at some scroll position').toEqual([]);
  // Scrolled to the page previews, the findings are still in view.
  await expect(page.getByTestId('preflight')).toBeInViewport();
}

test('printing is refused with the reason while the preflight blocks', async ({ app }) => {
  const { page } = app;
  const r = await app.core.api.call('shipments.create', { consignee: { name: 'A', addressLines: ['x'], city: 'Berlin', country: 'DE' } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  await app.open(`/shipments/${(r.value as { id: number }).id}`);
  const panel = page.getByTestId('pack-panel');
  await expect(panel.getByTestId('pack-blocked')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Print pack' })).toBeDisabled();
});

test('batch printing from the shipments list: by ship date (one blocked) and the filtered ready list', async ({ app }) => {
  const { page } = app;
  const call = async <T = { id: number }>(method: string, input: unknown) => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const out = join(ARTIFACTS, `batch-out-${Date.now()}`);
  mkdirSync(out, { recursive: true });
  await call('settings.update', {
    exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN',
    eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
  });
  const hp = await call('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
  const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };
  for (const n of [1, 2]) {
    const s = await call('shipments.create', { consignee, invoiceNumber: `INV-${n}`, invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850, items: [{ productId: hp.id, quantity: n }], parcels: [{ grossWeightG: 400 * n }] });
    await call('shipments.setStatus', { id: s.id, status: 'ready' });
  }
  // A draft for the same day with nothing in it: the preflight blocks it.
  await call('shipments.create', { consignee: { ...consignee, name: 'Bob Empty' }, shipDate: '2026-11-22' });

  await app.open('/shipments');
  await page.getByRole('button', { name: 'Print packs…' }).click();
  const panel = page.getByTestId('batch-print');
  await panel.getByLabel('Ship date').fill('2026-11-22');
  await panel.getByLabel('Output folder (one PDF per shipment)').fill(out);
  await panel.getByRole('button', { name: 'Start' }).click();
  const result = panel.getByTestId('batch-result');
  await expect(result).toContainText('2 of 3 packs built.', { timeout: 60_000 });
  await expect(result.locator('li')).toHaveCount(3);
  await expect(result).toContainText('Blocked: SH-2026-000003');
  await expect(result).toContainText(join(out, 'SH-2026-000001_Anna_Schmidt.pdf'));
  await expect(result.getByRole('link', { name: 'SH-2026-000003' })).toHaveAttribute('href', /#\/shipments\/\d+$/);
  await page.screenshot({ path: join(ARTIFACTS, 'batch-print-en.png') });

  // The list filtered to ready shipments: both printed, with the progress bar while it runs.
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Ready' }).click();
  await panel.getByLabel('Ready shipments in the list as filtered now').check();
  await panel.getByRole('button', { name: 'Start' }).click();
  // Their packs are in the folder from the first run: kept, said next to the folder, with the way out.
  await expect(panel.locator('[data-field="outDir"]').getByRole('alert')).toHaveText(
    new RegExp(`^A file is already there: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/SH-2026-00000[12]_Anna_Schmidt\\.pdf\\. Choose another name or folder, or replace it\\.$`),
  );
  await panel.getByRole('button', { name: 'Replace the existing file' }).click();
  await expect(page.getByTestId('job-progress').or(result)).toBeVisible();
  await expect(result).toContainText('2 of 2 packs built.', { timeout: 60_000 });
  await expect(result.locator('li')).toHaveCount(2);
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(result).toContainText('已生成 2 / 2 个单证包。');
  await page.screenshot({ path: join(ARTIFACTS, 'batch-print-zh.png') });
});

test('batch printing on the desktop: the folder chosen in the dialog, each pack and the folder opened, the folder remembered', async ({ app, dataDir }) => {
  const { page } = app;
  const call = coreCall(app);
  const out = join(ARTIFACTS, `batch-chosen-${Date.now()}`);
  mkdirSync(out, { recursive: true });
  // The desktop's dialogs and viewer, stood in for: the folder dialog "picks" `out`, the viewer records what it is asked to open.
  const { opened } = await stubDesktop(page, { folder: out });
  await call('settings.update', {
    exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN',
    eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
  });
  const hp = await call('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
  for (const [n, name] of [[1, 'Anna Schmidt'], [2, 'Lena Vogel']] as const) {
    const s = await call('shipments.create', {
      consignee: { name, addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' },
      invoiceNumber: `INV-${n}`, invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850, items: [{ productId: hp.id, quantity: n }], parcels: [{ grossWeightG: 400 * n }],
    });
    await call('shipments.setStatus', { id: s.id, status: 'ready' });
  }

  await app.open('/shipments');
  await page.getByRole('button', { name: 'Print packs…' }).click();
  const panel = page.getByTestId('batch-print');
  const folder = panel.getByLabel('Output folder (one PDF per shipment)');
  await expect(folder).toHaveValue('');
  await panel.getByLabel('Ship date').fill('2026-11-22');
  await panel.getByRole('button', { name: 'Choose…' }).click();
  await expect(folder).toHaveValue(out);
  await panel.getByRole('button', { name: 'Start' }).click();
  const result = panel.getByTestId('batch-result');
  await expect(result).toContainText('2 of 2 packs built.', { timeout: 60_000 });
  const files = ['SH-2026-000001_Anna_Schmidt.pdf', 'SH-2026-000002_Lena_Vogel.pdf'];
  expect(readdirSync(out).sort()).toEqual(files);
  await page.screenshot({ path: join(ARTIFACTS, 'batch-print-desktop-en.png') });

  // Open on the second pack: its archived copy (packs/<sha256>.pdf in the data folder, the same bytes as the file in the folder).
  const second = result.locator('li').filter({ hasText: 'SH-2026-000002' });
  await second.getByRole('button', { name: 'Open' }).click();
  const sha = createHash('sha256').update(readFileSync(join(out, files[1]!))).digest('hex');
  await expect.poll(() => opened).toEqual([join(dataDir, 'packs', `${sha}.pdf`)]);
  await result.getByRole('button', { name: 'Open folder' }).click();
  await expect.poll(() => opened).toEqual([join(dataDir, 'packs', `${sha}.pdf`), out]);
  await expect(result.getByRole('alert')).toHaveCount(0);

  // The folder is remembered: the next batch, after a reload, starts with it.
  expect((await call<{ printFolder: string | null }>('settings.get', {})).printFolder).toBe(out);
  await page.reload();
  await page.getByRole('button', { name: 'Print packs…' }).click();
  await expect(page.getByTestId('batch-print').getByLabel('Output folder (one PDF per shipment)')).toHaveValue(out);
});
