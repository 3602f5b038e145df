import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPackPdf } from './pack';
import { amount } from './kit';
import { samplePack } from '../../../test/fixtures/pack';
import { pathBoxes, readPdf, textItems } from '../../../test/pdf';
import { mm } from './kit';

async function certificatePdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`${label} page ${i}`, { x: 50, y: 700, size: 20, font });
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save();
}

const pageOf = (pack: { documents: { name: string; firstPage: number }[] }, name: string) => pack.documents.find((d) => d.name.startsWith(name))!.firstPage;

describe('buildPackPdf', () => {
  it('invoice lines, HS codes, currency and totals match the data; Chinese names read back', async () => {
    const data = samplePack({ items: 5, form: 'CN23' });
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const pages = await readPdf(pack.bytes);
    expect(pages).toHaveLength(pack.pages);
    const invoice = pages[pageOf(pack, 'Commercial invoice') - 1]!.text;
    expect(invoice).toContain('COMMERCIAL INVOICE');
    expect(invoice).toContain(data.invoiceNumber);
    expect(invoice).toContain('DDP');
    expect(invoice).toContain('IM2760000001'); // importer IOSS
    expect(invoice).toContain('CN1234567890123'); // exporter EORI
    for (const item of data.items) {
      expect(invoice).toContain(item.hsCode);
      expect(invoice).toContain(amount(item.unitValue * item.quantity, 'USD'));
      expect(invoice).toContain(item.localName!);
    }
    const goods = data.items.reduce((s, i) => s + i.unitValue * i.quantity, 0);
    expect(invoice).toContain(`TOTAL ${amount(goods + 1850 + 300, 'USD')} USD`);
    expect(invoice).toContain('蓝牙耳机');
    expect(invoice).toContain('Li Wei');
    expect(pack.form).toBe('CN23');
    expect(pages[pageOf(pack, 'CN23') - 1]!.text).toContain('CN 23');
    expect(pack.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the cover counts warnings and notes apart and weighs in the screen’s units; each document says its kind', async () => {
    const data = samplePack({ items: 1, form: 'CN22' });
    data.parcels = [{ ...data.parcels[0]!, grossWeightG: 200 }];
    data.preflight = {
      result: 'warnings',
      findings: [
        { severity: 'warn', en: 'battery mark required', zh: '须贴电池标记' },
        { severity: 'warn', en: 'value is low', zh: '申报价值偏低' },
        { severity: 'info', en: 'IOSS number present', zh: '已有 IOSS 号' },
      ],
    };
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const cover = (await readPdf(pack.bytes))[0]!.text;
    expect(cover).toContain('Passed with 2 warnings and 1 note');
    expect(cover).not.toContain('warning(s)');
    expect(cover).toContain('1 parcel · 200 g');
    expect(cover).not.toContain('0.200 kg');
    expect(pack.documents.map((d) => d.kind)).toEqual(['cover', 'invoice', 'cn22', 'cn22Label', 'packing', ...pack.documents.slice(5).map((d) => d.kind)]);
    expect(pack.documents.find((d) => d.kind === 'product')?.subject).toBeTruthy();
    data.preflight = { result: 'ok', findings: [{ severity: 'info', en: 'IOSS number present', zh: '已有 IOSS 号' }] };
    expect((await readPdf((await buildPackPdf(data)).bytes))[0]!.text).toContain('Passed with 1 note');
  });

  it('the cover speaks Chinese beside the English: labels, the counts with the same numbers, each finding, the weight in the screen’s unit', async () => {
    const data = samplePack({ items: 1, form: 'CN22' });
    data.parcels = [{ ...data.parcels[0]!, grossWeightG: 850 }];
    data.preflight = {
      result: 'warnings',
      findings: [
        { severity: 'warn', en: 'TEA-1: food to United States needs an FDA Prior Notice confirmation number.', zh: 'TEA-1：寄往美国的食品需要提供FDA 预先通知确认号。' },
        { severity: 'warn', en: 'Item 1 (TEA-1): United States needs the 10-digit HTSUS on postal items.', zh: '第 1 项（TEA-1）：美国的邮件需要 10 位 HTSUS 编码。' },
        { severity: 'info', en: 'SPK-01: lithium battery in equipment (UN3481), allowed under Section II.', zh: 'SPK-01：装在设备中的锂电池（UN3481），符合第 II 部分，可以寄送。' },
      ],
    };
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const cover = (await readPdf(pack.bytes))[0]!.text;
    const flat = cover.replace(/\s+/g, '');
    for (const label of ['单证包', '货件编号', '运单号', '收件人', '预检', '单证包内容及放置位置', '单证', '页码', '放在哪里', '商业发票', 'CN22海关申报单', '装箱单', '包裹外：贴在包裹的地址面', '包裹内，放在内件最上面'])
      expect(flat, label).toContain(label.replace(/\s+/g, ''));
    expect(cover).toContain('Passed with 2 warnings and 1 note');
    expect(cover).toContain('通过：2 个警告，1 条提示');
    // The CN 22 is in the pack twice (A4 and the 4 × 6 label): the cover says to stick on one of them.
    expect(flat).toContain('（此页或4×6英寸标签，二选一）');
    expect(flat).toContain('（此标签或A4版CN22，二选一）');
    expect(cover.replace(/\s+/g, ' ')).toContain('(this or the A4 CN22, not both)');
    for (const f of data.preflight.findings) {
      expect(flat).toContain(`${f.severity === 'warn' ? '警告' : '提示'}：${f.zh}`.replace(/\s+/g, ''));
      expect(cover.replace(/\s+/g, ' ')).toContain(`${f.severity === 'warn' ? 'Warning' : 'Note'}: ${f.en}`);
    }
    // The weight as the screen shows it in either language: grams under a kilogram, on both lines.
    expect(cover).toContain('1 parcel · 850 g');
    expect(cover).toContain('1 个包裹 · 850 g');
    expect(cover).not.toContain('0.850 kg');
    // What a CN 22 leaves out is a note of its own, in Chinese too.
    const many = samplePack({ items: 30, form: 'CN22' });
    many.preflight = { result: 'ok', findings: [] };
    const crowded = (await readPdf((await buildPackPdf(many)).bytes))[0]!.text;
    expect(crowded).toMatch(/Passed with 1 note/);
    expect(crowded).toContain('通过：1 条提示');
    expect(crowded.replace(/\s+/g, '')).toMatch(/提示：CN22列出30行中的\d+行；其余\d+行见商业发票/);
  });

  it('long findings wrap, and findings the cover has no room for are counted, never pushed off the page', async () => {
    const data = samplePack({ items: 1, form: 'CN22' });
    const long = (i: number) => ({
      severity: (i < 7 ? 'warn' : 'info') as 'warn' | 'info',
      en: `Finding ${i}: ${'a long explanation of what the destination requires and why '.repeat(4)}`.trim(),
      zh: `检查结果 ${i}：${'目的地的要求及其原因的详细说明，'.repeat(8)}。`,
    });
    data.preflight = { result: 'warnings', findings: Array.from({ length: 12 }, (_, i) => long(i)) };
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const pages = await readPdf(pack.bytes);
    expect(pages).toHaveLength(pack.pages);
    const cover = pages[0]!.text;
    expect(cover).toContain('Passed with 7 warnings and 5 notes');
    expect(cover).toContain('通过：7 个警告，5 条提示');
    const shown = data.preflight.findings.filter((f) => cover.replace(/\s+/g, ' ').includes(f.en.slice(0, 12))).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(12);
    const rest = data.preflight.findings.slice(shown);
    const w = rest.filter((f) => f.severity === 'warn').length;
    const n = rest.length - w;
    expect(cover.replace(/\s+/g, ' ')).toContain(`+ ${[w ? `${w} warning${w === 1 ? '' : 's'}` : '', `${n} notes`].filter(Boolean).join(' and ')} not shown: see the shipment’s preflight`);
    expect(cover.replace(/\s+/g, '')).toContain(`另有${[w ? `${w}个警告` : '', `${n}条提示`].filter(Boolean).join('，')}未列出`);
    // The checklist is whole on the cover: its last document is listed there.
    expect(cover).toContain(`${pack.documents.at(-1)!.firstPage}`);
    expect(cover).toContain(pack.documents.at(-1)!.name.slice(0, 20));
    // 30 product sheets: listed as one row, so the checklist does not run onto a page of its own
    // at the end of the pack (it once did: 39 pages in a pack that said 38).
    const sheets = await buildPackPdf(samplePack({ items: 30, form: 'CN22' }));
    const all = await readPdf(sheets.bytes);
    expect(all).toHaveLength(sheets.pages);
    expect(all[0]!.text.replace(/\s+/g, '')).toContain('Productinformation:30sheets,BT-HP-001-1…CASE-IP-6');
    expect(all[0]!.text.replace(/\s+/g, '')).toContain('商品信息：30份，BT-HP-001-1…CASE-IP-6');
    expect(all[0]!.text).toContain(`9–${sheets.pages}`);
  });

  it('formats amounts per currency (JPY has no decimals, KWD three)', async () => {
    const jpy = await readPdf((await buildPackPdf({ ...samplePack({ items: 1 }), currency: 'JPY' })).bytes);
    expect(jpy[1]!.text).toContain('2,490 JPY');
    const kwd = await readPdf((await buildPackPdf({ ...samplePack({ items: 1 }), currency: 'KWD' })).bytes);
    expect(kwd[1]!.text).toContain('2.490 KWD');
  });

  it('renders Japanese, Korean, Cyrillic and Greek text', async () => {
    const data = samplePack({ items: 1 });
    data.importer = { ...data.importer, name: 'Ελένη Παπαδοπούλου', addressLines: ['ул. Тверская 7', '東京都渋谷区1-2', '서울특별시 강남구'] };
    const pages = await readPdf((await buildPackPdf(data)).bytes);
    const text = pages[1]!.text;
    for (const s of ['Ελένη Παπαδοπούλου', 'ул. Тверская 7', '東京都渋谷区1-2', '서울특별시 강남구']) expect(text).toContain(s);
  });

  it('uses the paper size set, and the CN22 label is 4 × 6 in', async () => {
    const a4 = await buildPackPdf(samplePack({ form: 'CN22' }), { paper: 'A4' });
    const letter = await buildPackPdf(samplePack({ form: 'CN22' }), { paper: 'Letter' });
    const a4Pages = await readPdf(a4.bytes);
    const letterPages = await readPdf(letter.bytes);
    const label = pageOf(a4, 'CN22 as 4 × 6 in label');
    for (const p of a4Pages) if (p.number !== label) expect([p.width, p.height]).toEqual([595.28, 841.89]);
    for (const p of letterPages) if (p.number !== label) expect([p.width, p.height]).toEqual([612, 792]);
    expect([a4Pages[label - 1]!.width, a4Pages[label - 1]!.height]).toEqual([288, 432]);
    expect(a4Pages[label - 1]!.text).toContain('CN 22');
    expect(a4Pages[label - 1]!.text).toContain('(7) Total value');
  });

  it('numbers every page "Page N of M"', async () => {
    const pack = await buildPackPdf(samplePack({ items: 8, batteries: true }));
    const pages = await readPdf(pack.bytes);
    pages.forEach((p) => expect(p.text).toContain(`Page ${p.number} of ${pages.length}`));
    // The cover is the seller's and says it in Chinese too; the forms customs reads stay English.
    expect(pages[0]!.text.replace(/\s+/g, '')).toContain(`第1页，共${pages.length}页`);
    pages.slice(1).forEach((p) => expect(p.text).not.toContain('第'));
  });

  it('labels the consignee’s telephone in both languages on the cover, in English on the invoice', async () => {
    const data = samplePack({ items: 1 });
    data.importer = { ...data.importer, phone: '+49 30 1234567' };
    const pages = await readPdf((await buildPackPdf(data)).bytes);
    expect(pages[0]!.text).toContain('Tel. · 电话 +49 30 1234567');
    expect(pages[1]!.text).toContain('Tel. +49 30 1234567');
    expect(pages[1]!.text).not.toContain('电话');
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    const a = await buildPackPdf(samplePack({ items: 4, batteries: true }));
    const b = await buildPackPdf(samplePack({ items: 4, batteries: true }));
    expect(a.sha256).toBe(b.sha256);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const c = await buildPackPdf({ ...samplePack({ items: 4, batteries: true }), invoiceNumber: 'INV-OTHER' });
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('merges certificate PDFs page by page, in order, and skips a corrupt one by name', async () => {
    const data = samplePack({ items: 2 });
    data.certificates![0]!.files = [
      { name: 'ce-declaration.pdf', data: await certificatePdf('CE-DOC', 2) },
      { name: 'broken.pdf', data: new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf') },
    ];
    data.certificates![1]!.files = [{ name: 'un383.pdf', data: await certificatePdf('UN383-SUMMARY', 1) }];
    const pack = await buildPackPdf(data);
    const pages = await readPdf(pack.bytes);
    expect(pack.skipped).toEqual([expect.objectContaining({ name: 'broken.pdf' })]);
    expect(pages[0]!.text).toContain('Attachments NOT included');
    expect(pages[0]!.text).toContain('broken.pdf');
    const n = pages.length;
    expect(pages.slice(n - 3).map((p) => p.text.match(/(CE-DOC|UN383-SUMMARY) page \d/)![0])).toEqual([
      'CE-DOC page 1',
      'CE-DOC page 2',
      'UN383-SUMMARY page 1',
    ]);
    pages.forEach((p) => expect(p.text).toContain(`Page ${p.number} of ${n}`));
    expect(pack.documents.at(-1)).toMatchObject({ firstPage: n, lastPage: n });
    const again = await buildPackPdf(data);
    expect(again.sha256).toBe(pack.sha256);
  });

  it('places JPEG/PNG certificates on pages and reports unknown files', async () => {
    const data = samplePack({ items: 1 });
    const png = Uint8Array.from(
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
    );
    data.certificates![0]!.files = [
      { name: 'scan.png', data: png },
      { name: 'notes.txt', data: new TextEncoder().encode('hello') },
    ];
    const pack = await buildPackPdf(data);
    expect(pack.skipped.map((s) => s.name)).toEqual(['notes.txt']);
    const pages = await readPdf(pack.bytes);
    expect(pages.at(-1)!.text).toContain('scan.png');
  });

  it('500 items: the tables continue over pages with the header repeated', async () => {
    const data = samplePack({ items: 500 });
    const pack = await buildPackPdf(data);
    const pages = await readPdf(pack.bytes);
    const inv = pack.documents.find((d) => d.name === 'Commercial invoice')!;
    expect(inv.lastPage - inv.firstPage).toBeGreaterThan(5);
    for (let p = inv.firstPage; p <= inv.lastPage; p++) expect(pages[p - 1]!.text).toContain('Description of goods');
    const last = pages[inv.lastPage - 1]!.text;
    expect(last).toContain('TOTAL');
    expect(pages.slice(inv.firstPage - 1, inv.lastPage).some((p) => p.text.replace(/\s+/g, ' ').includes(data.items[499]!.description))).toBe(true);
    const cn23 = pack.documents.find((d) => d.name.startsWith('CN23'))!;
    for (let p = cn23.firstPage; p <= cn23.lastPage - 1; p++) expect(pages[p - 1]!.text).toContain('(1) Detailed description of contents');
  }, 60_000);

  // 24 items: the invoice's totals and declaration would fall alone on a third page; 28: the CN 23's boxes 4–15 on a second.
  it.each([24, 28])('%i items: each page a document continues onto says its title, "(continued)" and the reference; the totals keep a line with them', async (n) => {
    const data = samplePack({ items: n });
    const pack = await buildPackPdf(data);
    const pages = await readPdf(pack.bytes);
    const flat = (p: number) => pages[p - 1]!.text.replace(/\s+/g, ' ').trim();
    const docs = [
      { kind: 'invoice', heading: `COMMERCIAL INVOICE (continued) Invoice no. ${data.invoiceNumber} · Shipment: ${data.reference}`, totals: `TOTAL ${amount(data.items.reduce((s, i) => s + i.unitValue * i.quantity, 0) + 1850 + 300, 'USD')} USD` },
      { kind: 'cn23', heading: `CN 23 (continued) Shipment: ${data.reference} · No. of item: ${data.trackingNumber}`, totals: '(4) Total gross weight (kg)' },
      { kind: 'packing', heading: `PACKING LIST (continued) Invoice no. ${data.invoiceNumber} · Shipment: ${data.reference}` },
    ];
    let continued = 0;
    for (const d of docs) {
      const doc = pack.documents.find((x) => x.kind === d.kind)!;
      for (let p = doc.firstPage + 1; p <= doc.lastPage; p++, continued++) expect(flat(p).startsWith(d.heading), `page ${p}: ${flat(p).slice(0, 120)}`).toBe(true);
      if (!d.totals) continue;
      // The totals' page holds at least one line of goods: the last one.
      const last = flat(doc.lastPage);
      expect(last).toContain(d.totals);
      expect(last).toContain(data.items.at(-1)!.description);
    }
    expect(continued).toBeGreaterThanOrEqual(3);
  });

  it.each([
    { items: 1, packages: '1 package' },
    { items: 3, packages: '2 packages' },
  ])('the invoice\'s marks and numbers keep each mark whole on a line, no line starts or ends with "·", and say "$packages"', async ({ items, packages }) => {
    const data = samplePack({ items });
    for (const reference of [data.reference, 'SH-2025-000123', 'SHP-2025-000123-RETURN']) {
      const pack = await buildPackPdf({ ...data, reference });
      const text = (await readPdf(pack.bytes))[pageOf(pack, 'Commercial invoice') - 1]!.text;
      const block = text.slice(text.indexOf('Marks and numbers') + 'Marks and numbers'.length, text.indexOf('Number of packages'));
      const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
      for (const l of lines) expect(l, block).not.toMatch(/^·|·$/);
      for (const mark of [data.trackingNumber!, reference, packages]) expect(lines.some((l) => l.split(' · ').includes(mark)), `${mark} in ${JSON.stringify(lines)}`).toBe(true);
      expect(block).not.toContain('(s)');
    }
  });

  it('after a Chinese label a full-width colon with no space (cover: 编号：, 发票日期：); English labels keep ": "', async () => {
    const data = samplePack({ items: 2 });
    const pack = await buildPackPdf(data);
    const pages = await readPdf(pack.bytes);
    const cover = pages[0]!.text;
    expect(cover).not.toMatch(/[\p{sc=Han}）]\s*:/u);
    const flat = cover.replace(/\s+/g, ' ');
    expect(flat).toContain(`Reference · 编号：${data.reference}`);
    expect(flat).toContain(`Invoice no. · 发票号：${data.invoiceNumber}`);
    expect(flat).toContain(`Invoice date · 发票日期：${data.invoiceDate}`); // the same thing in both (was "Date · 发票日期")
    // The English documents keep the English colon.
    const invoice = pages[pageOf(pack, 'Commercial invoice') - 1]!.text.replace(/\s+/g, ' ');
    expect(invoice).toContain(`Date: ${data.invoiceDate}`);
    expect(invoice).toContain(`Title: ${data.signatory.title}`);
    for (const p of pages) expect(p.text, `page ${p.number}`).not.toMatch(/[\p{sc=Han}）]\s*:/u);
  });

  it('draws the lithium battery mark at its regulated size', async () => {
    const data = samplePack({ items: 2, batteries: true });
    for (const [size, w, h] of [
      ['100x100', 100, 100],
      ['100x70', 100, 70],
    ] as const) {
      const pack = await buildPackPdf({ ...data, batteries: { ...data.batteries!, markSize: size } });
      const page = pack.documents.find((d) => d.name === 'Lithium battery mark')!.firstPage;
      const boxes = await pathBoxes(pack.bytes, page);
      expect(boxes.some((b) => Math.abs(b.width - mm(w)) < 0.5 && Math.abs(b.height - mm(h)) < 0.5)).toBe(true);
      const text = (await readPdf(pack.bytes))[page - 1]!.text;
      // The telephone field's label and number on one baseline (the 9 pt label stood above the 10 pt number)
      const items = await textItems(pack.bytes, page);
      const tel = items.find((i) => i.str.startsWith('Tel.'))!;
      const phone = items.find((i) => i.str.includes('+86 755 1234 5678'))!;
      expect(Math.abs(tel.y - phone.y)).toBeLessThan(0.5);
      expect(text).toContain('UN3481');
      expect(text).toContain('+86 755 1234 5678');
      const statement = (await readPdf(pack.bytes))[page - 2]!.text;
      expect(statement).toContain('Section II');
      expect(statement).toContain('PI 967');
    }
  });

  it('the invoice frames its two parties once each, side by side at one height, and prints each once', async () => {
    // Drawn twice (measured, then again at the common height), the shorter box's first frame left a
    // stray rule inside it that read as an empty field, and every party's line was in the PDF twice.
    const data = samplePack({ items: 3, form: 'CN23' });
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const page = pageOf(pack, 'Commercial invoice');
    const half = (595.28 - 2 * 40 - 10) / 2;
    const parties = (await pathBoxes(pack.bytes, page)).filter((b) => Math.abs(b.width - half) < 1 && b.height > 20);
    expect(parties).toHaveLength(2);
    expect(parties[0]!.height).toBeCloseTo(parties[1]!.height, 1);
    const text = (await readPdf(pack.bytes))[page - 1]!.text;
    for (const line of [data.exporter.addressLines[0]!, data.exporter.email!, data.importer.addressLines[0]!, data.importer.email!]) expect(text.split(line).length - 1, line).toBe(1);
  });

  it('packing list has no prices and totals that agree with the invoice', async () => {
    const data = samplePack({ items: 6 });
    const pack = await buildPackPdf(data);
    const pages = await readPdf(pack.bytes);
    const packing = pages[pageOf(pack, 'Packing list') - 1]!.text;
    expect(packing).not.toContain('USD');
    expect(packing).toContain('Parcel 2 of 2');
    const gross = data.parcels.reduce((s, p) => s + p.grossWeightG, 0);
    const net = data.items.reduce((s, i) => s + i.netWeightG * i.quantity, 0);
    const invoice = pages[pageOf(pack, 'Commercial invoice') - 1]!.text;
    for (const t of [`Total gross weight ${(gross / 1000).toFixed(3)} kg`, `Total net weight ${(net / 1000).toFixed(3)} kg`]) {
      expect(packing).toContain(t);
      expect(invoice).toContain(t);
    }
  });
  it('a US consignee is printed "City, ST ZIP" on the invoice, the packing list, the CN 23 and the cover', async () => {
    const data = samplePack({ form: 'CN23' });
    data.importer = { name: 'John Miller', addressLines: ['200 Main St', 'Apt 4'], city: 'Austin', region: 'TX', postalCode: '78701', country: 'US', phone: '+1 512 555 0100' };
    const pack = await buildPackPdf(data, { paper: 'A4' });
    const pages = await readPdf(pack.bytes);
    const text = pages.map((p) => p.text).join('\n');
    for (const kind of ['cover', 'invoice', 'packing', 'cn23'] as const) {
      const doc = pack.documents.find((d) => d.kind === kind);
      expect(doc, kind).toBeDefined();
      expect(pages[doc!.firstPage - 1]!.text, kind).toContain('Austin, TX 78701');
    }
    expect(text).not.toContain('78701 Austin');
    // The exporter in China keeps "postcode city province".
    expect(text).toContain('518000 Shenzhen Guangdong');
  });
});
