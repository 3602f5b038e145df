// The supplier review PDF read back with pdfjs: every word in English and Chinese, the basis of each
// criterion said in both from the same numbers, the chart's months named in both, and no text on
// the page running into other text, off the page, or smaller than 7.5 pt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { MONTHS_WITHOUT_LOT, REVIEW_PERIOD, supplierWithHistory } from '../../../test/fixtures/review';
import { readPdf, textItems } from '../../../test/pdf';
import { REVIEW_TEXT } from '../../shared/reviews-text';

/** Text as pdfjs gives it, without white space: runs of another font come as items of their own. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function reviewPdf(core: TestCore, supplierId: number, period: string) {
  const out = join(core.ctx.dataDir, `review-${period}.pdf`);
  const res = await core.ok('suppliers.reviewPdf', { supplierId, period, outPath: out });
  const bytes = new Uint8Array(readFileSync(out));
  const pages = await readPdf(bytes);
  return { res, bytes, pages, text: squash(pages.map((p) => p.text).join('\n')) };
}

type Item = Awaited<ReturnType<typeof textItems>>[number];
/** Items that touch on one line as one word ("12" and "月" are drawn in two fonts, so come apart). */
function words(items: Item[]): Item[] {
  // Lines first (a CJK run sits a little lower than the Latin one beside it), then left to right.
  const lines: Item[][] = [];
  for (const i of [...items].sort((a, b) => b.y - a.y)) {
    const line = lines.find((l) => Math.abs(l[0]!.y - i.y) < 1.5);
    if (line) line.push(i);
    else lines.push([i]);
  }
  return lines.flatMap((line) => {
    const out: Item[] = [];
    for (const i of line.sort((a, b) => a.x - b.x)) {
      const last = out[out.length - 1];
      if (last && Math.abs(last.x + last.width - i.x) < 0.5) Object.assign(last, { str: last.str + i.str, width: i.x + i.width - last.x });
      else out.push({ ...i });
    }
    return out;
  });
}

const EN_MONTHS = ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
const ZH_MONTHS = ['12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月'];

describe('the supplier review PDF', () => {
  it('says every label, heading, status, band, source and note in English and Chinese', async () => {
    const core = testCore();
    const { supplier } = await supplierWithHistory(core);
    const { res, text, pages } = await reviewPdf(core, supplier.id, REVIEW_PERIOD);
    expect(res.pages).toBe(1);
    for (const words of [
      'SUPPLIER REVIEW 供应商评审',
      'Leaf Co · 杭州绿叶茶业有限公司',
      'Period · 评审期间：2026-10-01 – 2026-10-31',
      'Lots received · 收到的批次 4 (2,000 units) · 4 批（2,000 件）',
      'Lots accepted on inspection · 检验接收的批次 3 of 4 (75%) · 4 批中 3 批（75%）',
      'Defects per million inspected · 每百万检验件的缺陷数',
      'On-time deliveries · 准时交付',
      'Quality returns (after-sales) · 质量退货（售后）',
      'Certificates valid · 有效证书 none on file · 无存档',
      'Criteria · 评审标准',
      'Criterion 标准 Weight 权重 Score 得分 Source 来源 Basis 依据',
      'Communication 沟通 15% 73 scored by the reviewer 评审人打分',
      'Price 价格 15% not scored 未评分 not scored (no data) 未评分（无数据） only the reviewer scores it 仅由评审人打分',
      'Compliance documents 合规文件',
      'computed from lots, inspections, returns and certificates 根据批次、检验、退货和证书计算',
      'Weighted score · 加权得分：69.4 / 100 — band · 等级：APPROVED · 批准',
      'Bands: Preferred from 80, Approved from 60, Probation from 40, Blocked below 40. This band leads to the status “Approved”.',
      '等级：80 分起为优选，60 分起为批准，40 分起为考察，低于 40 分为禁用。该等级对应的供应商状态为“已批准”。',
      'Criteria without a score share their weight among the scored ones. · 未评分标准的权重由已评分的标准分摊。',
      'Score over the last 12 months · 最近 12 个月的得分',
      '— 2 of 12 months had no lot from this supplier and do not count. · 12 个月中有 2 个月未收到该供应商的批次，不计分。',
      'Reviewed by · 评审人',
      'Signature · 签名',
      'Title · 职务：Buyer / quality · 采购 / 质量',
      'Place and date · 地点和日期：2026-11-21',
      'Supplier review · 供应商评审 · Leaf Co',
      'Page 1 of 1 · 第 1 页，共 1 页',
    ])
      expect(text, words).toContain(squash(words));
    // After a Chinese label a full-width colon, with no space ("评审期间：2026-10-01"); never an ASCII one.
    const raw = pages.map((p) => p.text).join('\n');
    expect(raw).not.toMatch(/[\p{sc=Han}）]\s*:/u);
    expect(raw).toMatch(/评审期间：\s*2026-10-01/);
    // The status by its name in both languages, never the raw value.
    expect(text).toContain(squash('Status · 状态：Probation · 考察期'));
    expect(text).not.toMatch(/probation|approved/);
    for (const c of ['quality', 'delivery', 'communication', 'price', 'compliance'] as const) {
      expect(text).toContain(squash(REVIEW_TEXT.en.criteria[c]));
      expect(text).toContain(REVIEW_TEXT.zh.criteria[c]);
    }
  });

  it('says the basis of each criterion in both languages from the same numbers', async () => {
    const core = testCore();
    const { supplier } = await supplierWithHistory(core);
    const { text } = await reviewPdf(core, supplier.id, REVIEW_PERIOD);
    // October: 4 lots with an expected date, 3 on time; 3 of 4 accepted; 9 defects in 110 units.
    expect(text).toContain(squash('3 of 4 lots on time 4 个批次中 3 个准时到货'));
    expect(text).toContain(squash('75% of 4 lots accepted, 81,818 defects per million, quality returns: 0'));
    expect(text).toContain(squash('4 个批次中 75% 被接收，每百万件缺陷 81,818 个，质量退货 0 次'));
    expect(text).toContain(squash('no certificate on file 没有存档的证书'));
    // The API's basis stays English and says the same (this records one more review, after the PDF).
    const review = await core.ok('suppliers.review', { supplierId: supplier.id, period: REVIEW_PERIOD });
    expect(review.criteria.find((c) => c.criterion === 'delivery')!.basis).toBe('3 of 4 lots on time');
  });

  it('writes its numbers as each language does ("81,818"), the same figure as the review computes for the period', async () => {
    const core = testCore();
    const { supplier } = await supplierWithHistory(core);
    const { text } = await reviewPdf(core, supplier.id, REVIEW_PERIOD);
    const en = new Intl.NumberFormat('en-US');
    const zh = new Intl.NumberFormat('zh-CN');
    // October: 9 defects in 110 units inspected; the review (what the screen's review computes) says the same.
    const review = await core.ok('suppliers.review', { supplierId: supplier.id, period: REVIEW_PERIOD });
    expect(review.defectsPerMillion).toBe(81818);
    expect(text).toContain(squash(`Defects per million inspected · 每百万检验件的缺陷数 ${en.format(81818)} (9 in 110 units) · ${zh.format(81818)}（110 件中 9 个缺陷）`));
    expect(text).toContain(squash('81,818 (9 in 110 units)'));
    expect(text).toContain(squash('Lots received · 收到的批次 4 (2,000 units)'));
    // Never the raw figure, in either language (the basis column included).
    expect(text).not.toContain('81818');
    expect(text).not.toContain('2000');
  });

  it('names the 12 months in English with the Chinese under, each year once, with no text overlapping, off the page or under 7.5 pt', async () => {
    const core = testCore();
    const { supplier } = await supplierWithHistory(core);
    const { bytes, pages } = await reviewPdf(core, supplier.id, REVIEW_PERIOD);
    const items = await textItems(bytes, 1);
    const labels = words(items);
    const en = labels.filter((i) => EN_MONTHS.includes(i.str));
    const zh = labels.filter((i) => ZH_MONTHS.includes(i.str));
    expect(en.map((i) => i.str)).toEqual(EN_MONTHS);
    expect(zh.map((i) => i.str)).toEqual(ZH_MONTHS);
    // The Chinese of each month under its English, centred on the same bar.
    en.forEach((e, k) => {
      const z = zh[k]!;
      expect(z.y).toBeLessThan(e.y);
      expect(Math.abs(z.x + z.width / 2 - (e.x + e.width / 2))).toBeLessThan(1);
    });
    for (const row of [en, zh]) for (let k = 1; k < row.length; k++) expect(row[k]!.x, row[k]!.str).toBeGreaterThan(row[k - 1]!.x + row[k - 1]!.width + 4);
    // Each year once, under its first month: December 2025 and January 2026.
    const years = items.filter((i) => /^20\d\d$/.test(i.str));
    expect(years.map((y) => y.str)).toEqual(['2025', '2026']);
    expect(Math.abs(years[0]!.x + years[0]!.width / 2 - (en[0]!.x + en[0]!.width / 2))).toBeLessThan(1);
    expect(Math.abs(years[1]!.x + years[1]!.width / 2 - (en[1]!.x + en[1]!.width / 2))).toBeLessThan(1);
    // Each month with a lot has its score over its bar; the two without one are marked "—".
    const card = await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 12 });
    expect(card.months.filter((m) => m.score === null).map((m) => m.month)).toEqual(MONTHS_WITHOUT_LOT);
    const heading = labels.find((i) => i.str.startsWith('Score over the last'))!;
    const over = (k: number) => labels.filter((i) => i.y > en[k]!.y && i.y < heading.y && Math.abs(i.x + i.width / 2 - (en[k]!.x + en[k]!.width / 2)) < 1);
    card.months.forEach((m, k) => expect(over(k).map((i) => i.str), m.month).toEqual([m.score === null ? '—' : String(Math.round(m.score))]));
    // The score axis every 20 points, none skipped (it read 0, 40, 60, 80, 100), from the bottom up.
    const axis = items.filter((i) => i.x < en[0]!.x && /^\d{1,3}$/.test(i.str) && i.y > en[0]!.y && i.y < heading.y).sort((a, b) => a.y - b.y);
    expect(axis.map((i) => i.str)).toEqual(['0', '20', '40', '60', '80', '100']);

    // No two text items share any room; none runs off the page or is smaller than 7.5 pt.
    const { width, height } = pages[0]!;
    const box = (i: (typeof items)[number]) => ({ x0: i.x, x1: i.x + i.width, y0: i.y - 0.2 * i.size, y1: i.y + 0.75 * i.size });
    const overlaps: string[] = [];
    items.forEach((a, k) => {
      const p = box(a);
      expect(a.size, a.str).toBeGreaterThanOrEqual(7.5);
      expect(p.x0, a.str).toBeGreaterThanOrEqual(40 - 0.5);
      expect(p.x1, a.str).toBeLessThanOrEqual(width - 40 + 0.5);
      expect(p.y0, a.str).toBeGreaterThan(0);
      expect(p.y1, a.str).toBeLessThan(height);
      for (const b of items.slice(k + 1)) {
        const q = box(b);
        if (p.x0 < q.x1 - 0.5 && q.x0 < p.x1 - 0.5 && p.y0 < q.y1 - 0.5 && q.y0 < p.y1 - 0.5) overlaps.push(`${a.str} × ${b.str}`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  it('a period without a lot says that it does not count, in both languages', async () => {
    const core = testCore();
    const { supplier } = await supplierWithHistory(core);
    const { text } = await reviewPdf(core, supplier.id, '2026-07');
    expect(text).toContain(squash(REVIEW_TEXT.en.notCountedResult));
    expect(text).toContain(squash(REVIEW_TEXT.zh.notCountedResult));
    expect(text).not.toContain(squash('Weighted score'));
  });
});
