// The words of supplier reviews, in English and Chinese. Shared: the scorecard and supplier screens
// show them in their language (quality.scorecard.criteria.*, band.*, source.*, suppliers.status.* …),
// and the core prints them: the review PDF in both languages (the core does not know the window's
// language), a review's basis in English in the API's answer. One word per criterion, band and
// status everywhere.
import { fillText } from './preflight-text';
import type { Band, Criterion, CriterionScore, ReviewResult } from './reviews';
import type { SupplierStatus } from './suppliers';

export type ReviewLanguage = 'en' | 'zh';

/** A count's forms: English says "1 lot", "2 lots"; Chinese has one form (`one` is then the same as `other`). */
export interface Counted {
  one: string;
  other: string;
}

interface Words {
  criteria: Record<Criterion, string>;
  band: Record<Band, string>;
  source: Record<CriterionScore['source'], string>;
  supplierStatus: Record<SupplierStatus, string>;
  /** A month of the scorecard with no lot. */
  notCounted: string;
  notCountedResult: string;
  /** i18next's plural keys, as the screens read them: `{{count}}` months of `{{total}}`. */
  skippedMonths_one: string;
  skippedMonths_other: string;
}

export const REVIEW_TEXT = {
  en: {
    criteria: { quality: 'Quality', delivery: 'Delivery', communication: 'Communication', price: 'Price', compliance: 'Compliance documents' },
    band: { preferred: 'Preferred', approved: 'Approved', probation: 'Probation', blocked: 'Blocked' },
    source: { reviewer: 'scored by the reviewer', computed: 'computed from lots, inspections, returns and certificates', none: 'not scored (no data)' },
    supplierStatus: { approved: 'Approved', probation: 'Probation', blocked: 'Blocked' },
    notCounted: 'no lot',
    notCountedResult: 'Not counted: no lot was received from this supplier in this period, so the period does not count.',
    skippedMonths_one: '{{count}} of {{total}} months had no lot from this supplier and does not count.',
    skippedMonths_other: '{{count}} of {{total}} months had no lot from this supplier and do not count.',
  },
  zh: {
    criteria: { quality: '质量', delivery: '交付', communication: '沟通', price: '价格', compliance: '合规文件' },
    // the bands pair with the statuses they lead to (批准 → 已批准, 考察 → 考察期, 禁用 → 已禁用)
    band: { preferred: '优选', approved: '批准', probation: '考察', blocked: '禁用' },
    source: { reviewer: '评审人打分', computed: '根据批次、检验、退货和证书计算', none: '未评分（无数据）' },
    supplierStatus: { approved: '已批准', probation: '考察期', blocked: '已禁用' },
    notCounted: '无批次',
    notCountedResult: '不计入：本期间未收到该供应商的批次，本期间不计分。',
    skippedMonths_one: '{{total}} 个月中有 {{count}} 个月未收到该供应商的批次，不计分。',
    skippedMonths_other: '{{total}} 个月中有 {{count}} 个月未收到该供应商的批次，不计分。',
  },
} satisfies Record<ReviewLanguage, Words>;

/** How a criterion's score follows from the period's figures. */
interface BasisWords {
  quality: Counted;
  noInspection: string;
  delivery: Counted;
  noExpectedDate: string;
  reviewerOnly: string;
  compliance: Counted;
  noCertificate: string;
}

const BASIS_TEXT = {
  en: {
    quality: {
      one: '{{rate}}% of {{inspected}} lot accepted, {{dpm}} defects per million, quality returns: {{returns}}',
      other: '{{rate}}% of {{inspected}} lots accepted, {{dpm}} defects per million, quality returns: {{returns}}',
    },
    noInspection: 'no lot inspected',
    delivery: { one: '{{onTime}} of {{total}} lot on time', other: '{{onTime}} of {{total}} lots on time' },
    noExpectedDate: 'no lot with an expected date',
    reviewerOnly: 'only the reviewer scores it',
    compliance: { one: '{{valid}} of {{total}} certificate valid', other: '{{valid}} of {{total}} certificates valid' },
    noCertificate: 'no certificate on file',
  },
  zh: {
    quality: {
      one: '{{inspected}} 个批次中 {{rate}}% 被接收，每百万件缺陷 {{dpm}} 个，质量退货 {{returns}} 次',
      other: '{{inspected}} 个批次中 {{rate}}% 被接收，每百万件缺陷 {{dpm}} 个，质量退货 {{returns}} 次',
    },
    noInspection: '没有检验过的批次',
    delivery: { one: '{{total}} 个批次中 {{onTime}} 个准时到货', other: '{{total}} 个批次中 {{onTime}} 个准时到货' },
    noExpectedDate: '没有填写预计到货日期的批次',
    reviewerOnly: '仅由评审人打分',
    compliance: { one: '{{total}} 份证书中 {{valid}} 份有效', other: '{{total}} 份证书中 {{valid}} 份有效' },
    noCertificate: '没有存档的证书',
  },
} satisfies Record<ReviewLanguage, BasisWords>;

/** The review PDF's own words. */
interface PdfWords {
  title: string;
  /** The document's name, in its footer and properties. */
  document: string;
  period: string;
  status: string;
  printed: string;
  lots: string;
  lotsValue: Counted;
  accepted: string;
  acceptedValue: string;
  defects: string;
  defectsValue: Counted;
  onTime: string;
  onTimeValue: string;
  returns: string;
  certificates: string;
  certificatesValue: string;
  noCertificate: string;
  criteria: string;
  columns: { criterion: string; weight: string; score: string; source: string; basis: string };
  notScored: string;
  weightedScore: string;
  band: string;
  /** The bands' lower bounds and names, and the status this review's band leads to. */
  bands: string;
  sharedWeight: string;
  chart: Counted;
  reviewedBy: string;
  reviewerTitle: string;
  signature: string;
  signatureTitle: string;
  placeAndDate: string;
}

export const REVIEW_PDF_TEXT = {
  en: {
    title: 'SUPPLIER REVIEW',
    document: 'Supplier review',
    period: 'Period',
    status: 'Status',
    printed: 'Printed',
    lots: 'Lots received',
    lotsValue: { one: '{{lots}} ({{units}} unit)', other: '{{lots}} ({{units}} units)' },
    accepted: 'Lots accepted on inspection',
    acceptedValue: '{{accepted}} of {{inspected}} ({{rate}}%)',
    defects: 'Defects per million inspected',
    defectsValue: { one: '{{dpm}} ({{defects}} in {{units}} unit)', other: '{{dpm}} ({{defects}} in {{units}} units)' },
    onTime: 'On-time deliveries',
    onTimeValue: '{{onTime}} of {{total}} ({{rate}}%)',
    returns: 'Quality returns (after-sales)',
    certificates: 'Certificates valid',
    certificatesValue: '{{valid}} of {{total}}',
    noCertificate: 'none on file',
    criteria: 'Criteria',
    columns: { criterion: 'Criterion', weight: 'Weight', score: 'Score', source: 'Source', basis: 'Basis' },
    notScored: 'not scored',
    weightedScore: 'Weighted score',
    band: 'band',
    bands:
      // Each bound in one band only (a score of exactly 80 is Preferred; "80–100, 60–80" put it in both)
      'Bands: {{preferred}} from {{preferredFrom}}, {{approved}} from {{approvedFrom}}, {{probation}} from {{probationFrom}}, {{blocked}} below {{probationFrom}}. This band leads to the status “{{status}}”.',
    sharedWeight: 'Criteria without a score share their weight among the scored ones.',
    chart: { one: 'Score over the last {{count}} month', other: 'Score over the last {{count}} months' },
    reviewedBy: 'Reviewed by',
    reviewerTitle: 'Buyer / quality',
    signature: 'Signature',
    signatureTitle: 'Title',
    placeAndDate: 'Place and date',
  },
  zh: {
    title: '供应商评审',
    document: '供应商评审',
    period: '评审期间',
    status: '状态',
    printed: '打印日期',
    lots: '收到的批次',
    lotsValue: { one: '{{lots}} 批（{{units}} 件）', other: '{{lots}} 批（{{units}} 件）' },
    accepted: '检验接收的批次',
    acceptedValue: '{{inspected}} 批中 {{accepted}} 批（{{rate}}%）',
    defects: '每百万检验件的缺陷数',
    defectsValue: { one: '{{dpm}}（{{units}} 件中 {{defects}} 个缺陷）', other: '{{dpm}}（{{units}} 件中 {{defects}} 个缺陷）' },
    onTime: '准时交付',
    onTimeValue: '{{total}} 批中 {{onTime}} 批（{{rate}}%）',
    returns: '质量退货（售后）',
    certificates: '有效证书',
    certificatesValue: '{{total}} 份中 {{valid}} 份',
    noCertificate: '无存档',
    criteria: '评审标准',
    columns: { criterion: '标准', weight: '权重', score: '得分', source: '来源', basis: '依据' },
    notScored: '未评分',
    weightedScore: '加权得分',
    band: '等级',
    bands:
      '等级：{{preferredFrom}} 分起为{{preferred}}，{{approvedFrom}} 分起为{{approved}}，{{probationFrom}} 分起为{{probation}}，低于 {{probationFrom}} 分为{{blocked}}。该等级对应的供应商状态为“{{status}}”。',
    sharedWeight: '未评分标准的权重由已评分的标准分摊。',
    chart: { one: '最近 {{count}} 个月的得分', other: '最近 {{count}} 个月的得分' },
    reviewedBy: '评审人',
    reviewerTitle: '采购 / 质量',
    signature: '签名',
    signatureTitle: '职务',
    placeAndDate: '地点和日期',
  },
} satisfies Record<ReviewLanguage, PdfWords>;

const PLURALS: Record<ReviewLanguage, Intl.PluralRules> = { en: new Intl.PluralRules('en-US'), zh: new Intl.PluralRules('zh-CN') };

const NUMBERS: Record<ReviewLanguage, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-US'), zh: new Intl.NumberFormat('zh-CN') };

/** `params` with each number written as `language` writes it ("70,539"), as the screens write their counts. */
export const numbersIn = (language: ReviewLanguage, params: Record<string, string | number>): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? NUMBERS[language].format(v) : v]));

/** A count's form as `language` says it, filled with `params` (numbers written in the language's way). */
export const countedText = (forms: Counted, language: ReviewLanguage, count: number, params: Record<string, string | number>): string =>
  fillText(PLURALS[language].select(count) === 'one' ? forms.one : forms.other, numbersIn(language, params));

/** "3 of 12 months had no lot …", in `language`. */
export const skippedMonthsText = (language: ReviewLanguage, count: number, total: number): string => {
  const t = REVIEW_TEXT[language];
  return countedText({ one: t.skippedMonths_one, other: t.skippedMonths_other }, language, count, { count, total });
};

/** The figures of a period a criterion's basis is said from. */
export type BasisFacts = Pick<ReviewResult, 'activity' | 'lotAcceptanceRate' | 'defectsPerMillion' | 'onTimeRate'>;

/**
 * How a criterion's score follows from the period's figures, in `language`: said from the numbers
 * ("3 of 4 lots on time", "4 个批次中 3 个准时到货"), so both languages say the same.
 */
export function criterionBasis(criterion: Criterion, f: BasisFacts, language: ReviewLanguage): string {
  const t = BASIS_TEXT[language];
  const a = f.activity;
  switch (criterion) {
    case 'quality':
      return f.lotAcceptanceRate === null || f.defectsPerMillion === null
        ? t.noInspection
        : countedText(t.quality, language, a.lotsInspected, { rate: f.lotAcceptanceRate, inspected: a.lotsInspected, dpm: f.defectsPerMillion, returns: a.qualityReturns });
    case 'delivery':
      return f.onTimeRate === null ? t.noExpectedDate : countedText(t.delivery, language, a.lotsWithExpectedDate, { onTime: a.lotsOnTime, total: a.lotsWithExpectedDate });
    case 'compliance':
      return a.certificates ? countedText(t.compliance, language, a.certificates, { valid: a.certificatesValid, total: a.certificates }) : t.noCertificate;
    case 'communication':
    case 'price':
      return t.reviewerOnly;
  }
}
