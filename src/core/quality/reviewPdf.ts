// The supplier review as a PDF (document kit): who, which period, each criterion with its weight,
// score and basis, the weighted score and band, the last 12 months as a small bar chart, and a
// signature line. Computes the review without recording it.
import type { ParsedInputOf } from '../../shared/api';
import type { Band, Criterion } from '../../shared/reviews';
import type { CoreContext } from '../context';
import { widths } from '../documents/common';
import { checkOutput, writeOutput } from '../files/output';
import { Kit } from '../documents/kit';
import { getSupplier } from '../suppliers/suppliers';
import { computeReview, scorecard, toPeriod } from './reviews';

const BAND_COLOR: Record<Band, string> = { preferred: '#1b5e20', approved: '#2e7d32', probation: '#e65100', blocked: '#b71c1c' };
const LABEL: Record<string, string> = { quality: 'Quality', delivery: 'Delivery', communication: 'Communication', price: 'Price', compliance: 'Compliance documents' };

export async function buildReviewPdf(ctx: CoreContext, input: Omit<ParsedInputOf<'suppliers.reviewPdf'>, 'outPath' | 'overwrite'>): Promise<Uint8Array> {
  // The latest review recorded for this period gives the weights and the reviewer's scores.
  const period = toPeriod(input.period);
  const saved = ctx.db
    .prepare('SELECT weights, scores FROM supplier_reviews WHERE supplier_id = ? AND period_from = ? AND period_to = ? ORDER BY id DESC LIMIT 1')
    .get(input.supplierId, period.from, period.to) as { weights: string; scores: string } | undefined;
  const r = computeReview(ctx, {
    supplierId: input.supplierId,
    period: input.period,
    ...(saved ? { weights: JSON.parse(saved.weights) as Record<Criterion, number>, scores: JSON.parse(saved.scores) as Partial<Record<Criterion, number>> } : {}),
  });
  const supplier = getSupplier(ctx.db, input.supplierId);
  const card = scorecard(ctx, { supplierId: input.supplierId, months: 12 });
  const kit = new Kit({ paper: 'A4', title: `Supplier review ${supplier.name} ${r.from} – ${r.to}`, date: ctx.now(), footer: `Supplier review · ${supplier.name}` });
  kit.page();
  kit.header('SUPPLIER REVIEW', `${supplier.name}${supplier.localName ? ` · ${supplier.localName}` : ''}`, [`Period: ${r.from} – ${r.to}`, `Status: ${supplier.status}`, `Printed: ${ctx.today()}`]);
  const w = kit.contentWidth;
  const a = r.activity;
  kit.y += kit.keyValues(
    [
      ['Lots received', `${a.lots} (${a.unitsReceived} units)`],
      ['Lots accepted on inspection', r.lotAcceptanceRate === null ? '—' : `${a.lotsAccepted} of ${a.lotsInspected} (${r.lotAcceptanceRate}%)`],
      ['Defects per million inspected', r.defectsPerMillion === null ? '—' : `${r.defectsPerMillion} (${a.defects} in ${a.unitsInspected} units)`],
      ['On-time deliveries', r.onTimeRate === null ? '—' : `${a.lotsOnTime} of ${a.lotsWithExpectedDate} (${r.onTimeRate}%)`],
      ['Quality returns (after-sales)', String(a.qualityReturns)],
      ['Certificates valid', a.certificates ? `${a.certificatesValid} of ${a.certificates}` : 'none on file'],
    ],
    kit.left,
    kit.y,
    w,
    w * 0.4,
  ) + 8;
  kit.heading('Criteria', 11);
  const cw = widths(w, [120, 50, 50, 70, 230]);
  kit.table(
    [
      { header: 'Criterion', width: cw[0]! },
      { header: 'Weight', width: cw[1]!, align: 'right' },
      { header: 'Score', width: cw[2]!, align: 'right' },
      { header: 'Source', width: cw[3]! },
      { header: 'Basis', width: cw[4]! },
    ],
    r.criteria.map((c) => [LABEL[c.criterion]!, `${c.weight}%`, c.score === null ? 'not scored' : String(c.score), c.source, c.basis]),
    { zebra: true },
  );
  kit.y += 8;
  if (r.counted && r.score !== null && r.band) {
    kit.text(`Weighted score: ${r.score} / 100 — band: ${r.band.toUpperCase()}`, kit.left, kit.y, { size: 13, bold: true, color: BAND_COLOR[r.band] });
    kit.y += 20;
    kit.paragraph(`Bands: 80–100 preferred, 60–80 approved, 40–60 probation, below 40 blocked. This band leads to the status "${r.statusFromBand}".`, { size: 8.5, color: '#444' });
  } else kit.paragraph(r.note ?? 'Not scored.', { size: 11, bold: true, color: '#e65100' });
  kit.paragraph('Criteria without a score share their weight among the scored ones.', { size: 8, color: '#666' });

  // Score over the last 12 months: one bar per month; months without a lot are marked "—".
  kit.heading('Score over the last 12 months', 11);
  const chartH = 110;
  kit.ensure(chartH + 30);
  const x0 = kit.left + 24;
  const y0 = kit.y;
  const bw = (w - 24) / card.months.length;
  for (const v of [0, 40, 60, 80, 100]) {
    const y = y0 + chartH - (v / 100) * chartH;
    kit.doc.moveTo(x0, y).lineTo(x0 + w - 24, y).lineWidth(0.3).strokeColor('#bbb').stroke();
    kit.text(String(v), kit.left, y - 4, { size: 7, color: '#666', width: 20, align: 'right' });
  }
  card.months.forEach((m, i) => {
    const x = x0 + i * bw + bw * 0.15;
    if (m.score !== null && m.band) {
      const h = (m.score / 100) * chartH;
      kit.doc.rect(x, y0 + chartH - h, bw * 0.7, h).fillColor(BAND_COLOR[m.band]).fill();
      kit.text(String(Math.round(m.score)), x, y0 + chartH - h - 9, { size: 6.5, width: bw * 0.7, align: 'center' });
    } else kit.text('—', x, y0 + chartH - 10, { size: 8, width: bw * 0.7, align: 'center', color: '#999' });
    kit.text(m.month.slice(2), x - bw * 0.1, y0 + chartH + 3, { size: 6.5, width: bw * 0.9, align: 'center', color: '#444' });
  });
  kit.doc.fillColor('black');
  kit.y = y0 + chartH + 20;
  if (card.note) kit.paragraph(card.note, { size: 8, color: '#666' });
  kit.y += 10;
  kit.signature('Reviewed by', { name: '', title: 'Buyer / quality', date: ctx.today() });
  kit.numberPages();
  return kit.end();
}

export async function writeReviewPdf(ctx: CoreContext, input: ParsedInputOf<'suppliers.reviewPdf'>): Promise<{ path: string; bytes: number; pages: number }> {
  const target = checkOutput(ctx.dataDir, input.outPath, { field: 'outPath', ext: '.pdf', overwrite: input.overwrite });
  const bytes = await buildReviewPdf(ctx, input);
  writeOutput(target, bytes);
  const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { path: input.outPath, bytes: bytes.length, pages };
}
