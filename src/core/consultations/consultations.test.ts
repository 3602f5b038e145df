// Advance consultations on the real core: the request, the answer that becomes a seller rule, the
// preflight citing it (or saying why it does not apply, or that it no longer holds), the letter
// read back from its PDF, and bad input that changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';

const TABLES = ['consultations', 'seller_rules'];
const consignee = { name: 'Emily Clarke', addressLines: ['12 High Street'], city: 'Leeds', postcode: 'LS1 4AP', country: 'GB' };
const ANSWER = {
  by: 'China Post Shenzhen desk', date: '2026-11-03', channel: 'email', outcome: 'allow', validUntil: '2027-05-01',
  text: 'The headphones are accepted with the lithium battery mark on the parcel.', summary: 'accepted with the battery mark',
} as const;

async function setup(core: TestCore) {
  await core.ok('settings.update', { exporterName: 'Brightway Trading Co., Ltd.', email: 'orders@brightway.example', signatoryName: 'Li Wei', defaultPostalOperator: 'CN-POST' });
  const product = await core.ok('products.create', {
    sku: 'HP-1', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD',
    material: 'ABS, protein leather',
    compliance: { categories: ['electrical'], battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 1.85, whPerCell: 1.85, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });
  const consultation = await core.ok('consultations.create', { productId: product.id, destination: 'GB', carrier: 'China Post', operatorCode: 'cn-post', requestDate: '2026-11-01' });
  return { product, consultation };
}

const shipmentWith = (core: TestCore, productId: number, extra: Record<string, unknown> = {}) =>
  core.ok('shipments.create', { consignee, invoiceNumber: 'INV-1', currency: 'USD', items: [{ productId, quantity: 1 }], parcels: [{ grossWeightG: 400 }], ...extra });

describe('consultations', () => {
  it('creates a request, lists it as waiting, and records the answer as a seller rule whose source is the consultation', async () => {
    const core = testCore();
    const { product, consultation: c } = await setup(core);
    expect(c).toMatchObject({ reference: 'CQ-2026-000001', status: 'waiting', operatorCode: 'CN-POST', productSku: 'HP-1', answer: null, ruleIds: [] });
    expect((await core.ok('consultations.list', { status: 'waiting' })).items.map((x) => x.id)).toEqual([c.id]);
    const answered = await core.ok('consultations.update', { id: c.id, answer: ANSWER });
    expect(answered).toMatchObject({ status: 'answered', stale: null, answer: { by: ANSWER.by, date: '2026-11-03', outcome: 'allow', summary: 'accepted with the battery mark' } });
    expect(answered.ruleIds).toHaveLength(1);
    const rules = (await core.ok('rules.list', { productId: product.id })).items;
    expect(rules).toMatchObject([{ match: 'product', productId: product.id, destination: 'GB', severity: 'info', message: 'accepted with the battery mark',
      consultation: { id: c.id, carrier: 'China Post', operatorCode: 'CN-POST', answeredOn: '2026-11-03', validUntil: '2027-05-01' } }]);
    expect((await core.ok('consultations.list', { status: 'waiting' })).total).toBe(0);
    expect((await core.ok('consultations.list', { status: 'answered' })).total).toBe(1);
    // Clearing the answer removes the rule it became.
    expect((await core.ok('consultations.update', { id: c.id, answer: null })).ruleIds).toEqual([]);
    expect((await core.ok('rules.list', {})).total).toBe(0);
  });

  it('the preflight of a new shipment cites the answer; another carrier gets a finding saying why it does not apply', async () => {
    const core = testCore();
    const { product, consultation: c } = await setup(core);
    await core.ok('consultations.update', { id: c.id, answer: { ...ANSWER, outcome: 'warn' } });
    const byPost = await shipmentWith(core, product.id, { carrier: 'China Post', service: 'ePacket' });
    const cited = (await core.ok('shipments.preflight', { id: byPost.id })).findings.filter((f) => f.rule.startsWith('seller.'));
    expect(cited).toMatchObject([{ severity: 'warn', message: { key: 'pf.msg.consultation_rule', text: 'HP-1: China Post, 2026-11-03: accepted with the battery mark' } }]);
    // No carrier named: the seller's default operator (CN-POST) is the consultation's.
    const byDefault = await shipmentWith(core, product.id);
    expect((await core.ok('shipments.preflight', { id: byDefault.id })).findings.find((f) => f.rule.startsWith('seller.'))?.message.key).toBe('pf.msg.consultation_rule');
    const byDhl = await shipmentWith(core, product.id, { carrier: 'DHL Express' });
    const other = (await core.ok('shipments.preflight', { id: byDhl.id })).findings.filter((f) => f.rule.startsWith('seller.'));
    expect(other).toMatchObject([{ severity: 'info', message: { key: 'pf.msg.consultation_other_carrier' }, fix: { key: 'pf.fix.consultation_other_carrier' } }]);
    expect(other[0]!.message.text).toBe('HP-1: the answer of China Post of 2026-11-03 (“accepted with the battery mark”) does not apply: this shipment goes with DHL Express.');
    // Another destination: the rule is for GB only.
    const toDe = await shipmentWith(core, product.id, { consignee: { ...consignee, city: 'Berlin', postcode: '10115', country: 'DE' } });
    expect((await core.ok('shipments.preflight', { id: toDe.id })).findings.some((f) => f.rule.startsWith('seller.'))).toBe(false);
  });

  it('flags an answer past its validity or older than six months (status expired, a warning in the preflight)', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const core = testCore(() => now);
    const { product, consultation: c } = await setup(core);
    await core.ok('consultations.update', { id: c.id, answer: { ...ANSWER, validUntil: '2027-01-31' } });
    // No ship date: the preflight judges the answer on the day it runs (a dated shipment, on its ship date).
    const s = await shipmentWith(core, product.id, { carrier: 'China Post', shipDate: null });
    now = new Date('2027-02-10T10:00:00Z');
    expect(await core.ok('consultations.get', { id: c.id })).toMatchObject({ status: 'expired', stale: { reason: 'past_validity', until: '2027-01-31' } });
    const past = (await core.ok('shipments.preflight', { id: s.id })).findings.find((f) => f.rule.startsWith('seller.'));
    expect(past).toMatchObject({ severity: 'warn', message: { key: 'pf.msg.consultation_past_validity' }, fix: { key: 'pf.fix.consultation_stale' } });
    expect(past!.message.text).toContain('was valid until 2027-01-31');
    // No validity given: six months after the answer (2026-11-03 → 2027-05-03).
    now = new Date('2026-11-21T10:00:00Z');
    await core.ok('consultations.update', { id: c.id, answer: { ...ANSWER, validUntil: null } });
    now = new Date('2027-05-03T10:00:00Z');
    expect((await core.ok('consultations.get', { id: c.id })).status).toBe('answered');
    now = new Date('2027-05-04T10:00:00Z');
    expect(await core.ok('consultations.get', { id: c.id })).toMatchObject({ status: 'expired', stale: { reason: 'too_old', until: '2027-05-03' } });
    expect((await core.ok('consultations.list', { status: 'expired' })).total).toBe(1);
    const old = (await core.ok('shipments.preflight', { id: s.id })).findings.find((f) => f.rule.startsWith('seller.'));
    expect(old).toMatchObject({ severity: 'warn', message: { key: 'pf.msg.consultation_too_old' } });
  });

  it('keeps the reply file with the answer; removing the file clears it from the answer', async () => {
    const core = testCore();
    const { consultation: c } = await setup(core);
    const path = join(tempDir(), 'reply.pdf');
    writeFileSync(path, '%PDF-1.4\n%%EOF\n');
    const file = await core.ok('attachments.add', { owner: { kind: 'consultation', id: c.id }, path });
    const other = await core.ok('attachments.add', { owner: { kind: 'product', id: c.productId! }, path });
    expect((await core.fail('consultations.update', { id: c.id, answer: { ...ANSWER, replyAttachmentId: other.id } })).details.issues).toMatchObject([{ path: 'answer.replyAttachmentId', key: 'attachment_unknown' }]);
    expect((await core.ok('consultations.update', { id: c.id, answer: { ...ANSWER, replyAttachmentId: file.id } })).answer?.replyAttachmentId).toBe(file.id);
    await core.ok('attachments.remove', { id: file.id });
    expect((await core.ok('consultations.get', { id: c.id })).answer?.replyAttachmentId).toBeNull();
  });

  it('a consultation for a shipment makes one rule per product of the shipment', async () => {
    const core = testCore();
    const { product } = await setup(core);
    const mug = await core.ok('products.create', { sku: 'MUG-1', name: 'Ceramic mug 350 ml', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 320, unitValue: 690, currency: 'USD' });
    const s = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-2', items: [{ productId: product.id, quantity: 1 }, { productId: mug.id, quantity: 2 }], parcels: [{ grossWeightG: 1200 }] });
    const c = await core.ok('consultations.create', { shipmentId: s.id, destination: 'GB', carrier: 'Royal Mail', requestDate: '2026-11-10' });
    const answered = await core.ok('consultations.update', { id: c.id, answer: { ...ANSWER, date: '2026-11-12', outcome: 'block', summary: 'not accepted: ship the headphones by courier' } });
    expect(answered.ruleIds).toHaveLength(2);
    expect((await core.ok('rules.list', {})).items.map((r) => [r.productSku, r.severity])).toEqual([['HP-1', 'block'], ['MUG-1', 'block']]);
  });
});

describe('consultations: bad input changes nothing', () => {
  it('an answer dated before its request is refused at answer.date', async () => {
    const core = testCore();
    const { consultation: c } = await setup(core);
    const before = core.snapshot(...TABLES);
    const err = await core.fail('consultations.update', { id: c.id, answer: { ...ANSWER, date: '2026-10-31' } });
    expect(err.code).toBe('VALIDATION');
    expect(err.details.issues).toMatchObject([{ path: 'answer.date', key: 'answer_before_request', params: { requestDate: '2026-11-01' } }]);
    // And valid-until before the answer, at answer.validUntil.
    expect((await core.fail('consultations.update', { id: c.id, answer: { ...ANSWER, validUntil: '2026-11-02' } })).details.issues).toMatchObject([{ path: 'answer.validUntil', key: 'valid_before_answer' }]);
    // Moving the request after a recorded answer is refused too.
    await core.ok('consultations.update', { id: c.id, answer: ANSWER });
    const mid = core.snapshot(...TABLES);
    expect((await core.fail('consultations.update', { id: c.id, requestDate: '2026-11-05' })).details.issues).toMatchObject([{ path: 'requestDate', key: 'answer_before_request' }]);
    expect(core.snapshot(...TABLES)).toEqual(mid);
    expect(before).not.toEqual(mid);
  });

  it('a consultation for an archived product is refused at productId', async () => {
    const core = testCore();
    const { product } = await setup(core);
    await core.ok('products.archive', { id: product.id });
    const before = core.snapshot(...TABLES);
    const err = await core.fail('consultations.create', { productId: product.id, destination: 'GB', carrier: 'China Post' });
    expect(err.details.issues).toMatchObject([{ path: 'productId', key: 'consultation_product_archived', params: { sku: 'HP-1' } }]);
    expect((await core.fail('consultations.create', { productId: 99999, destination: 'GB', carrier: 'China Post' })).details.issues).toMatchObject([{ path: 'productId', key: 'product_unknown' }]);
    expect((await core.fail('consultations.create', { destination: 'GB', carrier: 'China Post' })).details.issues).toMatchObject([{ path: 'productId', key: 'required' }]);
    expect((await core.fail('consultations.create', { shipmentId: 99999, destination: 'GB', carrier: 'X', requestDate: '2026-12-01', operatorCode: 'ZZ-NONE' })).details.issues?.map((i) => `${i.path}:${i.key}`).sort())
      .toEqual(['operatorCode:postal_operator_unknown', 'requestDate:date_in_future', 'shipmentId:shipment_unknown']);
    expect(core.snapshot(...TABLES)).toEqual(before);
  });
});

describe('consultations.letter', () => {
  it('writes the request as a PDF and as text, in English and Chinese, with the goods, the questions and the documents on file', async () => {
    const core = testCore();
    const { product, consultation: c } = await setup(core);
    await core.ok('certificates.create', { type: 'sds', number: 'SDS-2026-7', issuer: 'SGS', issueDate: '2026-01-10', expiryDate: '2027-01-10', productIds: [product.id] });
    await core.ok('certificates.create', { type: 'un38_3', number: 'UN-38-3-551', issuer: 'TÜV', issueDate: '2026-02-01', productIds: [product.id] });
    await core.ok('certificates.create', { type: 'fcc', number: 'FCC-1', issueDate: '2026-02-01', productIds: [product.id] });
    const en = await core.ok('consultations.letter', { id: c.id });
    expect(en.path).toMatch(/documents[\\/]consultations[\\/]CQ-2026-000001-en\.pdf$/);
    expect(en.subject).toBe('Advance consultation: Bluetooth headphones, over-ear (HS 851830) to United Kingdom (GB)');
    expect(en.attached).toEqual(['Safety data sheet (SDS) · no. SDS-2026-7 · valid until 2027-01-10', 'UN38.3 test summary · no. UN-38-3-551']);
    // The battery in equipment is asked about (Section II), phrased as a question.
    expect(en.questions.map((q) => q.rule)).toContain('battery.section2');
    expect(en.questions[0]!.text).toMatch(/^Our check says: “.+” Do you accept this, and on which conditions\?$/);
    const pages = await readPdf(readFileSync(en.path));
    const pdf = pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    for (const s of ['ADVANCE CONSULTATION', 'CQ-2026-000001', 'Dear China Post,', 'HS code 851830', 'ABS, protein leather', 'Lithium-ion battery, contained in the equipment, 1.85 Wh per battery', '24.90 USD',
      'United Kingdom (GB)', 'China Post (CN-POST)', 'Do you accept this', 'SDS-2026-7', 'UN-38-3-551', 'Brightway Trading Co., Ltd.'])
      expect(pdf).toContain(s);
    expect(pdf).not.toContain('FCC-1');
    // Dated the day of the request (2026-11-01), not the day it is printed.
    expect(pdf).toContain('Date 2026-11-01');
    expect(pdf).toContain('CQ-2026-000001 · 2026-11-01');
    expect(en.text).toContain('Subject: Advance consultation:');
    expect(en.text).toContain('HS code: 851830');
    expect(en.text).toContain('Dangerous goods: None declared');
    expect(en.text).toContain(`1. ${en.questions[0]!.text}`);

    const zh = await core.ok('consultations.letter', { id: c.id, language: 'zh' });
    expect(zh.path).toMatch(/CQ-2026-000001-zh\.pdf$/);
    const zhPdf = (await readPdf(readFileSync(zh.path))).map((p) => p.text).join('\n').replace(/\s+/g, '');
    expect(zh.subject).toBe('事先咨询：蓝牙头戴式耳机（HS 851830）寄往英国（GB）');
    for (const s of ['事先咨询', '蓝牙头戴式耳机', 'HS编码851830', '锂离子电池', '安装在设备中', '英国（GB）', '安全数据表（SDS）', '请问贵方是否受理']) expect(zhPdf).toContain(s.replace(/\s+/g, ''));
    expect(zhPdf).not.toMatch(/[\u4e00-\u9fff] ?\(/); // Chinese takes full-width parentheses: 英国（GB）, never 英国 (GB)
    expect(zh.text).toContain('咨询事项');
    // The e-mail text in Chinese takes full-width colons; the close is 此致 / 敬礼！ on two lines; a Latin carrier name stands apart from the Chinese around it.
    expect(zh.text).toMatch(/^主题：事先咨询：/);
    expect(zh.text).toContain('我方编号：CQ-2026-000001');
    expect(zh.text).not.toMatch(/[\u4e00-\u9fff]: /);
    expect(zh.text).toContain('此致\n敬礼！');
    expect(zh.text).toContain('我们计划通过 China Post（CN-POST）将下列货物');
    // The page numbers in the letter's language too.
    expect(zhPdf).toMatch(/第1页，共\d+页/);
    expect(zhPdf).not.toMatch(/Page\d+of/);
    // The questions quote the findings in Chinese, not the English the core keeps beside them.
    expect(zh.questions.length).toBe(en.questions.length);
    const section2 = zh.questions.find((q) => q.rule === 'battery.section2')!;
    expect(section2.text).toContain('第 II 部分');
    for (const q of zh.questions) {
      expect(q.text).toMatch(/^我们的预检提示：“.+” 请问贵方是否受理/);
      expect(q.text).not.toContain(q.finding.text);
      expect(zh.text).toContain(q.text);
    }
    expect(zhPdf).not.toContain('Our check says');
  });

  it('a recorded answer does not become a question of its own letter; a letter for a shipment lists its lines', async () => {
    const core = testCore();
    const { product, consultation: c } = await setup(core);
    await core.ok('consultations.update', { id: c.id, answer: ANSWER });
    const letter = await core.ok('consultations.letter', { id: c.id });
    expect(letter.questions.some((q) => q.rule.startsWith('seller.'))).toBe(false);
    const s = await shipmentWith(core, product.id, { carrier: 'China Post' });
    const byShipment = await core.ok('consultations.create', { shipmentId: s.id, destination: 'GB', carrier: 'China Post' });
    const l2 = await core.ok('consultations.letter', { id: byShipment.id });
    expect(l2.subject).toBe('Advance consultation: Bluetooth headphones, over-ear (HS 851830) to United Kingdom (GB)');
    expect(l2.text).toContain(`Shipment: ${s.reference}`);
    expect(l2.text).toContain('Quantity: 1');
  });
});
