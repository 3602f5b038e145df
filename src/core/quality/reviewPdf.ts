// The supplier review as a PDF (document kit): who, which period, each criterion with its weight,
// score and basis, the weighted score and band, the last 12 months as a small bar chart, and a
// signature line. Computes the review without recording it.
// Every word is printed in English with the Chinese beside or under it, as on the shipment pack's
// cover: the core does not know the window's language, and suppliers and owners often read Chinese.
// The words are shared with the screens (shared/reviews-text.ts); the basis of each criterion is said
// in both languages from the period's figures, never translated from an English sentence.
import type { ParsedInputOf } from '../../shared/api';
import { monthAxis, fitsSlot, scoreTicks } from '../../shared/monthAxis';
import { monthNames } from '../../shared/months';
import { fillText } from '../../shared/preflight-text';
import { DEFAULT_BANDS } from '../../shared/reviews';
import type { Band, Criterion } from '../../shared/reviews';
import { countedText, criterionBasis, numbersIn, REVIEW_PDF_TEXT, REVIEW_TEXT, skippedMonthsText } from '../../shared/reviews-text';
import type { ReviewLanguage } from '../../shared/reviews-text';
import type { CoreContext } from '../context';
import { widths } from '../documents/common';
import { checkOutput, writeOutput } from '../files/output';
import { Kit, labelled } from '../documents/kit';
import { getSupplier } from '../suppliers/suppliers';
import { computeReview, scorecard, toPeriod } from './reviews';

const BAND_COLOR: Record<Band, string> = { preferred: '#1b5e20', approved: '#2e7d32', probation: '#e65100', blocked: '#b71c1c' };

/** A text said in each language: "English · 中文" on one line, or the Chinese under the English. */
const both = (say: (l: ReviewLanguage) => string) => `${say('en')} · ${say('zh')}`;
const stacked = (say: (l: ReviewLanguage) => string) => `${say('en')}\n${say('zh')}`;
const pdf = (key: { [K in keyof typeof REVIEW_PDF_TEXT.en]: (typeof REVIEW_PDF_TEXT.en)[K] extends string ? K : never }[keyof typeof REVIEW_PDF_TEXT.en]) =>
  both((l) => REVIEW_PDF_TEXT[l][key]);

/** The chart's text: no label smaller than this (pt). */
const CHART_TEXT = 7.5;

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
  const T = REVIEW_PDF_TEXT;
  const W = REVIEW_TEXT;
  const kit = new Kit({
    paper: 'A4',
    title: `${pdf('document')} ${supplier.name} ${r.from} – ${r.to}`,
    date: ctx.now(),
    footer: `${pdf('document')} · ${supplier.name}`,
    bilingual: true,
  });
  kit.page();
  kit.header(`${T.en.title}  ${T.zh.title}`, `${supplier.name}${supplier.localName ? ` · ${supplier.localName}` : ''}`, [
    labelled(pdf('period'), `${r.from} – ${r.to}`),
    labelled(pdf('status'), both((l) => W[l].supplierStatus[supplier.status])),
    labelled(pdf('printed'), ctx.today()),
  ]);
  const w = kit.contentWidth;
  const a = r.activity;
  const facts: [string, string][] = [
      [pdf('lots'), both((l) => countedText(T[l].lotsValue, l, a.unitsReceived, { lots: a.lots, units: a.unitsReceived }))],
      [pdf('accepted'), r.lotAcceptanceRate === null ? '—' : both((l) => fillText(T[l].acceptedValue, numbersIn(l, { accepted: a.lotsAccepted, inspected: a.lotsInspected, rate: r.lotAcceptanceRate! })))],
      [pdf('defects'), r.defectsPerMillion === null ? '—' : both((l) => countedText(T[l].defectsValue, l, a.unitsInspected, { dpm: r.defectsPerMillion!, defects: a.defects, units: a.unitsInspected }))],
      [pdf('onTime'), r.onTimeRate === null ? '—' : both((l) => fillText(T[l].onTimeValue, numbersIn(l, { onTime: a.lotsOnTime, total: a.lotsWithExpectedDate, rate: r.onTimeRate! })))],
      [pdf('returns'), String(a.qualityReturns)],
      [pdf('certificates'), a.certificates ? both((l) => fillText(T[l].certificatesValue, numbersIn(l, { valid: a.certificatesValid, total: a.certificates }))) : pdf('noCertificate')],
  ];
  // The labels' column as wide as the longest label, so that none wraps into the next row.
  const labelWidth = Math.min(w * 0.55, Math.max(...facts.map(([k]) => kit.widthOf(k, { size: 9, bold: true }))) + 12);
  kit.y += kit.keyValues(facts, kit.left, kit.y, w, labelWidth) + 8;
  kit.heading(pdf('criteria'), 11);
  // Narrow columns wide enough for their words as the kit measures mixed text (in the wider CJK font).
  const cw = widths(w, [106, 46, 56, 138, 169]);
  const column = (key: keyof typeof T.en.columns) => stacked((l) => T[l].columns[key]);
  kit.table(
    [
      { header: column('criterion'), width: cw[0]! },
      { header: column('weight'), width: cw[1]!, align: 'right' },
      { header: column('score'), width: cw[2]!, align: 'right' },
      { header: column('source'), width: cw[3]! },
      { header: column('basis'), width: cw[4]! },
    ],
    r.criteria.map((c) => [
      stacked((l) => W[l].criteria[c.criterion]),
      `${c.weight}%`,
      c.score === null ? stacked((l) => T[l].notScored) : String(c.score),
      stacked((l) => W[l].source[c.source]),
      stacked((l) => criterionBasis(c.criterion, r, l)),
    ]),
    { zebra: true, size: 8 },
  );
  kit.y += 8;
  if (r.counted && r.score !== null && r.band) {
    const band = r.band;
    kit.y += kit.text(`${labelled(pdf('weightedScore'), `${r.score} / 100`)} — ${labelled(pdf('band'), `${W.en.band[band].toUpperCase()} · ${W.zh.band[band]}`)}`, kit.left, kit.y, { size: 13, bold: true, color: BAND_COLOR[band] }) + 4;
    const status = r.statusFromBand;
    for (const l of ['en', 'zh'] as const) {
      const bands = { preferredFrom: DEFAULT_BANDS.preferred, approvedFrom: DEFAULT_BANDS.approved, probationFrom: DEFAULT_BANDS.probation, ...W[l].band };
      kit.paragraph(fillText(T[l].bands, { ...bands, status: status ? W[l].supplierStatus[status] : '—' }), { size: 8.5, color: '#444' }, 2);
    }
  } else for (const l of ['en', 'zh'] as const) kit.paragraph(W[l].notCountedResult, { size: 11, bold: true, color: '#e65100' }, 2);
  kit.y += 2;
  kit.paragraph(pdf('sharedWeight'), { size: 8, color: '#666' });

  drawChart(kit, card.months);
  // The months marked "—" in the chart.
  const skipped = card.months.length - card.countedMonths;
  if (skipped) kit.paragraph(`— ${both((l) => skippedMonthsText(l, skipped, card.months.length))}`, { size: CHART_TEXT, color: '#666' }, 2);
  kit.y += 6;
  kit.signature(pdf('reviewedBy'), { name: '', title: pdf('reviewerTitle'), date: ctx.today() }, { signature: pdf('signature'), title: pdf('signatureTitle'), placeAndDate: pdf('placeAndDate') });
  kit.numberPages();
  return kit.end();
}

/**
 * The score over the last months: one bar per month with its score above it; a month without a lot
 * is marked "—" (the months that do not count are said under the chart). Months are named in English with the Chinese under ("Jan" /
 * "1月"), each year once, every k-th month when they would not fit their bar's width (monthAxis,
 * measured in the PDF's own fonts). No text is smaller than CHART_TEXT.
 */
function drawChart(kit: Kit, months: { month: string; score: number | null; band: Band | null }[]): void {
  const n = months.length;
  const w = kit.contentWidth;
  const axisW = 24;
  const chartH = 80;
  const valueRoom = CHART_TEXT + 4; // the score above a full bar
  const line = kit.heightOf('Jan', 100, { size: CHART_TEXT });
  const cjkLine = kit.heightOf('1月', 100, { size: CHART_TEXT });
  const labelsH = 4 + line + cjkLine + 2 + line;
  // The heading stays with its chart.
  kit.ensure(11 * 3 + valueRoom + chartH + labelsH + 16);
  kit.heading(both((l) => countedText(REVIEW_PDF_TEXT[l].chart, l, n, { count: n })), 11);
  const x0 = kit.left + axisW;
  const pw = w - axisW;
  const top = kit.y + valueRoom;
  const base = top + chartH;
  const bw = pw / Math.max(1, n);
  const yOf = (v: number) => base - (v / 100) * chartH;
  const size = { size: CHART_TEXT };
  // Every 20 points (the bands' bounds 40, 60, 80 among them; it read 0, 40, 60, 80, 100), as the screen's chart
  for (const v of scoreTicks(chartH, CHART_TEXT)) {
    kit.doc.moveTo(x0, yOf(v)).lineTo(x0 + pw, yOf(v)).lineWidth(0.3).strokeColor('#bbb').stroke();
    kit.text(String(v), kit.left, yOf(v) - CHART_TEXT / 2 - 1, { ...size, color: '#666', width: axisW - 4, align: 'right' });
  }
  const value = (m: (typeof months)[number]) => String(Math.round(m.score!));
  const bar = bw * 0.7;
  const showValues = fitsSlot(bar, months.filter((m) => m.score !== null).map(value), (t) => kit.widthOf(t, { ...size, bold: true }), 1);
  months.forEach((m, i) => {
    const x = x0 + i * bw + (bw - bar) / 2;
    if (m.score !== null && m.band) {
      kit.doc.rect(x, yOf(m.score), bar, base - yOf(m.score)).fillColor(BAND_COLOR[m.band]).fill();
      if (showValues) kit.text(value(m), x, yOf(m.score) - CHART_TEXT - 3, { ...size, bold: true, width: bar, align: 'center' });
    } else kit.text('—', x, base - CHART_TEXT - 4, { size: 8, width: bar, align: 'center', color: '#999' });
  });

  const en = monthNames('en-US');
  const zh = monthNames('zh-CN');
  const widthOf = (text: string) => Math.max(...text.split('\n').map((t) => kit.widthOf(t, size)));
  const axis = monthAxis({
    months: months.map((m) => m.month),
    left: x0,
    slot: bw,
    right: x0 + pw,
    monthText: (m) => `${en.monthShort(m)}\n${zh.monthShort(m)}`,
    // The year in figures, which both languages read ("2026"), once under its first named month.
    yearText: en.year,
    width: widthOf,
    gap: 4,
  });
  const labelY = base + 4;
  // A label's box: its named months' share of the axis, kept on the page.
  const box = (centre: number, text: string) => {
    const bw2 = Math.max(bw, widthOf(text) + 2);
    const x = Math.min(Math.max(centre - bw2 / 2, kit.left), kit.left + w - bw2);
    return { x, width: bw2 };
  };
  kit.doc.lineWidth(0.5).strokeColor('#888');
  for (const l of axis.months) {
    kit.doc.moveTo(l.x, base).lineTo(l.x, base + 3).stroke();
    const b = box(l.x, l.text);
    kit.text(l.text, b.x, labelY, { ...size, width: b.width, align: 'center', color: '#444' });
  }
  for (const y of axis.years) {
    const b = box(y.x, y.text);
    kit.text(y.text, b.x, labelY + line + cjkLine + 2, { ...size, bold: true, width: b.width, align: 'center', color: '#444' });
  }
  kit.doc.fillColor('black');
  kit.y = labelY + labelsH + 4;
}

export async function writeReviewPdf(ctx: CoreContext, input: ParsedInputOf<'suppliers.reviewPdf'>): Promise<{ path: string; bytes: number; pages: number }> {
  const target = checkOutput(ctx.dataDir, input.outPath, { field: 'outPath', ext: '.pdf', overwrite: input.overwrite });
  const bytes = await buildReviewPdf(ctx, input);
  writeOutput(target, bytes);
  const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { path: input.outPath, bytes: bytes.length, pages };
}
