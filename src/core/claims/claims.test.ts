import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';
import { claimSetup, evidencePdf, JPEG, PNG, WEBP } from '../../../test/fixtures/claims';

const TABLES = ['claims', 'claim_events', 'policies'];



describe('policies', () => {
  it('creates, lists, updates; bad input names the field and saves nothing', async () => {
    const core = testCore();
    const p = await core.ok('policies.create', { insurer: 'Parcel Cover Ltd', policyNumber: 'PC-1', deductibleCurrency: 'eur', claimWindowDays: 60 });
    expect(p).toMatchObject({ deductible: 0, deductibleCurrency: 'EUR', claimWindowDays: 60, claimCount: 0 });
    expect((await core.ok('policies.update', { id: p.id, deductible: 2500 })).deductible).toBe(2500);
    expect((await core.ok('policies.list', {})).items.map((x) => x.policyNumber)).toEqual(['PC-1']);
    const before = core.snapshot(...TABLES);
    const err = await core.fail('policies.create', { insurer: '', policyNumber: 'X', deductibleCurrency: 'ZZZ', claimWindowDays: 0 });
    expect(err.details.issues?.map((i) => i.path).sort()).toEqual(['claimWindowDays', 'deductibleCurrency', 'insurer']);
    expect(core.snapshot(...TABLES)).toEqual(before);
  });
});

describe('claims', () => {
  it('creates a draft with its filing deadline from the policy, and lists it', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 20000 });
    expect(c).toMatchObject({ reference: 'CL-2026-000001', status: 'draft', currency: 'USD', insuredValue: 20000, filingDeadline: '2026-12-10', daysToDeadline: 19, warnings: [] });
    expect(c.history).toMatchObject([{ kind: 'created', toStatus: 'draft' }]);
    const page = await core.ok('claims.list', { status: 'draft' });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ reference: c.reference, shipmentReference: shipment.reference, insurer: 'Parcel Cover Ltd', late: false });
    expect((await core.ok('claims.list', { status: 'paid' })).total).toBe(0);
  });

  it('refuses a claim above the insured value (at amountClaimed); nothing saved changes', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const before = core.snapshot(...TABLES);
    const err = await core.fail('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 20001 });
    expect(err.code).toBe('VALIDATION');
    expect(err.details.issues).toMatchObject([{ path: 'amountClaimed', key: 'claim_above_insured', params: { max: 20000, currency: 'USD' } }]);
    expect(core.snapshot(...TABLES)).toEqual(before);
    // Raising it later through an update is refused the same way.
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 100 });
    const mid = core.snapshot(...TABLES);
    expect((await core.fail('claims.update', { id: c.id, amountClaimed: 50000 })).details.issues?.[0]?.key).toBe('claim_above_insured');
    expect(core.snapshot(...TABLES)).toEqual(mid);
  });

  it('refuses a claim on an uninsured shipment, naming shipmentId; nothing saved changes', async () => {
    for (const insured of [null, 0]) {
      const core = testCore();
      const { shipment, policy } = await claimSetup(core, insured);
      const before = core.snapshot(...TABLES);
      const err = await core.fail('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'damage', incidentDate: '2026-11-10', amountClaimed: 1 });
      expect(err.details.issues).toMatchObject([{ path: 'shipmentId', key: 'shipment_uninsured', params: { shipmentId: shipment.id } }]);
      expect(err.message).toContain('shipmentId');
      expect(core.snapshot(...TABLES)).toEqual(before);
    }
  });

  it('allows a claim after its filing window, with a warning that says how many days late', async () => {
    const core = testCore(); // today is 2026-11-21
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-10-10', amountClaimed: 5000 });
    expect(c.filingDeadline).toBe('2026-11-09');
    expect(c.warnings).toMatchObject([{ key: 'filing_late', params: { days: 12 } }]);
    expect(c.warnings[0]!.message).toContain('12 day(s)');
    expect((await core.ok('claims.list', {})).items[0]!.late).toBe(true);
    // Filed today: it stays 12 days late, recorded against its filing day.
    const filed = await core.ok('claims.update', { id: c.id, status: 'filed' });
    expect(filed).toMatchObject({ status: 'filed', filedOn: '2026-11-21', warnings: [{ params: { days: 12 } }] });
  });

  it('walks the workflow with history and amounts; refuses jumps (draft → paid) and changing facts once filed', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 18000 });
    const before = core.snapshot(...TABLES);
    const jump = await core.fail('claims.update', { id: c.id, status: 'paid', amountPaid: 100 });
    expect(jump.code).toBe('CONFLICT');
    expect(jump.details.issues).toMatchObject([{ path: 'status', key: 'status_transition', params: { from: 'draft', to: 'paid' } }]);
    expect(core.snapshot(...TABLES)).toEqual(before);

    await core.ok('claims.update', { id: c.id, status: 'filed', statusNote: 'Sent by e-mail' });
    expect((await core.fail('claims.update', { id: c.id, amountClaimed: 100 })).details.issues?.[0]?.key).toBe('claim_not_editable');
    await core.ok('claims.update', { id: c.id, status: 'under_review' });
    expect((await core.fail('claims.update', { id: c.id, status: 'approved' })).details.issues).toMatchObject([{ path: 'amountApproved', key: 'required' }]);
    expect((await core.fail('claims.update', { id: c.id, status: 'approved', amountApproved: 19000 })).details.issues?.[0]?.key).toBe('approved_above_claimed');
    await core.ok('claims.update', { id: c.id, status: 'approved', amountApproved: 16500 });
    expect((await core.fail('claims.update', { id: c.id, status: 'paid', amountPaid: 17000 })).details.issues?.[0]?.key).toBe('paid_above_approved');
    await core.ok('claims.update', { id: c.id, status: 'paid', amountPaid: 16500 });
    const closed = await core.ok('claims.update', { id: c.id, status: 'closed', notes: 'Settled' });
    expect(closed).toMatchObject({ status: 'closed', amountApproved: 16500, amountPaid: 16500, notes: 'Settled' });
    expect(closed.history.filter((h) => h.kind === 'status').map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual([
      'draft>filed', 'filed>under_review', 'under_review>approved', 'approved>paid', 'paid>closed',
    ]);
    expect(closed.history.find((h) => h.toStatus === 'filed')!.note).toBe('Sent by e-mail');
    expect((await core.fail('claims.update', { id: c.id, status: 'draft' })).code).toBe('CONFLICT');
  });

  it('accepts evidence as attachments with owner kind claim, and kinds only for its own attachments', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'damage', incidentDate: '2026-11-10', amountClaimed: 100 });
    const file = join(tempDir(), 'photo.png');
    writeFileSync(file, PNG);
    const a = await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: file });
    expect((await core.ok('claims.update', { id: c.id, evidenceKinds: { [a.id]: 'photo' } })).evidenceKinds).toEqual({ [String(a.id)]: 'photo' });
    expect((await core.fail('claims.update', { id: c.id, evidenceKinds: { 999: 'invoice' } })).details.issues?.[0]).toMatchObject({ path: 'evidenceKinds.999', key: 'evidence_unknown' });
    expect((await core.fail('attachments.add', { owner: { kind: 'claim', id: 999 }, path: file })).code).toBe('NOT_FOUND');
  });

  it('saves a claim above the declared value of the goods with a warning that names the goods and the excess: the goods, never goods + postage', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core); // 2 × 100.00 USD of goods
    // Postage and insurance paid, insured for more than the goods: the invoice's TOTAL is 209.70 USD.
    await core.ok('shipments.update', { id: shipment.id, postage: 850, insurance: 120, insuredValue: 25000 });
    const goods = { goodsValue: 20000, currency: 'USD' };

    const atGoods = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 20000 });
    expect(atGoods).toMatchObject({ goodsValue: 20000, warnings: [] });

    // Goods + postage (208.50) is not the goods value: 8.50 above it, said, and saved all the same.
    const withPostage = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 20850 });
    expect(withPostage).toMatchObject({ amountClaimed: 20850, goodsValue: 20000, warnings: [{ key: 'above_goods_value', params: { ...goods, excess: 850 } }] });
    expect(withPostage.warnings[0]!.message).toBe(`The amount claimed (208.50 USD) is 8.50 USD above the declared value of the goods of shipment ${shipment.reference} (200.00 USD)`);
    expect((await core.ok('claims.get', { id: withPostage.id })).warnings).toMatchObject([{ key: 'above_goods_value', params: { excess: 850 } }]);

    // Raised through an update (up to the insured value, which refuses above it), then back down.
    const raised = await core.ok('claims.update', { id: atGoods.id, amountClaimed: 25000 });
    expect(raised.warnings).toMatchObject([{ key: 'above_goods_value', params: { ...goods, excess: 5000 } }]);
    expect((await core.ok('claims.update', { id: atGoods.id, amountClaimed: 19999 })).warnings).toEqual([]);
    // Late and above the goods: both said.
    const late = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'damage', incidentDate: '2026-10-10', amountClaimed: 21000 });
    expect(late.warnings.map((w) => w.key)).toEqual(['filing_late', 'above_goods_value']);
  });

  it('sets the amount against the goods in the claim’s currency: converted with the profile’s rates, nothing said when none converts', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 20000 });
    expect(c.warnings).toEqual([]);
    // The shipment, still a draft, is now in yuan: its 200.00 CNY of goods is about 27.95 USD (through SDR: 0.102 / 0.73).
    await core.ok('shipments.update', { id: shipment.id, currency: 'CNY' });
    const converted = await core.ok('claims.get', { id: c.id });
    expect(converted).toMatchObject({ currency: 'USD', goodsValue: 2795, warnings: [{ key: 'above_goods_value', params: { goodsValue: 2795, excess: 17205, currency: 'USD' } }] });
    // No rate between the two: no goods value to set it against, and no guess.
    await core.ok('settings.update', { rates: [] });
    expect(await core.ok('claims.get', { id: c.id })).toMatchObject({ goodsValue: null, warnings: [] });
  });
});

describe('claims.letter', () => {
  it('writes the letter with amounts, Chinese text, an evidence index with page numbers, and the evidence merged in order', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', {
      shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 18500, description: '包裹在转运途中丢失。Tracking stopped at the hub on 2026-11-10.',
    });
    const dir = tempDir();
    const put = (name: string, data: Uint8Array) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    };
    const add = (path: string) => core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path });
    const tracking = await add(put('tracking.pdf', await evidencePdf('TRACKING', 2)));
    const photo = await add(put('box.jpg', JPEG));
    await add(put('broken.pdf', Buffer.from('%PDF-1.7\nthis is not a pdf')));
    await add(put('label.webp', WEBP));
    const invoice = await add(put('invoice.pdf', await evidencePdf('INVOICE', 1)));
    const pack = put('SH-pack.pdf', await evidencePdf('PACK', 1));
    await core.ok('claims.update', { id: c.id, packPath: pack, evidenceKinds: { [tracking.id]: 'tracking_history', [photo.id]: 'photo', [invoice.id]: 'invoice' } });

    const out = join(dir, 'letter.pdf');
    const letter = await core.ok('claims.letter', { claimId: c.id, outPath: out });
    expect(letter.path).toBe(out);
    const pages = await readPdf(new Uint8Array((await import('node:fs')).readFileSync(out)));
    expect(pages.length).toBe(letter.pages);
    const letterPages = letter.pages - 5; // 2 tracking + 1 photo + 1 invoice + 1 pack
    const text = pages.slice(0, letterPages).map((p) => p.text).join('\n');
    expect(text).toContain('INSURANCE CLAIM');
    expect(text).toContain('Parcel Cover Ltd');
    expect(text).toContain('PC-7788');
    expect(text).toContain('185.00 USD'); // claimed
    expect(text).toContain('200.00 USD'); // insured
    expect(text).toContain('15.00 USD'); // deductible
    expect(text).toContain('JD0146000012345');
    expect(text).toContain('王小明');
    expect(text).toContain('深圳光明贸易有限公司');
    expect(text).toContain('包裹在转运途中丢失');
    expect(text).toContain(`Page 1 of ${letter.pages}`);

    expect(letter.evidence.map((e) => [e.number, e.name, e.kind, e.status, e.firstPage, e.lastPage])).toEqual([
      [1, 'tracking.pdf', 'tracking_history', 'merged', letterPages + 1, letterPages + 2],
      [2, 'box.jpg', 'photo', 'merged', letterPages + 3, letterPages + 3],
      [3, 'broken.pdf', 'other', 'unreadable', null, null],
      [4, 'label.webp', 'other', 'not_embeddable', null, null],
      [5, 'invoice.pdf', 'invoice', 'merged', letterPages + 4, letterPages + 4],
      [6, 'SH-pack.pdf', 'document_pack', 'merged', letterPages + 5, letterPages + 5],
    ]);
    // The index on the letter says the same.
    expect(text).toMatch(/tracking\.pdf\s+Tracking history\s+PDF\s+pp\. \d+–\d+/);
    expect(text).toContain(`pp. ${letterPages + 1}–${letterPages + 2}`);
    expect(text).toContain('broken.pdf');
    expect(text).toMatch(/corrupt or unreadable PDF/);
    expect(text).toMatch(/not embeddable/);
    // Merged evidence, in index order, each page stamped.
    const merged = pages.slice(letterPages).map((p) => p.text);
    expect(merged[0]).toContain('TRACKING PAGE 1');
    expect(merged[1]).toContain('TRACKING PAGE 2');
    expect(merged[2]).toContain('Evidence 2: box.jpg');
    expect(merged[3]).toContain('INVOICE PAGE 1');
    expect(merged[4]).toContain('PACK PAGE 1');
    expect(merged[4]).toContain(`Page ${letter.pages} of ${letter.pages}`);
  });

  it('stamps each merged page with the file’s own name in any script, and numbers it in the letter’s language', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'damage', incidentDate: '2026-11-10', amountClaimed: 5000 });
    const dir = tempDir();
    const photo = join(dir, '包裹破损照片.png');
    writeFileSync(photo, PNG);
    const scan = join(dir, '물류 추적 기록 (운송장) — a very long file name that would not fit beside the page number of a merged page.pdf');
    writeFileSync(scan, await evidencePdf('SCAN', 1));
    await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: photo });
    await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: scan });
    for (const language of ['en', 'zh'] as const) {
      const letter = await core.ok('claims.letter', { claimId: c.id, language });
      const pages = await readPdf(new Uint8Array((await import('node:fs')).readFileSync(letter.path)));
      const [photoPage = '', scanPage = ''] = pages.slice(-2).map((p) => p.text.replace(/\s+/g, ' '));
      const total = letter.pages;
      if (language === 'en') {
        expect(photoPage).toContain('Evidence 1: 包裹破损照片.png');
        expect(photoPage).toContain(`Page ${total - 1} of ${total}`);
      } else {
        expect(photoPage.replace(/\s+/g, '')).toContain('证据1：包裹破损照片.png');
        expect(photoPage.replace(/\s+/g, '')).toContain(`第${total - 1}页，共${total}页`);
        expect(photoPage).not.toContain('Page');
      }
      // Never question marks for the characters the standard PDF font lacks; a long name is cut with an ellipsis.
      expect(photoPage + scanPage).not.toContain('?');
      expect(scanPage).toContain('SCAN PAGE 1');
      expect(scanPage.replace(/\s+/g, '')).toContain('물류추적기록');
      expect(scanPage).toContain('…');
    }
  });

  it('prints the consignee and the seller in their countries’ postal order: "Austin, TX 78701", "518057 Shenzhen Guangdong"', async () => {
    const core = testCore();
    const { product, policy } = await claimSetup(core);
    await core.ok('settings.update', { postcode: '518057', state: 'Guangdong' });
    const shipment = await core.ok('shipments.create', {
      consignee: { name: 'John Miller', addressLines: ['200 Main St'], city: 'Austin', state: 'TX', postcode: '78701', country: 'US' }, carrier: 'DHL', currency: 'USD', insuredValue: 20000,
      shipDate: '2026-11-01', items: [{ productId: product.id, quantity: 1, unitValue: 10000 }], parcels: [{ grossWeightG: 1000 }],
    });
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 5000 });
    const letter = await core.ok('claims.letter', { claimId: c.id });
    const text = (await readPdf(new Uint8Array((await import('node:fs')).readFileSync(letter.path)))).map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain('John Miller, Austin, TX 78701, United States (US)');
    expect(text).not.toContain('78701 Austin');
    expect(text).toContain('518057 Shenzhen Guangdong');
  });

  it('writes to the data folder by default; a relative or missing-folder outPath is refused at outPath', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'delay', incidentDate: '2026-11-10', amountClaimed: 100 });
    const letter = await core.ok('claims.letter', { claimId: c.id });
    expect(letter.path).toBe(join(core.ctx.dataDir, 'documents', 'claims', 'CL-2026-000001-letter.pdf'));
    expect(letter.evidence).toEqual([]);
    expect((await core.fail('claims.letter', { claimId: c.id, outPath: 'letter.pdf' })).details.issues?.[0]).toMatchObject({ path: 'outPath', key: 'path_not_absolute' });
    expect((await core.fail('claims.letter', { claimId: c.id, outPath: join(tempDir(), 'nope', 'x.pdf') })).details.issues?.[0]).toMatchObject({ path: 'outPath', key: 'folder_not_found' });
    expect((await core.fail('claims.letter', { claimId: 999 })).code).toBe('NOT_FOUND');
  });

  it('writes the letter in Chinese when asked: Chinese headings and keys, no English of its own left, the same facts and amounts', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    await core.ok('settings.update', { phone: '+86 755 1234 5678' });
    const c = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 18500, description: '包裹在转运途中丢失。' });
    const dir = tempDir();
    const put = (name: string, data: Uint8Array) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    };
    const tracking = await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: put('tracking.pdf', await evidencePdf('TRACKING', 2)) });
    await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: put('label.webp', WEBP) });
    await core.ok('attachments.add', { owner: { kind: 'claim', id: c.id }, path: put('broken.pdf', Buffer.from('%PDF-1.7\nthis is not a pdf')) });
    await core.ok('claims.update', { id: c.id, evidenceKinds: { [tracking.id]: 'tracking_history' } });

    const en = await core.ok('claims.letter', { claimId: c.id });
    const zh = await core.ok('claims.letter', { claimId: c.id, language: 'zh' });
    expect(en).toMatchObject({ language: 'en', path: join(core.ctx.dataDir, 'documents', 'claims', 'CL-2026-000001-letter.pdf') });
    expect(zh).toMatchObject({ language: 'zh', path: join(core.ctx.dataDir, 'documents', 'claims', 'CL-2026-000001-letter-zh.pdf') });
    const letterText = async (path: string, pages: number) =>
      (await readPdf(new Uint8Array((await import('node:fs')).readFileSync(path)))).slice(0, pages - 2).map((p) => p.text).join('\n');
    const enText = await letterText(en.path, en.pages);
    const zhText = await letterText(zh.path, zh.pages);

    for (const s of ['保险索赔申请书', '索赔编号', '保单号', '致（保险人）', '申请人（被保险人）', '根据保单 PC-7788', '货件编号', '运单号', '收货人', '德国（DE）', '中国（CN）', '电话 +86 755 1234 5678',
      '出险日期', '索赔时限（保单约定）', '出险后 30 日内', '索赔金额', '保单免赔额', '保险金额', '随附证据', '序号', '页码', '物流轨迹记录', '无法嵌入', '未附入', '包裹丢失', '本人郑重声明', '签名', '地点及日期', '第 1 页，共'])
      expect(zhText).toContain(s);
    // The goods by their Chinese name, the declared description after it (they were English only)
    expect(zhText).toMatch(/货物\s*\d+ × 台灯（Desk lamp/);
    expect(enText).not.toContain('台灯');
    // Chinese takes its full-width parentheses: never "德国 (DE)" against Chinese text
    expect(zhText).not.toMatch(/[\u4e00-\u9fff] ?\(/);
    for (const s of ['Shipment reference', 'Amount claimed', 'Evidence enclosed', 'INSURANCE CLAIM', 'Deductible', 'Under policy', 'TO (INSURER)', 'FROM (POLICYHOLDER)', 'Tracking history', 'not embeddable', 'skipped', 'Germany', 'Tel.', 'Signature', 'Page 1'])
      expect(zhText).not.toContain(s);
    // Nothing Latin is left but the claim's own data (names, addresses, references, file names and types, currency codes).
    const data = ['Parcel Cover Ltd', 'Claims dept.', '10 Fleet St', 'London EC4', 'Hauptstr. 5', 'Berlin', '1 Keji Rd', 'Shenzhen', 'Li Wei', 'Owner', 'Desk lamp', 'DHL',
      'tracking.pdf', 'label.webp', 'broken.pdf', 'WebP', 'PDF', 'JPEG', 'PNG', 'USD', 'DE', 'CN'];
    const rest = data.reduce((t, d) => t.split(d).join(' '), zhText).replace(/[A-Z]{2}-\d{4}-\d{6}|SH-[\w-]+|PC-7788|JD\d+/g, ' ');
    expect(rest.match(/[A-Za-z]{2,}/g)).toBeNull();

    // The same facts as the English letter: references, policy number, every amount, the dates.
    for (const s of [c.reference, shipment.reference, 'PC-7788', 'JD0146000012345', '2026-11-10', '2026-12-10', '王小明', '深圳光明贸易有限公司', '包裹在转运途中丢失']) {
      expect(enText).toContain(s);
      expect(zhText).toContain(s);
    }
    const amounts = (t: string) => t.match(/\d[\d,]*\.\d{2} [A-Z]{3}/g)!.sort();
    expect(amounts(zhText)).toEqual(amounts(enText));
    expect(amounts(enText)).toEqual(expect.arrayContaining(['185.00 USD', '200.00 USD', '15.00 USD']));
    expect(zh.evidence.map((e) => [e.name, e.status, e.firstPage])).toEqual(en.evidence.map((e) => [e.name, e.status, e.firstPage]));
    expect(zh.evidence.find((e) => e.name === 'label.webp')!.reason).toBe('WebP 图片无法嵌入 PDF，随本函另行发送');

    // The English letter says what it said, in its own words; a bad language is refused at its field.
    for (const s of ['INSURANCE CLAIM', 'TO (INSURER)', 'FROM (POLICYHOLDER)', 'Under policy PC-7788', 'Germany (DE)', 'China (CN)', 'Tel. +86', '30 days after the incident', 'Evidence enclosed', 'Tracking history', 'not embeddable', 'skipped', 'Page 1 of'])
      expect(enText).toContain(s);
    expect(enText).not.toMatch(/保险索赔|随附证据|被保险人|出险/);
    expect((await core.fail('claims.letter', { claimId: c.id, language: 'fr' })).details.issues?.[0]).toMatchObject({ path: 'language' });
  });
});
