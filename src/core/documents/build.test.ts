// documents.buildPack, the archive and batch printing, on the real core (real SQLite, real files),
// PDFs read back with pdfjs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';
import type { BatchReport } from '../../shared/documents';
import type { Shipment } from '../../shared/shipments';
import { amount } from './kit';
import { saidIn } from '../../shared/preflight-text-zh';
import { displayWeight } from '../../shared/weight';
import { buildBatch, uniquePackNames } from './batch';
import { packShipment } from './build';
import { directControl } from '../jobs/control';
import { consignee, packSetup } from '../../../test/fixtures/shipment-packs';

describe('documents.buildPack', () => {
  it('CN22 parcel: invoice lines, HS codes, totals and the Chinese name match the shipment; every page numbered; A4', async () => {
    const { core, cn22 } = await packSetup();
    const pack = await core.ok('documents.buildPack', { shipmentId: cn22.id });
    expect(pack.form).toBe('CN22');
    expect(pack.paper).toBe('A4');
    expect(pack.skipped).toEqual([]);
    const pages = await readPdf(readFileSync(pack.path));
    expect(pages).toHaveLength(pack.pages);
    pages.forEach((p) => expect(p.text).toContain(`Page ${p.number} of ${pages.length}`));
    for (const p of pages) if (!p.text.includes('CN 22') || p.width !== 288) expect([p.width, p.height]).toEqual([595.28, 841.89]);
    const invoice = pages[pack.documents.find((d) => d.name === 'Commercial invoice')!.firstPage - 1]!.text;
    expect(invoice).toContain('INV-1');
    expect(invoice).toContain('851830');
    expect(invoice).toContain('蓝牙耳机');
    expect(invoice).toContain(amount(2490, 'USD'));
    expect(invoice).toContain(`TOTAL ${amount(2490 + 850, 'USD')} USD`);
    expect(invoice).toContain('CN1234567890123');
    expect(invoice).toContain('IM2760000001');
    expect(invoice).toContain('Li Wei');
    expect(pack.documents.map((d) => d.name)).toContain('CN22 customs declaration');
    expect(pages[0]!.text).toContain(cn22.reference);
    expect(pages[0]!.text).toContain('LX123456785CN');
    expect(pack.documents.some((d) => d.name.startsWith('Lithium'))).toBe(false);
  });

  it('the cover speaks Chinese beside the English: labels, each finding in the screen’s Chinese wording, counts and weight as the screen shows them', async () => {
    // Issue 16 point 7: nothing English-only in the Chinese UI's PDFs — the cover is the seller's.
    const { core, headphones } = await packSetup();
    const tea = await core.ok('products.create', {
      sku: 'TEA-1', name: 'Green tea, loose leaf, 100 g', localName: '绿茶', hsCode: '0902.10', originCountry: 'CN', unitNetWeightG: 100, unitValue: 500, currency: 'USD', compliance: { categories: ['food'] },
    });
    const s = (await core.ok('shipments.create', {
      consignee: { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' }, invoiceNumber: 'INV-US', invoiceDate: '2026-11-21', shipDate: '2026-11-22',
      items: [{ productId: tea.id, quantity: 2 }, { productId: headphones.id, quantity: 1 }], parcels: [{ grossWeightG: 1250 }],
    } as never)) as Shipment;
    const preflight = await core.ok('shipments.preflight', { id: s.id });
    const food = preflight.findings.find((f) => f.rule.startsWith('special') && f.message.key === 'pf.msg.special_food');
    expect(food?.severity).toBe('warn');
    const pack = await core.ok('documents.buildPack', { shipmentId: s.id });
    const cover = (await readPdf(readFileSync(pack.path)))[0]!.text;
    const flat = cover.replace(/\s+/g, '');
    for (const label of ['单证包', '货件编号', '收件人', '预检', '单证包内容及放置位置', '放在哪里', '商业发票', 'CN22海关申报单', '装箱单', '商品信息：TEA-1', '包裹外，放入单证袋（3份）；自留1份'])
      expect(flat, label).toContain(label);
    // Each finding in English and in the Chinese the screen shows for it (same key, same params).
    expect(flat).toContain('寄往美国的食品需要提供FDA预先通知确认号');
    for (const f of preflight.findings) {
      const zh = saidIn(f.message, 'zh');
      expect(zh).not.toBe(f.message.text);
      expect(flat, f.message.key).toContain(`${f.severity === 'warn' ? '警告' : '提示'}：${zh}`.replace(/\s+/g, ''));
      expect(flat, f.message.key).toContain(`${f.severity === 'warn' ? 'Warning' : 'Note'}: ${f.message.text}`.replace(/\s+/g, ''));
    }
    // Warnings and notes counted apart as the screen counts them, in both languages.
    const warnings = preflight.findings.filter((f) => f.severity === 'warn').length;
    const notes = preflight.findings.filter((f) => f.severity === 'info').length;
    expect(warnings).toBeGreaterThan(1);
    expect(notes).toBeGreaterThan(0);
    expect(cover).toContain(`Passed with ${warnings} warnings and ${notes} note${notes === 1 ? '' : 's'}`);
    expect(cover).toContain(`通过：${warnings} 个警告，${notes} 条提示`);
    // The weight as the screen shows it (kilograms from 1 kg, in either language).
    expect(cover).toContain(`1 parcel · ${displayWeight(1250, 'en-US')}`);
    expect(cover).toContain(`1 个包裹 · ${displayWeight(1250, 'zh-CN')}`);
    expect(displayWeight(1250, 'zh-CN')).toBe('1.25 kg');
  });

  it('packing list of two parcels whose contents are not recorded per parcel: the contents once for both, no net weight above a parcel’s gross, an unmeasured parcel never "0 × 0 × 0 mm"', async () => {
    // Seen on a 2-parcel pack: parcel 1 listed all 18 lines, "Net weight 12.990 kg · Gross weight
    // 12.000 kg", parcel 2 an empty table; a parcel without dimensions read "Dimensions 0 × 0 × 0 mm".
    const { core, headphones, speaker } = await packSetup();
    const two = await core.ok('shipments.create', {
      consignee, invoiceNumber: 'INV-9', shipDate: '2026-11-22', items: [{ productId: speaker.id, quantity: 2 }, { productId: headphones.id, quantity: 2 }],
      parcels: [{ grossWeightG: 1200, lengthMm: 300, widthMm: 200, heightMm: 150 }, { grossWeightG: 900 }],
    } as never) as Shipment;
    const pack = await core.ok('documents.buildPack', { shipmentId: two.id });
    const pages = await readPdf(readFileSync(pack.path));
    const first = pack.documents.find((d) => d.name === 'Packing list')!;
    const packing = pages.slice(first.firstPage - 1, first.lastPage).map((p) => p.text).join(' ').replace(/\s+/g, ' ');
    expect(packing).toContain('Parcel 1 of 2 Dimensions 300 × 200 × 150 mm · Gross weight 1.200 kg');
    expect(packing).toContain('Parcel 2 of 2 Dimensions not measured · Gross weight 0.900 kg');
    expect(packing).not.toContain('0 × 0 × 0');
    expect(packing).not.toMatch(/Parcel \d of 2 Dimensions[^·]*· Net weight/);
    expect(packing).toContain('Contents of the 2 parcels (not listed per parcel)');
    expect(packing).toMatch(/Contents of the 2 parcels \(not listed per parcel\) # Contents HS code Quantity Net weight 1 Portable speaker.* 851822 2 1\.200 kg 2 Bluetooth headphones.* 851830 2 0\.500 kg Totals/);
    expect(packing).toContain('Total gross weight 2.100 kg');
  });

  it('prints the IOSS number on a pack to every EU member, Hungary included, and not to a non-member', async () => {
    // The pack once kept its own EU list without HU while the preflight treated HU as EU.
    const { core, headphones } = await packSetup();
    const ship = async (country: string, city: string, postcode: string) =>
      (await core.ok('shipments.create', {
        consignee: { ...consignee, city, postcode, country }, orderRefs: ['#2001'], invoiceNumber: `INV-${country}`, invoiceDate: '2026-11-21', shipDate: '2026-11-22',
        items: [{ productId: headphones.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }],
      } as never)) as Shipment;
    for (const [country, city, postcode, printed] of [['HU', 'Budapest', '1051', true], ['DE', 'Berlin', '10115', true], ['CH', 'Zürich', '8001', false]] as const) {
      const pack = await core.ok('documents.buildPack', { shipmentId: (await ship(country, city, postcode)).id });
      const invoice = (await readPdf(readFileSync(pack.path)))[pack.documents.find((d) => d.name === 'Commercial invoice')!.firstPage - 1]!.text;
      expect(invoice.includes('IM2760000001'), country).toBe(printed);
    }
  });

  it('CN23 parcel with a battery, on Letter: battery pages, valid certificates merged in order, one not yet valid left out', async () => {
    const { core, cn23 } = await packSetup();
    const pack = await core.ok('documents.buildPack', { shipmentId: cn23.id, paper: 'Letter' });
    expect(pack.form).toBe('CN23');
    const pages = await readPdf(readFileSync(pack.path));
    const names = pack.documents.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['CN23 customs declaration', 'Lithium battery statement', 'Lithium battery mark']));
    const statement = pages[pack.documents.find((d) => d.name === 'Lithium battery statement')!.firstPage - 1]!.text;
    expect(statement).toContain('UN3481');
    // Certificate pages: CE (2 pages) then UN38.3 (1), at the end, in order; the later report is not there.
    expect(pages.slice(-3).map((p) => p.text.match(/(CE-DOC|UN383-SUMMARY) page \d/)![0])).toEqual(['CE-DOC page 1', 'CE-DOC page 2', 'UN383-SUMMARY page 1']);
    expect(pages.some((p) => p.text.includes('LATER-REPORT'))).toBe(false);
    pages.forEach((p) => expect(p.text).toContain(`Page ${p.number} of ${pages.length}`));
    for (const p of pages.slice(0, 3)) expect([p.width, p.height]).toEqual([612, 792]);
    const sheet = pages.find((p) => p.text.includes('SPK-01') && p.text.includes('Do not expose to heat'));
    expect(sheet?.text).toContain('CE-2026-77');
    // the cover names each certificate's type in Chinese too (was "证书" alone: English only)
    const cover = pages[0]!.text.replace(/\s+/g, '');
    expect(cover).toContain('证书欧盟符合性声明（CE）');
    expect(cover).toContain('证书UN38.3测试摘要');
    expect(cover).toContain('EUdeclarationofconformity(CE)');
  });

  it('is refused for a shipment the preflight blocks, with the findings; nothing archived', async () => {
    const { core, blocked } = await packSetup();
    const before = core.snapshot('document_packs');
    const err = await core.fail('documents.buildPack', { shipmentId: blocked.id });
    expect(err.code).toBe('BLOCKED');
    expect((err.details.findings as { rule: string }[]).map((f) => f.rule)).toContain('battery.alone');
    expect(core.snapshot('document_packs')).toEqual(before);
  });

  it('reports a corrupt certificate PDF by name and builds the pack without it, saying so on the cover', async () => {
    const { core, speaker, cn23 } = await packSetup();
    const broken = join(tempDir(), 'broken-ce.pdf');
    writeFileSync(broken, '%PDF-1.7\nthis is not really a PDF at all\n%%EOF');
    const cert = await core.ok('certificates.create', { type: 'fcc', number: 'FCC-9', issuer: 'FCC', issueDate: '2026-01-01', productIds: [speaker.id] } as never);
    await core.ok('attachments.add', { owner: { kind: 'certificate', id: cert.id }, path: broken });
    const pack = await core.ok('documents.buildPack', { shipmentId: cn23.id });
    expect(pack.skipped).toEqual([expect.objectContaining({ name: 'broken-ce.pdf' })]);
    const pages = await readPdf(readFileSync(pack.path));
    expect(pages[0]!.text).toContain('Attachments NOT included');
    expect(pages[0]!.text).toContain('broken-ce.pdf');
    expect(pages.at(-1)!.text).toContain('UN383-SUMMARY page 1');
    expect((await core.ok('documents.list', { shipmentId: cn23.id }))[0]!.skipped[0]!.name).toBe('broken-ce.pdf');
  });

  it('an output path in a missing folder or under a file is refused on outPath; nothing archived', async () => {
    const { core, cn22 } = await packSetup();
    const before = core.snapshot('document_packs');
    const missing = await core.fail('documents.buildPack', { shipmentId: cn22.id, outPath: join(tempDir(), 'no-such-folder', 'pack.pdf') });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.details.issues).toEqual([expect.objectContaining({ path: 'outPath', key: 'folder_not_found' })]);
    const file = join(tempDir(), 'a-file.txt');
    writeFileSync(file, 'x');
    const underFile = await core.fail('documents.buildPack', { shipmentId: cn22.id, outPath: join(file, 'pack.pdf') });
    expect(underFile.details.issues).toEqual([expect.objectContaining({ path: 'outPath' })]);
    const folder = await core.fail('documents.buildPack', { shipmentId: cn22.id, outPath: tempDir() });
    expect(folder.details.issues).toEqual([expect.objectContaining({ path: 'outPath', key: 'file_not_file' })]);
    expect(core.snapshot('document_packs')).toEqual(before);
    expect(existsSync(join(core.ctx.dataDir, 'packs')) ? readdirSync(join(core.ctx.dataDir, 'packs')) : []).toEqual([]);
    // A good one writes there and archives.
    const out = join(tempDir(), 'pack.pdf');
    const pack = await core.ok('documents.buildPack', { shipmentId: cn22.id, outPath: out });
    expect(pack.path).toBe(out);
    expect(readFileSync(out).equals(readFileSync(pack.archivePath))).toBe(true);
  });

  it('archives every pack with the shipment as it was; regenerating an unchanged shipment gives the same sha256', async () => {
    const { core, cn22 } = await packSetup();
    const first = await core.ok('documents.buildPack', { shipmentId: cn22.id });
    const again = await core.ok('documents.buildPack', { shipmentId: cn22.id });
    expect(again.sha256).toBe(first.sha256);
    expect(again.archivePath).toBe(first.archivePath);
    await core.ok('shipments.update', { id: cn22.id, postage: 999 });
    const changed = await core.ok('documents.buildPack', { shipmentId: cn22.id });
    expect(changed.sha256).not.toBe(first.sha256);
    const list = await core.ok('documents.list', { shipmentId: cn22.id });
    expect(list.map((p) => p.id)).toEqual([changed.id, again.id, first.id]);
    expect(list[2]).toMatchObject({ sha256: first.sha256, form: 'CN22', paper: 'A4', reference: cn22.reference, pages: first.pages });
    expect(packShipment(core.ctx, first.id).postage).toBe(850);
    expect(packShipment(core.ctx, changed.id).postage).toBe(999);
    expect((await core.ok('documents.open', { id: first.id })).path).toBe(first.archivePath);
    const read = await core.ok('documents.read', { id: first.id });
    expect(Buffer.from(read.base64, 'base64').equals(readFileSync(first.archivePath))).toBe(true);
    expect((await core.fail('documents.open', { id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('500 items in one shipment: the invoice table continues over pages with its header', async () => {
    const { core, headphones } = await packSetup();
    const items = Array.from({ length: 500 }, (_, i) => ({ productId: headphones.id, quantity: 1, description: `Item ${i + 1} of the big order` }));
    const s = (await core.ok('shipments.create', { consignee, invoiceNumber: 'BIG-1', invoiceDate: '2026-11-21', shipDate: '2026-11-22', items, parcels: [{ grossWeightG: 200_000 }] } as never)) as Shipment;
    const pack = await core.ok('documents.buildPack', { shipmentId: s.id });
    const pages = await readPdf(readFileSync(pack.path));
    const inv = pack.documents.find((d) => d.name === 'Commercial invoice')!;
    expect(inv.lastPage - inv.firstPage).toBeGreaterThan(5);
    for (let p = inv.firstPage; p <= inv.lastPage; p++) expect(pages[p - 1]!.text).toContain('Description of goods');
    expect(pages.slice(inv.firstPage - 1, inv.lastPage).some((p) => p.text.includes('Item 500 of the big order'))).toBe(true);
  });
});

describe('documents.buildBatch', () => {
  it('builds the day’s packs in a job with progress; a blocked shipment is skipped and reported', async () => {
    const { core, cn22, cn23, blocked } = await packSetup();
    const outDir = tempDir();
    const { jobId } = await core.ok('documents.buildBatch', { date: '2026-11-22', outDir });
    const job = await core.ctx.jobs!.wait(jobId);
    expect(job.state).toBe('done');
    const r = job.result as BatchReport;
    expect(r.total).toBe(3);
    expect(r.built.map((b) => b.shipmentId).sort()).toEqual([cn22.id, cn23.id].sort());
    expect(r.blocked).toEqual([expect.objectContaining({ shipmentId: blocked.id, reference: blocked.reference })]);
    expect(r.blocked[0]!.findings.join(' ')).toMatch(/ships as a battery alone \(UN3480\)/i);
    // Readable names (reference + consignee) in the folder; the archive keeps its packs by hash.
    expect(readdirSync(outDir).sort()).toEqual([`${cn22.reference}_Anna_Schmidt.pdf`, `${cn23.reference}_Anna_Schmidt.pdf`].sort());
    const archived = await core.ok('documents.list', { shipmentId: cn22.id });
    expect(archived[0]!.path.endsWith(`${archived[0]!.sha256}.pdf`)).toBe(true);
    expect(job.progress).toMatchObject({ done: 3, total: 3 });
    expect((await core.ok('documents.list', { shipmentId: cn23.id })).length).toBe(1);
  });

  it('references that give the same file name ("A/1" and "A_1" are both A_1.pdf) get one pack file each', async () => {
    const { core, cn22, cn23 } = await packSetup();
    const refs = [[cn22.id, 'A/1'], [cn23.id, 'A_1']] as const;
    for (const [id, ref] of refs) core.ctx.db.prepare('UPDATE shipments SET reference = ? WHERE id = ?').run(ref, id);
    const outDir = tempDir();
    const { jobId } = await core.ok('documents.buildBatch', { shipmentIds: [cn22.id, cn23.id], outDir });
    const job = await core.ctx.jobs!.wait(jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const r = job.result as BatchReport;
    expect(readdirSync(outDir).sort()).toEqual(['A_1_Anna_Schmidt-2.pdf', 'A_1_Anna_Schmidt.pdf']);
    expect(r.built.map((b) => [b.reference, b.path.slice(outDir.length + 1)])).toEqual([['A/1', 'A_1_Anna_Schmidt.pdf'], ['A_1', 'A_1_Anna_Schmidt-2.pdf']]);
    expect(new Set(r.built.map((b) => b.sha256)).size).toBe(2);
    expect(uniquePackNames([[1, 'A/1'], [2, 'A_1'], [3, 'a_1'], [1, 'A/1'], [4, 'A_1-2']])).toEqual({ 1: 'A_1.pdf', 2: 'A_1-2.pdf', 3: 'a_1-3.pdf', 4: 'A_1-2-2.pdf' });
  });

  it('pack files are named by reference and consignee: safe characters in any script, unique, never empty', () => {
    expect(
      uniquePackNames([
        [1, 'SH-2026-000001', 'Anna Schmidt'],
        [2, 'SH-2026-000002', '王 小明'],
        [3, 'SH/3', 'a:b*c?"<>|\\ d\u0000e'],
        [4, 'SH-2026-000001', 'anna schmidt'],
        [5, '..', '...'],
        [6, 'CON', 'Zoë O’Brien'],
        [7, 'R-7', 'x'.repeat(200)],
      ]),
    ).toEqual({
      1: 'SH-2026-000001_Anna_Schmidt.pdf',
      2: 'SH-2026-000002_王_小明.pdf',
      3: 'SH_3_a_b_c_d_e.pdf',
      4: 'SH-2026-000001_anna_schmidt-2.pdf',
      5: 'pack.pdf',
      6: 'CON_Zoë_O_Brien.pdf',
      7: `R-7_${'x'.repeat(76)}.pdf`,
    });
  });

  it('splits a larger batch over two threads and merges into one PDF in order', async () => {
    const { core, cn22, cn23 } = await packSetup();
    const combinedPath = join(tempDir(), 'day.pdf');
    const ids = [cn22.id, cn23.id, cn22.id, cn23.id];
    const { jobId } = await core.ok('documents.buildBatch', { shipmentIds: ids, combinedPath });
    const job = await core.ctx.jobs!.wait(jobId);
    expect(job.state).toBe('done');
    const r = job.result as BatchReport;
    expect(r.workers).toBe(2);
    expect(r.built.map((b) => b.shipmentId)).toEqual(ids);
    const merged = await PDFDocument.load(readFileSync(combinedPath));
    expect(merged.getPageCount()).toBe(r.built.reduce((s, b) => s + b.pages, 0));
    const a = r.built[0]!;
    const b = r.built[2]!;
    expect(a.sha256).toBe(b.sha256); // same shipment, unchanged: same pack, built in different threads
  });

  it('refuses a missing output folder and asks for exactly one target', async () => {
    const { core, cn22 } = await packSetup();
    const err = await core.fail('documents.buildBatch', { shipmentIds: [cn22.id], outDir: join(tempDir(), 'nope') });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'outDir', key: 'folder_not_found' })]);
    const both = await core.fail('documents.buildBatch', { shipmentIds: [cn22.id], date: '2026-11-22', outDir: tempDir() });
    expect(both.details.issues).toEqual([expect.objectContaining({ path: 'shipmentIds' })]);
  });

  it('the same work runs in-process and stops when cancelled', async () => {
    const { core, cn22, cn23 } = await packSetup();
    const r = await buildBatch(core.ctx, { shipmentIds: [cn22.id, cn23.id], outDir: tempDir(), combinedPath: null, overwrite: false }, directControl());
    expect(r.built).toHaveLength(2);
    let calls = 0;
    const control = { progress: () => {}, checkCancelled: () => { if (++calls > 1) throw new Error('Cancelled'); } };
    await expect(buildBatch(core.ctx, { shipmentIds: [cn22.id, cn23.id], outDir: tempDir(), combinedPath: null, overwrite: false }, control)).rejects.toThrow('Cancelled');
  });
});

