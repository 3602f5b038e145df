// The consultation request: the letter the seller e-mails (the text) or prints (the PDF) to the
// carrier or broker, in English or Chinese. It states the goods (HS code, description, materials,
// battery and dangerous-goods facts, value), the destination, and asks, one question per open
// preflight finding on the goods, whether and on which conditions they are accepted; the safety
// data sheet and the test summary are listed as attached when they are on file. The PDF and the
// text are drawn from the same sections, so they say the same.
import { createHash } from 'node:crypto';
import type { Compliance } from '../../shared/compliance';
import type { Consultation, ConsultationLetter, LetterLanguage, LetterQuestion } from '../../shared/consultations';
import type { Finding } from '../../shared/preflight';
import type { Product } from '../../shared/products';
import type { SellerProfile } from '../../shared/settings';
import type { Shipment } from '../../shared/shipments';
import { getProduct } from '../catalog/products';
import { validCertificatesFor } from '../certificates/certificates';
import type { CoreContext } from '../context';
import { Kit, countryAndCode, inParentheses, money } from '../documents/kit';
import { appDocument, checkOutput, writeOutput } from '../files/output';
import { listActiveSellerRules } from '../preflight/sellerRules';
import { runPreflight } from '../preflight/load';
import type { PreflightShipment } from '../preflight/engine';
import { getProfile } from '../settings/profile';
import { getShipment } from '../shipments/shipments';
import { getConsultation } from './consultations';
import { saidIn } from '../../shared/preflight-text-zh';
import type { CertificateType } from '../../shared/certificates';
import { CERTIFICATE_TYPE_NAMES } from '../../shared/certificates-text';

type Lang = LetterLanguage;

const CONFIG: Record<string, [string, string]> = {
  alone: ['shipped alone', '单独运输'],
  packed_with_equipment: ['packed with the equipment', '与设备包装在一起'],
  contained_in_equipment: ['contained in the equipment', '安装在设备中'],
};
const DG: Record<string, [string, string]> = {
  flammableLiquid: ['flammable liquid', '易燃液体'],
  aerosol: ['aerosol', '气雾剂'],
  magnet: ['strong magnet', '强磁性物品'],
  corrosive: ['corrosive', '腐蚀性物品'],
  compressedGas: ['compressed gas', '压缩气体'],
  other: ['other dangerous goods', '其他危险品'],
};
/** The documents a carrier asks for, by certificate type: listed as attached when on file. */
const ATTACHED_TYPES: readonly CertificateType[] = ['sds', 'un38_3', 'test_report'];

/** A Latin name inside Chinese text with a space on each Latin side ("通过 China Post（CN-POST）将"), none against Chinese or full-width marks. */
const spaced = (name: string) => `${/^[A-Za-z0-9]/.test(name) ? ' ' : ''}${name}${/[A-Za-z0-9.]$/.test(name) ? ' ' : ''}`;

const TEXT = {
  en: {
    title: 'ADVANCE CONSULTATION', subtitle: 'Request for acceptance before shipping',
    subject: (goods: string, country: string) => `Advance consultation: ${goods} to ${country}`,
    dear: (carrier: string) => `Dear ${carrier},`,
    intro: (carrier: string, country: string) =>
      `We plan to send the goods described below to ${country} with ${carrier}. Before we ship, please tell us whether you accept them, and on which conditions (packing, marks, documents).`,
    goods: 'The goods', questions: 'Our questions', attached: 'Attached', noAttached: 'No document is attached.',
    noQuestions: 'Our own check found nothing to ask about: please confirm that you accept these goods as described.',
    question: (finding: string) => `Our check says: “${finding}” Do you accept this, and on which conditions?`,
    closing: 'Please reply in writing and say until when your answer is valid; we will keep it with the product and follow it on every shipment.',
    regards: 'Kind regards,',
    k: { product: 'Product', sku: 'Item number', hs: 'HS code', description: 'Description', material: 'Materials', origin: 'Country of origin', weight: 'Net weight per unit', value: 'Value per unit', battery: 'Battery', dg: 'Dangerous goods', destination: 'Destination', carrier: 'Carrier', reference: 'Our reference', date: 'Date', shipment: 'Shipment', quantity: 'Quantity' },
    none: 'None declared', noBattery: 'No battery', otherBattery: 'Battery (not lithium)',
    liIon: 'Lithium-ion battery', liMetal: 'Lithium-metal battery', perBattery: 'Wh per battery', perCell: 'Wh per cell', liPerBattery: 'g lithium per battery', liPerCell: 'g lithium per cell', perUnit: 'per unit',
    validUntil: 'valid until', no: 'no.',
  },
  zh: {
    title: '事先咨询', subtitle: '发货前的收寄确认申请',
    // A space only after a Latin name ("Desk lamp 寄往…"), never after Chinese or its full-width marks
    subject: (goods: string, country: string) => `事先咨询：${goods}${/[A-Za-z0-9.]$/.test(goods) ? ' ' : ''}寄往${country}`,
    dear: (carrier: string) => `${carrier}：您好！`,
    intro: (carrier: string, country: string) => `我们计划通过${spaced(carrier)}将下列货物寄往${country}。发货前，请告知贵方是否受理，以及需要满足哪些条件（包装、标记、随附单证）。`,
    goods: '货物信息', questions: '咨询事项', attached: '随附文件', noAttached: '无随附文件。',
    noQuestions: '我们的自查未发现问题：请确认贵方按上述描述受理该货物。',
    question: (finding: string) => `我们的预检提示：“${finding}” 请问贵方是否受理，需要满足哪些条件？`,
    closing: '请以书面形式答复，并注明答复的有效期；我们会将答复与该商品一起存档，并在每次发货时遵照执行。',
    // The Chinese letter's close on two lines: 此致, then 敬礼！ (one line '此致敬礼' is not how a letter ends)
    regards: '此致\n敬礼！',
    k: { product: '商品', sku: '货号', hs: 'HS 编码', description: '描述', material: '材质', origin: '原产国', weight: '单件净重', value: '单件价值', battery: '电池', dg: '危险品', destination: '目的地', carrier: '承运方', reference: '我方编号', date: '日期', shipment: '货件', quantity: '数量' },
    none: '未申报', noBattery: '无电池', otherBattery: '电池（非锂电池）',
    liIon: '锂离子电池', liMetal: '锂金属电池', perBattery: '瓦时/块', perCell: '瓦时/芯', liPerBattery: '克锂/块', liPerCell: '克锂/芯', perUnit: '块/件',
    validUntil: '有效期至', no: '编号',
  },
} as const;

function batteryText(b: Compliance['battery'], lang: Lang): string {
  const t = TEXT[lang];
  if (b.type === 'none') return t.noBattery;
  if (b.type === 'other') return t.otherBattery;
  const i = lang === 'en' ? 0 : 1;
  const parts: string[] = [b.type === 'lithium_ion' ? t.liIon : t.liMetal];
  if (b.configuration) parts.push(CONFIG[b.configuration]![i]);
  if (b.type === 'lithium_ion') {
    if (b.whPerBattery !== null) parts.push(`${b.whPerBattery} ${t.perBattery}`);
    if (b.whPerCell !== null) parts.push(`${b.whPerCell} ${t.perCell}`);
  } else {
    if (b.lithiumGPerBattery !== null) parts.push(`${b.lithiumGPerBattery} ${t.liPerBattery}`);
    if (b.lithiumGPerCell !== null) parts.push(`${b.lithiumGPerCell} ${t.liPerCell}`);
  }
  if (b.batteriesPerUnit !== null) parts.push(`${b.batteriesPerUnit} ${t.perUnit}`);
  return parts.join(lang === 'en' ? ', ' : '，');
}

function dgText(dg: Compliance['dangerousGoods'], lang: Lang): string {
  const i = lang === 'en' ? 0 : 1;
  const flags = Object.entries(DG).filter(([k]) => dg[k as keyof typeof dg] === true).map(([k, v]) => (k === 'flammableLiquid' && dg.flammableLiquidKind ? `${v[i]} (${dg.flammableLiquidKind.replace('_', ' ')})` : v[i]));
  if (dg.unNumber) flags.push(dg.unNumber);
  return flags.length ? flags.join(', ') : TEXT[lang].none;
}

export interface LetterGoods {
  product: Product;
  /** From the shipment, when the consultation is for one: its line's description, quantity, value. */
  line?: { description: string; quantity: number; unitValue: number; currency: string; hsCode: string | null } | undefined;
}

export interface LetterData {
  consultation: Consultation;
  goods: LetterGoods[];
  questions: LetterQuestion[];
  attached: string[];
  profile: SellerProfile;
  language: Lang;
  date: string;
}

interface Section {
  heading: string | null;
  /** Label/value pairs, or paragraphs. */
  pairs?: [string, string][];
  lines?: string[];
}

function goodsPairs(g: LetterGoods, lang: Lang, destination: string): [string, string][] {
  const t = TEXT[lang].k;
  const p = g.product;
  const value = g.line ? money(g.line.unitValue, g.line.currency) : p.unitValue !== null && p.currency ? money(p.unitValue, p.currency) : '';
  const pairs: [string, string][] = [
    [t.product, lang === 'zh' && p.localName ? `${p.localName} / ${p.name}` : p.name],
    [t.sku, p.sku],
    [t.hs, g.line?.hsCode ?? p.hsCode ?? ''],
    [t.description, g.line?.description && g.line.description !== p.name ? `${g.line.description}. ${p.description ?? ''}`.trim() : (p.description ?? p.name)],
    [t.material, p.material ?? ''],
    [t.origin, p.originCountry ? countryAndCode(p.originCountry, lang) : ''],
    [t.weight, p.unitNetWeightG !== null ? `${p.unitNetWeightG} g` : ''],
    [t.value, value],
    [t.battery, batteryText(p.compliance.battery, lang)],
    [t.dg, dgText(p.compliance.dangerousGoods, lang)],
  ];
  if (g.line) pairs.push([t.quantity, String(g.line.quantity)]);
  void destination;
  return pairs;
}

export function letterSections(d: LetterData): { subject: string; sections: Section[] } {
  const t = TEXT[d.language];
  const c = d.consultation;
  const dest = countryAndCode(c.destination, d.language);
  const carrier = c.operatorCode ? inParentheses(c.carrier, c.operatorCode, d.language) : c.carrier;
  const one = d.goods.length === 1 ? d.goods[0]!.product : null;
  const named = one && (d.language === 'zh' && one.localName ? one.localName : one.name);
  const goodsName = one ? (one.hsCode ? inParentheses(named!, `HS ${one.hsCode}`, d.language) : named!) : `${t.k.shipment} ${c.shipmentReference ?? ''}`;
  const subject = t.subject(goodsName, dest);
  const sender = [d.profile.signatoryName, d.profile.exporterName, d.profile.email, d.profile.phone].filter((x): x is string => !!x);
  const sections: Section[] = [
    { heading: null, pairs: [[t.k.reference, c.reference], [t.k.date, d.date], [t.k.carrier, carrier], [t.k.destination, dest], ...(c.shipmentReference ? ([[t.k.shipment, c.shipmentReference]] as [string, string][]) : [])] },
    { heading: null, lines: [t.dear(c.carrier), t.intro(carrier, dest)] },
    ...d.goods.map((g, i) => ({ heading: d.goods.length > 1 ? `${t.goods} ${i + 1}` : t.goods, pairs: goodsPairs(g, d.language, c.destination) })),
    { heading: t.questions, lines: d.questions.length ? d.questions.map((q, i) => `${i + 1}. ${q.text}`) : [t.noQuestions] },
    { heading: t.attached, lines: d.attached.length ? d.attached.map((a) => `•  ${a}`) : [t.noAttached] },
    { heading: null, lines: ['', t.closing, '', ...t.regards.split('\n'), ...sender] },
  ];
  return { subject, sections };
}

export function letterText(d: LetterData): { subject: string; text: string } {
  const { subject, sections } = letterSections(d);
  // The Chinese text the seller pastes into an e-mail takes full-width colons (主题：…), as the PDF does.
  const colon = (label: string, value: string) => (d.language === 'zh' ? `${label}：${value}` : `${label}: ${value}`);
  const out: string[] = [colon(d.language === 'en' ? 'Subject' : '主题', subject), ''];
  for (const s of sections) {
    if (s.heading) out.push(s.heading, '');
    if (s.pairs) for (const [k, v] of s.pairs) out.push(colon(k, v || '—'));
    if (s.lines) out.push(...s.lines);
    out.push('');
  }
  return { subject, text: `${out.join('\n').trim()}\n` };
}

export async function buildLetterPdf(d: LetterData): Promise<{ bytes: Uint8Array; pages: number }> {
  const t = TEXT[d.language];
  const { subject, sections } = letterSections(d);
  const kit = new Kit({ paper: d.profile.paperSize, title: subject, date: new Date(`${d.date}T00:00:00Z`), footer: `${d.consultation.reference} · ${d.date}`, language: d.language });
  kit.page();
  kit.header(t.title, t.subtitle, [d.consultation.reference, d.date]);
  kit.paragraph(subject, { size: 11, bold: true }, 8);
  for (const s of sections) {
    if (s.heading) kit.heading(s.heading, 10.5);
    if (s.pairs) {
      kit.ensure(s.pairs.length * 13);
      kit.y += kit.keyValues(s.pairs, kit.left, kit.y, kit.contentWidth, 140) + 6;
    }
    for (const line of s.lines ?? []) {
      if (line === '') kit.y += 6;
      else kit.paragraph(line, { size: 9.5 }, 4);
    }
  }
  kit.numberPages();
  const pages = kit.pageCount;
  return { bytes: await kit.end(), pages };
}

/** Findings on the goods worth asking about: warnings and blocks, and the battery rules' notes. Not the seller's own rules. */
export const askAbout = (f: Finding): boolean =>
  !f.rule.startsWith('seller.') && !!f.field?.startsWith('items.') && (f.severity !== 'info' || f.rule.startsWith('battery.'));

function question(f: Finding, lang: Lang): LetterQuestion {
  return { rule: f.rule, finding: f.message, text: TEXT[lang].question(saidIn(f.message, lang)) };
}

/** A one-unit shipment of the product to the destination with the consultation's carrier, for the preflight. */
function probe(p: Product, c: Consultation): PreflightShipment {
  return {
    consignee: { name: 'Consultation', company: null, addressLines: ['—'], city: '—', state: null, postcode: null, country: c.destination, phone: null, email: null, taxId: null },
    category: 'sale_of_goods', categoryExplanation: null, currency: p.currency ?? 'USD', orderRefs: [], invoiceNumber: c.reference, shipDate: null,
    items: [{ id: 0, productId: p.id, sku: p.sku, description: p.name, quantity: 1, unitValue: p.unitValue ?? 0, hsCode: p.hsCode, originCountry: p.originCountry, unitNetWeightG: p.unitNetWeightG ?? 0 }],
    parcels: [{ id: 0, grossWeightG: (p.unitNetWeightG ?? 0) + 100, lengthMm: null, widthMm: null, heightMm: null, packaging: null }],
    carrier: c.carrier, postalOperator: c.operatorCode, trackingNumber: null,
  };
}

export function gatherLetter(ctx: CoreContext, id: number, language: Lang): LetterData {
  const consultation = getConsultation(ctx, id);
  // The letter is the request: dated the day it was asked, so a reprint is the letter that was sent
  // (it was dated today: a request of 1 November reprinted on 4 December said 4 December).
  const date = consultation.requestDate;
  const profile = getProfile(ctx);
  // The preflight without this consultation's own rules: the letter asks what the answer will settle.
  const rules = listActiveSellerRules(ctx.db).filter((r) => r.consultation?.id !== consultation.id);
  let goods: LetterGoods[];
  let findings: Finding[];
  if (consultation.productId !== null) {
    const product = getProduct(ctx.db, consultation.productId);
    goods = [{ product }];
    findings = runPreflight(ctx, probe(product, consultation), rules).findings;
  } else {
    const shipment: Shipment = getShipment(ctx.db, consultation.shipmentId!);
    goods = shipment.items.map((i) => ({ product: getProduct(ctx.db, i.productId), line: { description: i.description, quantity: i.quantity, unitValue: i.unitValue, currency: shipment.currency, hsCode: i.hsCode } }));
    findings = runPreflight(ctx, { ...shipment, consignee: { ...shipment.consignee, country: consultation.destination }, carrier: consultation.carrier, postalOperator: consultation.operatorCode ?? shipment.postalOperator }, rules).findings;
  }
  const seen = new Set<string>();
  const questions = findings.filter(askAbout).filter((f) => !seen.has(f.message.text) && !!seen.add(f.message.text)).map((f) => question(f, language));
  const t = TEXT[language];
  const certs = validCertificatesFor(ctx.db, [...new Set(goods.map((g) => g.product.id))], date);
  const attached: string[] = [];
  for (const [, list] of certs)
    for (const cert of list) {
      if (!ATTACHED_TYPES.includes(cert.type)) continue;
      const line = [CERTIFICATE_TYPE_NAMES[language][cert.type], cert.number ? `${t.no} ${cert.number}` : '', cert.expiryDate ? `${t.validUntil} ${cert.expiryDate}` : ''].filter(Boolean).join(' · ');
      if (!attached.includes(line)) attached.push(line);
    }
  return { consultation, goods, questions, attached, profile, language, date };
}

const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

/** consultations.letter: the PDF (documents/consultations/ or the path chosen) and the same letter as text. */
export async function consultationLetter(ctx: CoreContext, input: { id: number; language: Lang; outPath?: string; overwrite: boolean }): Promise<ConsultationLetter> {
  const d = gatherLetter(ctx, input.id, input.language);
  const target = input.outPath === undefined
    ? appDocument(ctx.dataDir, 'consultations', `${fileSafe(d.consultation.reference)}-${input.language}.pdf`)
    : checkOutput(ctx.dataDir, input.outPath, { field: 'outPath', ext: '.pdf', overwrite: input.overwrite });
  const { bytes, pages } = await buildLetterPdf(d);
  writeOutput(target, bytes);
  const { subject, text } = letterText(d);
  return { path: target.path, pages, sha256: createHash('sha256').update(bytes).digest('hex'), language: input.language, subject, text, questions: d.questions, attached: d.attached };
}
