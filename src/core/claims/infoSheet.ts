// The consumer information sheet of a product: instructions for use, precautions, certifications
// (numbers and expiry, from the certificates on file) and the latest inspection result — as a PDF
// and as an HTML snippet to paste into a marketplace listing. Every product text in the snippet is
// escaped: a listing editor must never receive markup the seller did not mean.
import type { Certificate, CertificateType } from '../../shared/certificates';
import type { InfoSheet } from '../../shared/claims';
import type { Product } from '../../shared/products';
import { getProduct } from '../catalog/products';
import { validCertificatesFor } from '../certificates/certificates';
import type { CoreContext } from '../context';
import { Kit } from '../documents/kit';
import { getProfile } from '../settings/profile';
import { fileSafe, resolveOutPath, writePdf } from './output';
import { latestInspection } from './sources';
import type { InspectionResult } from './sources';

type Lang = 'en' | 'zh';

const CERT: Record<CertificateType, [string, string]> = {
  doc_ce: ['EU declaration of conformity (CE)', '欧盟符合性声明（CE）'],
  doc_ukca: ['UK declaration of conformity (UKCA)', '英国符合性声明（UKCA）'],
  fcc: ['FCC', 'FCC 认证'],
  pse: ['PSE (Japan)', 'PSE（日本）'],
  kc: ['KC (Korea)', 'KC（韩国）'],
  rcm: ['RCM (Australia / New Zealand)', 'RCM（澳大利亚/新西兰）'],
  ccc: ['CCC (China)', '中国强制性认证（CCC）'],
  cpc: ['Children’s Product Certificate (US)', '儿童产品证书（美国 CPC）'],
  test_report: ['Test report', '检测报告'],
  un38_3: ['UN38.3 test summary', 'UN38.3 测试摘要'],
  sds: ['Safety data sheet', '安全数据表'],
  health_certificate: ['Health certificate', '卫生证书'],
  certificate_of_analysis: ['Certificate of analysis', '分析证书'],
  iso_9001: ['ISO 9001', 'ISO 9001'],
  business_licence: ['Business licence', '营业执照'],
  other: ['Certificate', '证书'],
};

const TEXT = {
  en: {
    title: 'Product information', sku: 'Item number', material: 'Material', warranty: 'Warranty', months: (n: number) => `${n} months`,
    instructions: 'Instructions for use', precautions: 'Precautions', certifications: 'Certifications', inspection: 'Latest inspection',
    none: 'None on file.', noInspection: 'No inspection on file.', no: 'No.', validUntil: 'valid until', noExpiry: 'no expiry date', issuedBy: 'issued by',
    inspected: (r: InspectionResult) => [r.result, r.date ? `on ${r.date.slice(0, 10)}` : '', r.lotReference ? `(lot ${r.lotReference})` : ''].filter(Boolean).join(' '),
    seller: 'Sold by',
  },
  zh: {
    title: '商品信息', sku: '货号', material: '材质', warranty: '保修', months: (n: number) => `${n} 个月`,
    instructions: '使用说明', precautions: '注意事项', certifications: '认证', inspection: '最近一次检验',
    none: '暂无记录。', noInspection: '暂无检验记录。', no: '编号', validUntil: '有效期至', noExpiry: '无到期日', issuedBy: '签发机构',
    inspected: (r: InspectionResult) => [r.result, r.date ? `（${r.date.slice(0, 10)}）` : '', r.lotReference ? `批次 ${r.lotReference}` : ''].filter(Boolean).join(' '),
    seller: '销售方',
  },
} as const;

export interface SheetData {
  product: Product;
  certificates: Certificate[];
  inspection: InspectionResult | null;
  seller: string | null;
  language: Lang;
  date: string;
}

function certLine(c: Certificate, lang: Lang): string {
  const t = TEXT[lang];
  const name = CERT[c.type][lang === 'en' ? 0 : 1];
  return [name, c.number ? `${t.no} ${c.number}` : '', c.issuer ? `${t.issuedBy} ${c.issuer}` : '', c.expiryDate ? `${t.validUntil} ${c.expiryDate}` : t.noExpiry]
    .filter(Boolean)
    .join(' · ');
}

function sections(d: SheetData): { title: string; body: string[] }[] {
  const t = TEXT[d.language];
  const c = d.product.compliance;
  return [
    { title: t.instructions, body: [c.instructionsForUse ?? t.none] },
    { title: t.precautions, body: [c.precautions ?? t.none] },
    { title: t.certifications, body: d.certificates.length ? d.certificates.map((x) => certLine(x, d.language)) : [t.none] },
    { title: t.inspection, body: [d.inspection ? t.inspected(d.inspection) : t.noInspection] },
  ];
}

const productTitle = (d: SheetData) => (d.language === 'zh' && d.product.localName ? d.product.localName : d.product.name);

export async function buildInfoSheetPdf(d: SheetData, paper: 'A4' | 'Letter'): Promise<{ bytes: Uint8Array; pages: number }> {
  const t = TEXT[d.language];
  const p = d.product;
  const kit = new Kit({ paper, title: `${t.title} ${p.sku}`, date: new Date(`${d.date}T00:00:00Z`), footer: `${p.sku} · ${d.date}` });
  kit.page();
  kit.header(t.title.toUpperCase(), productTitle(d), [`${t.sku}: ${p.sku}`, d.date]);
  const pairs: [string, string][] = [];
  if (d.language === 'zh' && p.localName) pairs.push(['English', p.name]);
  if (p.material) pairs.push([t.material, p.material]);
  if (p.warrantyMonths) pairs.push([t.warranty, t.months(p.warrantyMonths)]);
  if (d.seller) pairs.push([t.seller, d.seller]);
  if (pairs.length) kit.y += kit.keyValues(pairs, kit.left, kit.y, kit.contentWidth, 130) + 6;
  if (p.description) kit.paragraph(p.description, { size: 9.5 }, 6);
  for (const s of sections(d)) {
    kit.heading(s.title, 11);
    if (s.title === t.certifications && d.certificates.length) for (const line of s.body) kit.paragraph(`•  ${line}`, { size: 9.5 }, 2);
    else for (const line of s.body) kit.paragraph(line, { size: 9.5 }, 4);
  }
  kit.numberPages();
  const pages = kit.pageCount;
  return { bytes: await kit.end(), pages };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
/** Escaped text, line breaks kept as <br>. */
const para = (s: string) => `<p>${escapeHtml(s).replace(/\r?\n/g, '<br>')}</p>`;

export function infoSheetHtml(d: SheetData): string {
  const t = TEXT[d.language];
  const out = [`<section class="product-info" lang="${d.language === 'zh' ? 'zh-CN' : 'en'}">`, `<h2>${escapeHtml(productTitle(d))}</h2>`];
  if (d.product.description) out.push(para(d.product.description));
  for (const s of sections(d)) {
    out.push(`<h3>${escapeHtml(s.title)}</h3>`);
    if (s.title === t.certifications && d.certificates.length) out.push(`<ul>${s.body.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
    else out.push(...s.body.map(para));
  }
  out.push('</section>');
  return out.join('\n');
}

export async function productInfoSheet(ctx: CoreContext, input: { productId: number; outPath?: string; overwrite: boolean; language: Lang }): Promise<InfoSheet> {
  const product = getProduct(ctx.db, input.productId);
  const target = resolveOutPath(ctx, input, 'info-sheets', `${fileSafe(product.sku)}-${input.language}.pdf`);
  const date = ctx.today();
  const profile = getProfile(ctx);
  const d: SheetData = {
    product,
    certificates: validCertificatesFor(ctx.db, [product.id], date).get(product.id) ?? [],
    inspection: latestInspection(ctx.db, product.id),
    seller: profile.exporterName,
    language: input.language,
    date,
  };
  const { bytes, pages } = await buildInfoSheetPdf(d, profile.paperSize);
  return { ...writePdf(target, bytes, pages), html: infoSheetHtml(d) };
}
