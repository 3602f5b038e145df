// The customs forms as a broker reads them (issue 15, point 1): real packs built through the real
// core on a real SQLite file, read back page by page with pdf.js — totals, the designated operator,
// the item number and its barcode, one HS code and origin per CN 22 line, IOSS by value, the battery
// names and marks, the invoice's marks and fibre content, the information sheet in English.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bwip from 'bwip-js/generic';
import { describe, expect, it } from 'vitest';
import { barcodeRuns, readPdf, textItems } from '../../../test/pdf';
import type { PdfPage } from '../../../test/pdf';
import type { PackBuilt } from '../../shared/documents';
import type { Shipment } from '../../shared/shipments';
import { consignee, packSetup } from '../../../test/fixtures/shipment-packs';
import { batteriesOf } from './build';
import { loadReferenceRules } from '../reference';
import { findResourcesDir } from '../paths';

type Core = Awaited<ReturnType<typeof packSetup>>['core'];

/** Where FORMS_PDF_DIR asks for it, each pack is also written out (to render and look at). */
function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env.FORMS_PDF_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), bytes);
}

async function pack(core: Core, shipmentId: number, name: string): Promise<{ built: PackBuilt; bytes: Uint8Array; pages: PdfPage[]; page: (doc: string) => PdfPage }> {
  const built = await core.ok('documents.buildPack', { shipmentId });
  const bytes = readFileSync(built.path);
  keep(name, bytes);
  const pages = await readPdf(bytes);
  const page = (doc: string) => {
    const d = built.documents.find((x) => x.name === doc);
    if (!d) throw new Error(`No "${doc}" in ${built.documents.map((x) => x.name).join(', ')}`);
    return pages[d.firstPage - 1]!;
  };
  return { built, bytes, pages, page };
}

/** The bars drawn on the page, in modules, equal the Code 128 encoding of `text`. */
async function expectBarcode(bytes: Uint8Array, pageNumber: number, text: string): Promise<void> {
  const [sym] = bwip.raw({ bcid: 'code128', text }) as { sbs: number[] }[];
  const want = sym!.sbs;
  const runs = await barcodeRuns(bytes, pageNumber);
  const modules = runs.map((r) => {
    const unit = r.reduce((s, v) => s + v, 0) / want.reduce((s, v) => s + v, 0);
    return r.map((v) => Math.round(v / unit));
  });
  expect(modules.some((m) => m.length === want.length && m.every((v, i) => v === want[i])), `a Code 128 symbol of ${text} on page ${pageNumber}`).toBe(true);
}

const ship = (core: Core, extra: Record<string, unknown>) =>
  core.ok('shipments.create', { consignee, orderRefs: ['#1001'], invoiceNumber: 'INV-F', invoiceDate: '2026-11-21', shipDate: '2026-11-22', ...extra } as never) as Promise<Shipment>;

describe('customs forms', () => {
  it('CN 22: total value is the contents only; the operator, the S10 item number with its Code 128 barcode; the same on the 4 × 6 label', async () => {
    const { core, cn22 } = await packSetup();
    const { bytes, page, built } = await pack(core, cn22.id, 'cn22');
    const label = page('CN22 as 4 × 6 in label');
    for (const p of [page('CN22 customs declaration'), label]) {
      expect(p.text).toMatch(/\(7\) Total value \(USD\)\s+24\.90 USD/);
      expect(p.text).not.toContain('33.40'); // 24.90 of goods + 8.50 postage
      expect(p.text).toMatch(/Designated operator\s+China Post/);
      expect(p.text).not.toContain('Shenzhen Bright Trading Co., Ltd.\n'); // the seller is not the operator
      expect(p.text).not.toMatch(/Designated operator\s+Shenzhen/);
      expect(p.text).toContain('LX123456785CN');
    }
    const labelNo = built.documents.find((d) => d.name === 'CN22 as 4 × 6 in label')!.firstPage;
    await expectBarcode(bytes, labelNo, 'LX123456785CN');
    await expectBarcode(bytes, labelNo - 1, 'LX123456785CN');
    // The invoice still totals goods + postage, and carries the item number as its marks.
    expect(page('Commercial invoice').text).toMatch(/Marks and numbers\s+LX123456785CN/);
    expect(page('Commercial invoice').text).toContain('TOTAL 33.40 USD');
  });

  it('CN 22: one HS code and one origin on each line, descriptions whole where the box has room', async () => {
    const { core, headphones, speaker } = await packSetup();
    const caseP = await core.ok('products.create', {
      sku: 'CASE-VN', name: 'Phone case of silicone rubber, transparent, for 6.1 inch phones, with raised edges around the camera', hsCode: '3926.90', originCountry: 'VN',
      unitNetWeightG: 40, unitValue: 299, currency: 'USD',
    });
    const s = await ship(core, {
      trackingNumber: 'RR473124829GB', postalOperator: 'GB-RM', postage: 300,
      items: [{ productId: headphones.id, quantity: 1 }, { productId: caseP.id, quantity: 3 }, { productId: speaker.id, quantity: 1, hsCode: '851822', originCountry: 'MY' }],
      parcels: [{ grossWeightG: 1200 }],
    });
    const { page } = await pack(core, s.id, 'cn22-lines');
    const text = page('CN22 customs declaration').text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Designated operator Royal Mail/);
    const segment = (start: string, end: string) => text.slice(text.indexOf(start), end ? text.indexOf(end) : text.indexOf('(6) Total gross weight'));
    const lines = [
      [segment('1 × Bluetooth headphones', '3 × Phone case'), '851830', 'CN'],
      [segment('3 × Phone case', '1 × Portable speaker'), '392690', 'VN'],
      [segment('1 × Portable speaker', ''), '851822', 'MY'],
    ] as const;
    const allHs = lines.map((l) => l[1]);
    for (const [seg, hs, origin] of lines) {
      expect(seg).toContain(` ${hs} ${origin}`);
      for (const other of allHs.filter((h) => h !== hs)) expect(seg).not.toContain(other);
    }
    expect(text).not.toContain('851830, 392690'); // not pooled in one box
    // The long description is printed whole, not cut with "…".
    expect(text).toContain('with raised edges around the camera');
    expect(text).not.toContain('…');
    expect(text).toMatch(/\(7\) Total value \(USD\) 113\.87 USD/); // 24.90 + 3 × 2.99 + 80.00, no postage
  });

  it('CN 22 with more lines than the label holds: the rest refers to the invoice and the cover says so', async () => {
    const { core, headphones } = await packSetup();
    const items = Array.from({ length: 30 }, (_, i) => ({ productId: headphones.id, quantity: 1, unitValue: 1300, unitNetWeightG: 50, description: `Bluetooth headphones model ${i + 1}, over-ear, plastic housing, foldable` }));
    const s = await ship(core, { trackingNumber: 'LX123456785CN', items, parcels: [{ grossWeightG: 1900 }] });
    const { page, pages } = await pack(core, s.id, 'cn22-overflow');
    const cn22 = page('CN22 customs declaration').text.replace(/\s+/g, ' ');
    const more = /\+ (\d+) more line\(s\): see commercial invoice INV-F/.exec(cn22);
    expect(more).not.toBeNull();
    const shown = Number(30 - Number(more![1]));
    expect(cn22).toContain(`model ${shown},`);
    expect(cn22).not.toContain(`model ${shown + 1},`);
    expect(pages[0]!.text.replace(/\s+/g, ' ')).toContain(`CN 22 lists ${shown} of 30 lines; the other ${30 - shown} are on the commercial invoice INV-F.`);
  });

  it('CN 23: total value is the contents; postage and insurance in the fees box; the reference box grows instead of running into "telephone / e-mail"', async () => {
    const { core, cn23 } = await packSetup();
    await core.ok('settings.update', { vatNumbers: [{ country: 'DE', number: 'DE123456789012' }], otherTaxIds: [{ label: 'USCI', number: '91440300MA5ABCDE12' }] });
    await core.ok('shipments.update', { id: cn23.id, insurance: 120 });
    const { bytes, page, built } = await pack(core, cn23.id, 'cn23');
    const text = page('CN23 customs declaration').text.replace(/\s+/g, ' ');
    // 2 × 80.00 + 2 × 24.90 = 209.80 of goods; 8.50 postage and 1.20 insurance are fees.
    expect(text).toMatch(/\(6\) Total value \(USD\) .*209\.80 USD/);
    expect(text).not.toContain('219.50');
    expect(text).not.toContain('218.30');
    expect(text).toContain('(9) Postal charges / Fees Postage 8.50 + Insurance 1.20 = 9.70 USD');
    expect(text).toMatch(/Designated operator China Post/);
    const n = built.documents.find((d) => d.name === 'CN23 customs declaration')!.firstPage;
    await expectBarcode(bytes, n, 'LX123456785CN');
    // The sender's references wrap to a second line, which stays above the telephone box's caption.
    const items = await textItems(bytes, n);
    const caption = items.find((i) => i.str.startsWith("Sender's telephone"))!;
    const refs = items.filter((i) => /EORI|IOSS|VAT|Tax ID|USCI|DE123456789012|91440300/.test(i.str) && i.x < caption.x + 200 && i.y > caption.y - 1);
    expect(refs.length).toBeGreaterThan(0);
    const refLines = [...new Set(items.filter((i) => i.x < 300 && i.y > caption.y && i.y < caption.y + 40).map((i) => Math.round(i.y)))];
    expect(refLines.length).toBeGreaterThanOrEqual(2); // caption + at least one line of references
    for (const r of refs) expect(r.y - caption.y, r.str).toBeGreaterThan(6); // never on or below the caption's baseline
    expect(text).toContain('USCI 91440300MA5ABCDE12');
  });

  it('IOSS is printed on a €100 consignment to the EU and not on a €650 one', async () => {
    const { core, headphones } = await packSetup();
    for (const [value, printed] of [[10000, true], [15000, true], [15001, false], [65000, false]] as const) {
      const s = await ship(core, { currency: 'EUR', items: [{ productId: headphones.id, quantity: 1, unitValue: value }], parcels: [{ grossWeightG: 1500 }] });
      const { pages } = await pack(core, s.id, `ioss-${value}`);
      const all = pages.map((p) => p.text).join('\n');
      expect(all.includes('IM2760000001'), `€${value / 100}`).toBe(printed);
      if (!printed) expect(all).toContain('EORI: CN1234567890123'); // the other references still are
    }
    // In USD, converted with the profile's rates: 700 USD ≈ €610 — no IOSS.
    const usd = await ship(core, { items: [{ productId: headphones.id, quantity: 1, unitValue: 70000 }], parcels: [{ grossWeightG: 1500 }] });
    expect((await pack(core, usd.id, 'ioss-usd')).pages.map((p) => p.text).join('\n')).not.toContain('IM2760000001');
  });

  it('commercial invoice to the US: marks and numbers, and the fibre content of textiles from the product', async () => {
    const { core } = await packSetup();
    const tee = await core.ok('products.create', {
      sku: 'TS-COT', name: 'T-shirt, knitted, men’s, crew neck', localName: '男士圆领T恤', hsCode: '6109.10', originCountry: 'CN', unitNetWeightG: 180, unitValue: 650, currency: 'USD',
      material: '100% cotton jersey', compliance: { categories: ['textile'], fibreContent: '100% cotton' },
    });
    const s = await ship(core, {
      consignee: { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' }, postalOperator: 'CN-POST',
      trackingNumber: 'CP123456785CN', items: [{ productId: tee.id, quantity: 2 }], parcels: [{ grossWeightG: 500 }],
    });
    const { page } = await pack(core, s.id, 'invoice-us');
    const inv = page('Commercial invoice').text.replace(/\s+/g, ' ');
    expect(inv).toMatch(/Marks and numbers CP123456785CN (· )?SH-\d{4}-\d{6} (· )?1 package Number of packages/);
    expect(inv).toContain('Fibre content: 100% cotton');
    // The same T-shirt to Germany: no fibre line (not required there).
    const de = await ship(core, { items: [{ productId: tee.id, quantity: 1 }], parcels: [{ grossWeightG: 300 }] });
    expect((await pack(core, de.id, 'invoice-de')).page('Commercial invoice').text).not.toContain('Fibre content');
  });

  it('battery statement: the proper shipping name that applies to each battery; Li-ion and Li-metal both on the mark', async () => {
    const { core, speaker } = await packSetup();
    const watch = await core.ok('products.create', {
      sku: 'WATCH-LM', name: 'Wrist watch with lithium metal coin cell', hsCode: '9102.11', originCountry: 'CN', unitNetWeightG: 60, unitValue: 1500, currency: 'USD',
      compliance: { battery: { type: 'lithium_metal', configuration: 'contained_in_equipment', lithiumGPerBattery: 0.1, batteriesPerUnit: 1 } },
    });
    const s = await ship(core, { trackingNumber: 'LX123456785CN', items: [{ productId: speaker.id, quantity: 1 }, { productId: watch.id, quantity: 1 }], parcels: [{ grossWeightG: 1000 }] });
    const { page } = await pack(core, s.id, 'battery');
    const st = page('Lithium battery statement').text.replace(/\s+/g, ' ');
    expect(st).toContain('UN3481 Proper shipping name Lithium ion batteries contained in equipment');
    expect(st).toContain('UN3091 Proper shipping name Lithium metal batteries contained in equipment');
    expect(st).not.toContain('packed with equipment');
    expect(st).not.toContain(' / ');
    const mark = page('Lithium battery mark').text;
    expect(mark).toContain('UN3481');
    expect(mark).toContain('UN3091');
  });

  it('the proper shipping name follows the configuration: contained, packed with, alone', () => {
    const rules = loadReferenceRules(findResourcesDir()).batteries;
    const products = new Map([
      [1, { facts: { battery: { type: 'lithium_ion', configuration: 'packed_with_equipment', whPerBattery: 10, whPerCell: null, lithiumGPerCell: null, lithiumGPerBattery: null, cellsPerUnit: 1, batteriesPerUnit: 1 } } }],
      [2, { facts: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 5, whPerCell: null, lithiumGPerCell: null, lithiumGPerBattery: null, cellsPerUnit: 1, batteriesPerUnit: 2 } } }],
      [3, { facts: { battery: { type: 'lithium_metal', configuration: 'alone', whPerBattery: null, whPerCell: null, lithiumGPerCell: null, lithiumGPerBattery: 0.5, cellsPerUnit: 1, batteriesPerUnit: 1 } } }],
    ]) as never;
    const items = [1, 2, 3, 2].map((productId) => ({ productId, quantity: 1 }));
    const b = batteriesOf({ items } as never, products, '+86 1', rules)!;
    expect(b.entries.map((e) => [e.unNumber, e.shippingName, e.packingInstruction, e.count])).toEqual([
      ['UN3481', 'Lithium ion batteries packed with equipment', 'PI 966', 1],
      ['UN3481', 'Lithium ion batteries contained in equipment', 'PI 967', 4],
      ['UN3090', 'Lithium metal batteries', 'PI 968', 1],
    ]);
  });

  it('the destination’s national tariff code where the product has one, else the 6-digit HS code: CN 22, its label, CN 23, invoice, sheet', async () => {
    const { core, headphones, speaker } = await packSetup();
    // A 10-digit code typed as the HS code is some country's extension: printed as its 6 digits.
    const tee = await core.ok('products.create', {
      sku: 'TS-NAT', name: 'T-shirt, knitted, of cotton, men’s', hsCode: '6109.10.00.99', originCountry: 'CN', unitNetWeightG: 180, unitValue: 650, currency: 'USD',
      material: '100% cotton', compliance: { categories: ['textile'], fibreContent: '100% cotton' },
      tariffCodes: { US: '6109.10.0012', EU: '61091000', GB: '6109100010' },
    });
    await core.ok('products.update', { id: headphones.id, tariffCodes: { US: '8518300000', EU: '85183000' } });
    const us = { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' };
    const all = (p: { pages: { text: string }[] }) => p.pages.map((x) => x.text.replace(/\s+/g, ' ')).join('\n');
    // CN 22 (and its label) to the US: the HTSUS codes.
    const cn22 = await ship(core, { consignee: us, trackingNumber: 'LX123456785CN', items: [{ productId: tee.id, quantity: 1 }, { productId: headphones.id, quantity: 1 }], parcels: [{ grossWeightG: 600 }] });
    const a = await pack(core, cn22.id, 'tariff-us');
    for (const doc of ['CN22 customs declaration', 'CN22 as 4 × 6 in label', 'Commercial invoice']) {
      const text = a.page(doc).text.replace(/\s+/g, ' ');
      expect(text, doc).toContain('6109100012');
      expect(text, doc).toContain('8518300000');
      expect(text, doc).not.toContain('61091000 ');
      expect(text, doc).not.toContain('6109100099');
    }
    expect(a.page('Product information: TS-NAT').text.replace(/\s+/g, ' ')).toMatch(/Tariff code 6109100012/);
    // CN 23 to Germany: the EU's CN codes; the speaker has none and prints its HS subheading.
    const cn23 = await ship(core, { items: [{ productId: tee.id, quantity: 2 }, { productId: speaker.id, quantity: 3 }], parcels: [{ grossWeightG: 3000 }] });
    const b = await pack(core, cn23.id, 'tariff-de');
    expect(b.built.form).toBe('CN23');
    for (const doc of ['CN23 customs declaration', 'Commercial invoice']) {
      const text = b.page(doc).text.replace(/\s+/g, ' ');
      expect(text, doc).toContain('61091000');
      expect(text, doc).not.toContain('6109100012');
      expect(text, doc).toContain('851822');
    }
    // Japan: no national code on file — the 6-digit HS code, not the typed 10 digits.
    const jp = await ship(core, { consignee: { ...us, state: null, city: 'Tokyo', postcode: '100-0001', country: 'JP' }, items: [{ productId: tee.id, quantity: 1 }], parcels: [{ grossWeightG: 300 }] });
    const c = all(await pack(core, jp.id, 'tariff-jp'));
    expect(c).toContain('610910');
    expect(c).not.toContain('6109100099');
    expect(c).not.toContain('6109100012');
    expect(c).not.toContain('61091000');
  });

  it('GPSR: the EU responsible person on the information sheet of an EU parcel — the product’s, else the profile’s; not outside the EU, not for exempt goods', async () => {
    const { core, headphones, speaker } = await packSetup();
    await core.ok('settings.update', { euResponsiblePerson: 'Bright EU GmbH, Lindenstr. 1, 10969 Berlin, Germany, eu@bright.example' });
    await core.ok('products.update', { id: speaker.id, euResponsiblePerson: 'Sound Rep B.V., Damrak 1, 1012 LG Amsterdam, Netherlands, rp@sound.example', manufacturer: 'Shenzhen Sound Co., Ltd., 8 Keji Rd, Shenzhen 518057, China, www.sound.example' });
    const tea = await core.ok('products.create', {
      sku: 'TEA-1', name: 'Green tea, loose leaf, 100 g', hsCode: '0902.10', originCountry: 'CN', unitNetWeightG: 100, unitValue: 500, currency: 'USD', compliance: { categories: ['food'] },
    });
    const s = await ship(core, { items: [{ productId: headphones.id, quantity: 1 }, { productId: speaker.id, quantity: 1 }, { productId: tea.id, quantity: 1 }], parcels: [{ grossWeightG: 1500 }] });
    const { page } = await pack(core, s.id, 'gpsr-de');
    const sheet = (sku: string) => page(`Product information: ${sku}`).text.replace(/\s+/g, ' ');
    expect(sheet('BT-HP-001')).toContain('EU responsible person (Regulation (EU) 2023/988, art. 16) Bright EU GmbH, Lindenstr. 1, 10969 Berlin, Germany, eu@bright.example');
    expect(sheet('SPK-01')).toContain('Sound Rep B.V., Damrak 1, 1012 LG Amsterdam, Netherlands, rp@sound.example');
    expect(sheet('SPK-01')).not.toContain('Bright EU GmbH');
    // GPSR art. 9(6): the manufacturer's name and addresses, when the product has them
    expect(sheet('SPK-01')).toContain('Manufacturer (Regulation (EU) 2023/988, art. 9(6)) Shenzhen Sound Co., Ltd., 8 Keji Rd, Shenzhen 518057, China, www.sound.example');
    expect(sheet('BT-HP-001')).not.toContain('Manufacturer (Regulation');
    expect(sheet('TEA-1')).not.toContain('EU responsible person'); // food is under its own rules, not the GPSR
    const us = await ship(core, { consignee: { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' }, items: [{ productId: headphones.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
    expect((await pack(core, us.id, 'gpsr-us')).page('Product information: BT-HP-001').text).not.toContain('EU responsible person');
    const usSpeaker = await ship(core, { consignee: { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' }, items: [{ productId: speaker.id, quantity: 1 }], parcels: [{ grossWeightG: 600 }] });
    expect((await pack(core, usSpeaker.id, 'gpsr-us-speaker')).page('Product information: SPK-01').text).not.toContain('Manufacturer (Regulation');
  });

  it('information sheet for a US parcel: English first, the Chinese name once as a second line', async () => {
    const { core } = await packSetup();
    const mug = await core.ok('products.create', {
      sku: 'MUG-CN', name: '陶瓷马克杯', localName: '陶瓷马克杯', hsCode: '6912.00', originCountry: 'CN', unitNetWeightG: 320, unitValue: 420, currency: 'USD', material: 'Porcelain',
    });
    const s = await ship(core, {
      consignee: { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: 'US' },
      items: [{ productId: mug.id, quantity: 1, description: 'Ceramic mug, porcelain, 350 ml' }], parcels: [{ grossWeightG: 500 }],
    });
    const { page } = await pack(core, s.id, 'sheet-us');
    const sheet = page('Product information: MUG-CN').text;
    expect(sheet).toContain('Ceramic mug, porcelain, 350 ml');
    expect(sheet.split('陶瓷马克杯').length - 1).toBe(1);
    expect(sheet.indexOf('Ceramic mug')).toBeLessThan(sheet.indexOf('陶瓷马克杯'));
  });
});
