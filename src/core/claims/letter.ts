// The claim letter: to the insurer, from the seller, with the shipment's facts, the incident, the
// amount claimed and an index of the evidence — then the evidence itself, merged after the letter.
// The index prints page numbers, which depend on how many pages the letter takes: the letter is
// drawn once to count its pages, then again with the numbers (same input, same bytes).
import type { Claim, ClaimLetter, EvidenceEntry, EvidenceKind, Policy } from '../../shared/claims';
import type { LetterLanguage } from '../../shared/consultations';
import type { SellerProfile } from '../../shared/settings';
import type { Shipment } from '../../shared/shipments';
import { attachmentPath, listAttachments } from '../attachments/attachments';
import type { CoreContext } from '../context';
import { Kit, PAPER_SIZES, addressLines, countryAndCode, inParentheses, localityLines, money, profileAddress } from '../documents/kit';
import { getProduct } from '../catalog/products';
import { getShipment } from '../shipments/shipments';
import { getProfile } from '../settings/profile';
import { appendEvidence, numberEvidence, openEvidence } from './evidence';
import type { EvidenceSource, OpenedEvidence } from './evidence';
import { getClaim } from './claims';
import { getPolicy } from './policies';
import { fileSafe, resolveOutPath, writePdf } from './output';

type Lang = LetterLanguage;

const TEXT = {
  en: {
    pdfTitle: (claim: string) => `Insurance claim ${claim}`,
    title: 'INSURANCE CLAIM',
    claimNo: (ref: string) => `Claim: ${ref}`, policyNo: (no: string) => `Policy: ${no}`, dated: (date: string) => `Date: ${date}`,
    to: 'TO (INSURER)', from: 'FROM (POLICYHOLDER)', noProfile: '(seller profile not filled in)', tel: 'Tel.',
    opening: (o: { policy: string; amount: string; type: string; shipment: string; date: string }) =>
      `Under policy ${o.policy}, we claim ${o.amount} for ${o.type.toLowerCase()} of the insured shipment ${o.shipment}, which occurred on ${o.date}. The facts, the amount and the evidence follow.`,
    shipment: 'The shipment', incident: 'The incident', amount: 'The amount claimed', evidence: 'Evidence enclosed',
    k: {
      shipment: 'Shipment reference', orders: 'Order reference(s)', carrier: 'Carrier / service', tracking: 'Tracking number', shipDate: 'Ship date',
      consignee: 'Consignee', goods: 'Goods', declared: 'Declared value of goods', insured: 'Insured value',
      type: 'Type of claim', incidentDate: 'Date of the incident', deadline: 'Filing deadline (policy)',
      claimed: 'Amount claimed', deductible: 'Deductible under the policy', approved: 'Amount approved', paid: 'Amount paid',
    },
    deadline: (date: string, days: number) => `${date} (${days} days after the incident)`,
    noEvidence: 'No evidence is attached to this claim yet.',
    cols: { no: 'No.', document: 'Document', type: 'Type', file: 'File', pages: 'Pages' },
    page: (n: number) => `p. ${n}`, pages: (a: number, b: number) => `pp. ${a}–${b}`, notEmbeddable: 'not embeddable', skipped: 'skipped',
    declaration: 'I declare that the information given in this claim is true and complete to the best of my knowledge.',
    signature: { signature: 'Signature', title: 'Title', placeAndDate: 'Place and date' },
    types: {
      loss: 'Loss of the parcel',
      damage: 'Damage to the goods',
      theft: 'Theft',
      seizure_or_confiscation: 'Seizure or confiscation',
      delay: 'Delay in delivery',
    },
    kinds: {
      photo: 'Photo',
      tracking_history: 'Tracking history',
      invoice: 'Invoice',
      packing_photo: 'Packing photo',
      correspondence: 'Correspondence',
      other: 'Other document',
      document_pack: 'Archived customs document pack',
    },
  },
  zh: {
    pdfTitle: (claim: string) => `保险索赔申请 ${claim}`,
    title: '保险索赔申请书',
    claimNo: (ref: string) => `索赔编号：${ref}`, policyNo: (no: string) => `保单号：${no}`, dated: (date: string) => `日期：${date}`,
    to: '致（保险人）', from: '申请人（被保险人）', noProfile: '（尚未填写卖家资料）', tel: '电话',
    opening: (o: { policy: string; amount: string; type: string; shipment: string; date: string }) =>
      `根据保单 ${o.policy}，我方投保的货件 ${o.shipment} 于 ${o.date} 出险（${o.type}），现向贵公司提出索赔，索赔金额为 ${o.amount}。有关事实、金额及证据详列如下。`,
    shipment: '一、货件信息', incident: '二、出险经过', amount: '三、索赔金额', evidence: '四、随附证据',
    k: {
      shipment: '货件编号', orders: '订单号', carrier: '承运人 / 服务', tracking: '运单号', shipDate: '发货日期',
      consignee: '收货人', goods: '货物', declared: '货物申报价值', insured: '保险金额',
      type: '索赔类型', incidentDate: '出险日期', deadline: '索赔时限（保单约定）',
      claimed: '索赔金额', deductible: '保单免赔额', approved: '核定赔付金额', paid: '已赔付金额',
    },
    deadline: (date: string, days: number) => `${date}（出险后 ${days} 日内）`,
    noEvidence: '本索赔暂未附任何证据。',
    cols: { no: '序号', document: '文件', type: '类型', file: '格式', pages: '页码' },
    page: (n: number) => `第 ${n} 页`, pages: (a: number, b: number) => `第 ${a}–${b} 页`, notEmbeddable: '无法嵌入', skipped: '未附入',
    declaration: '本人郑重声明：据本人所知，本索赔申请所填报的各项信息均真实、完整。',
    signature: { signature: '签名', title: '职务', placeAndDate: '地点及日期', colon: '：' },
    types: {
      loss: '包裹丢失',
      damage: '货物损坏',
      theft: '货物被盗',
      seizure_or_confiscation: '货物被扣押或没收',
      delay: '延误交付',
    },
    kinds: {
      photo: '照片',
      tracking_history: '物流轨迹记录',
      invoice: '发票',
      packing_photo: '包装照片',
      correspondence: '往来函件',
      other: '其他文件',
      document_pack: '已归档的报关单证包',
    },
  },
} as const;

/** The claim types as the English letter names them. */
export const CLAIM_TYPE_TEXT: Record<Claim['type'], string> = TEXT.en.types;
/** The evidence kinds as the English letter's index names them. */
export const EVIDENCE_KIND_TEXT: Record<EvidenceKind | 'document_pack', string> = TEXT.en.kinds;

export interface LetterData {
  claim: Claim;
  policy: Policy;
  shipment: Shipment;
  profile: SellerProfile;
  /** The day the letter is dated. */
  date: string;
  language: Lang;
  /** Each shipped product's local (Chinese) name, by product id: the Chinese letter names the goods by it. */
  localNames?: Record<number, string | null>;
}

/**
 * A line's goods as the letter names them: the customs description (what was declared); in the Chinese
 * letter the product's Chinese name first, the declared description after it ("棉质男式印花T恤（Cotton
 * T-shirt, men's, printed）"; the goods were in English only).
 */
function goodsName(i: Shipment['items'][number], d: LetterData): string {
  const local = d.localNames?.[i.productId];
  return d.language === 'zh' && local && local !== i.description ? inParentheses(local, i.description, 'zh') : i.description;
}

function localNameOf(ctx: CoreContext, productId: number): string | null {
  try {
    return getProduct(ctx.db, productId).localName;
  } catch {
    return null; // a product no longer there: the declared description alone
  }
}

function pagesText(e: EvidenceEntry, lang: Lang): string {
  const t = TEXT[lang];
  if (e.firstPage === null) return e.status === 'not_embeddable' ? t.notEmbeddable : t.skipped;
  return e.firstPage === e.lastPage ? t.page(e.firstPage) : t.pages(e.firstPage, e.lastPage!);
}

/** Draws the letter pages (without the evidence) into a fresh kit. */
export function drawLetter(d: LetterData, evidence: EvidenceEntry[], extraPages: number): Kit {
  const { claim, policy, shipment, profile, language: lang } = d;
  const t = TEXT[lang];
  const k = t.k;
  const paper = profile.paperSize;
  const kit = new Kit({ paper, title: t.pdfTitle(claim.reference), date: new Date(`${d.date}T00:00:00Z`), footer: `${claim.reference} · ${shipment.reference}`, language: lang });
  kit.page();
  kit.header(t.title, t.types[claim.type], [t.claimNo(claim.reference), t.policyNo(policy.policyNumber), t.dated(d.date)]);

  // Addresses: the insurer (free text lines from the policy) and the seller (the profile).
  const w = (kit.contentWidth - 12) / 2;
  const y = kit.y;
  const insurerLines = [policy.insurer, ...(policy.insurerAddress ?? '').split('\n').map((l) => l.trim()).filter(Boolean), policy.insurerEmail ?? ''].filter(Boolean);
  const sellerLines = [profile.exporterName ?? t.noProfile, ...addressLines(profileAddress(profile), t.tel, lang)];
  const block = (label: string, lines: string[], x: number) => {
    let h = 5 + kit.text(label, x + 5, y + 5, { size: 7, bold: true, color: '#555', width: w - 10 }) + 1;
    lines.forEach((line, i) => (h += kit.text(line, x + 5, y + h, { size: i === 0 ? 10 : 9, bold: i === 0, width: w - 10 })));
    return h + 5;
  };
  const h = Math.max(block(t.to, insurerLines, kit.left), block(t.from, sellerLines, kit.left + w + 12));
  kit.doc.lineWidth(0.6).strokeColor('#000');
  kit.doc.rect(kit.left, y, w, h).stroke();
  kit.doc.rect(kit.left + w + 12, y, w, h).stroke();
  kit.y = y + h + 12;

  kit.paragraph(
    t.opening({ policy: policy.policyNumber, amount: money(claim.amountClaimed, claim.currency), type: t.types[claim.type], shipment: shipment.reference, date: claim.incidentDate }),
    { size: 10 },
    8,
  );

  const c = shipment.consignee;
  kit.heading(t.shipment, 10.5);
  kit.y += kit.keyValues(
    [
      [k.shipment, shipment.reference],
      [k.orders, shipment.orderRefs.join(', ')],
      [k.carrier, [shipment.carrier, shipment.service].filter(Boolean).join(' / ')],
      [k.tracking, shipment.trackingNumber ?? ''],
      [k.shipDate, shipment.shipDate ?? ''],
      [k.consignee, [c.name, c.company, ...localityLines({ city: c.city, postalCode: c.postcode, region: c.state, country: c.country }), countryAndCode(c.country, lang)].filter(Boolean).join(', ')],
      [k.goods, shipment.items.map((i) => `${i.quantity} × ${goodsName(i, d)}`).join(lang === 'zh' ? '；' : '; ')],
      [k.declared, money(shipment.goodsValue, shipment.currency)],
      [k.insured, money(claim.insuredValue, claim.currency)],
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 6;

  kit.heading(t.incident, 10.5);
  kit.y += kit.keyValues(
    [
      [k.type, t.types[claim.type]],
      [k.incidentDate, claim.incidentDate],
      [k.deadline, t.deadline(claim.filingDeadline, policy.claimWindowDays)],
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 4;
  if (claim.description) kit.paragraph(claim.description, { size: 9.5 }, 6);

  kit.heading(t.amount, 10.5);
  kit.y += kit.keyValues(
    [
      [k.claimed, money(claim.amountClaimed, claim.currency)],
      [k.deductible, money(policy.deductible, policy.deductibleCurrency)],
      ...(claim.amountApproved !== null ? ([[k.approved, money(claim.amountApproved, claim.currency)]] as [string, string][]) : []),
      ...(claim.amountPaid !== null ? ([[k.paid, money(claim.amountPaid, claim.currency)]] as [string, string][]) : []),
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 6;

  kit.heading(t.evidence, 10.5);
  if (evidence.length === 0) kit.paragraph(t.noEvidence, { size: 9, color: '#555' });
  else {
    const cw = kit.contentWidth;
    kit.table(
      [
        { header: t.cols.no, width: 30, align: 'right' },
        { header: t.cols.document, width: cw - 30 - 110 - 50 - 90 },
        { header: t.cols.type, width: 110 },
        { header: t.cols.file, width: 50 },
        { header: t.cols.pages, width: 90 },
      ],
      evidence.map((e) => [String(e.number), e.reason ? [e.name, e.reason] : e.name, t.kinds[e.kind], e.fileType, pagesText(e, lang)]),
    );
  }

  kit.signature(
    t.declaration,
    { name: profile.signatoryName ?? profile.exporterName ?? '', title: profile.signatoryTitle ?? '', place: profile.city, date: d.date },
    t.signature,
  );
  kit.numberPages(extraPages);
  return kit;
}

export async function buildLetterPdf(d: LetterData, sources: EvidenceSource[]): Promise<{ bytes: Uint8Array; pages: number; evidence: EvidenceEntry[] }> {
  const opened: OpenedEvidence[] = await openEvidence(sources, d.language);
  const extra = opened.reduce((s, o) => s + o.file.pages, 0);
  // Pass 1: how many pages the letter takes (numbers of the same width as the real ones).
  const draft = drawLetter(d, numberEvidence(opened, 99), extra);
  const letterPages = draft.pageCount;
  await draft.end();
  const evidence = numberEvidence(opened, letterPages);
  const kit = drawLetter(d, evidence, extra);
  const drawn = kit.pageCount;
  let bytes = await kit.end();
  if (extra) bytes = await appendEvidence(bytes, opened, PAPER_SIZES[d.profile.paperSize], new Date(`${d.date}T00:00:00Z`), drawn + extra, d.language);
  return { bytes, pages: drawn + extra, evidence };
}

/** claims.letter: gathers the claim's data and evidence, draws the letter and writes the PDF. */
export async function claimLetter(ctx: CoreContext, input: { claimId: number; language: Lang; outPath?: string; overwrite: boolean }): Promise<ClaimLetter> {
  const claim = getClaim(ctx, input.claimId);
  // The English letter keeps its name; the Chinese one is a file of its own beside it.
  const target = resolveOutPath(ctx, input, 'claims', `${fileSafe(claim.reference)}-letter${input.language === 'en' ? '' : `-${input.language}`}.pdf`);
  const policy = getPolicy(ctx.db, claim.policyId);
  const shipment = getShipment(ctx.db, claim.shipmentId);
  const profile = getProfile(ctx);
  const sources: EvidenceSource[] = listAttachments(ctx.db, { kind: 'claim', id: claim.id }).map((a) => {
    let p: string | null = null;
    try {
      p = attachmentPath(ctx, a.id).path;
    } catch {
      p = null;
    }
    return { name: a.fileName, kind: claim.evidenceKinds[String(a.id)] ?? 'other', path: p };
  });
  if (claim.packPath) sources.push({ name: claim.packPath.split(/[\\/]/).pop() ?? claim.packPath, kind: 'document_pack', path: claim.packPath });
  const localNames = Object.fromEntries(shipment.items.map((i) => [i.productId, localNameOf(ctx, i.productId)]));
  const { bytes, pages, evidence } = await buildLetterPdf({ claim, policy, shipment, profile, date: ctx.today(), language: input.language, localNames }, sources);
  return { ...writePdf(target, bytes, pages), language: input.language, evidence };
}
