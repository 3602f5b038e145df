// Supplier reviews and scorecards. Every figure comes from SQL aggregates grouped by supplier (and
// month): lots received, lots accepted on original inspection, defects per million units inspected,
// deliveries on time, quality returns from after-sales cases, certificates valid. Then a few lines
// of arithmetic per supplier-month turn them into criterion scores, a weighted score and a band.
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { addDays } from '../../shared/dates';
import { ValidationError } from '../../shared/errors';
import { BANDS, CRITERIA, DEFAULT_BANDS, DEFAULT_WEIGHTS } from '../../shared/reviews';
import { criterionBasis, REVIEW_TEXT, skippedMonthsText } from '../../shared/reviews-text';
import type { Activity, Band, Criterion, CriterionScore, DefectStats, PeriodInput, ReviewResult, Scorecard, ScorecardMonth, SupplierScore } from '../../shared/reviews';
import type { CoreContext } from '../context';
import { getSupplier } from '../suppliers/suppliers';

export interface Period {
  from: string;
  to: string;
}

/** 'YYYY-MM' or {from, to} → inclusive calendar days. */
export function toPeriod(p: PeriodInput): Period {
  if (typeof p === 'string') return { from: `${p}-01`, to: monthEnd(p) };
  return { from: p.from, to: p.to };
}
const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const shiftMonth = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
};

// ------------------------------------------------------------------------------------------------
// QUALITY RETURNS FROM AFTER-SALES CASES — the one place this area reads another area's table:
// cases with reason 'quality_defect' attributed to a supplier (supplier_id set) and opened within
// the period, counted per supplier (index cases_supplier_reason).
// ------------------------------------------------------------------------------------------------
export function qualityReturnsBySupplier(db: ReadDb, period: Period): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT supplier_id AS supplierId, count(*) AS n FROM cases
       WHERE reason = 'quality_defect' AND supplier_id IS NOT NULL AND substr(opened_at, 1, 10) BETWEEN ? AND ?
       GROUP BY supplier_id`,
    )
    .all(period.from, period.to) as { supplierId: number; n: number }[];
  return new Map(rows.map((r) => [r.supplierId, r.n]));
}

const emptyActivity = (): Activity => ({
  lots: 0, lotsInspected: 0, lotsAccepted: 0, unitsReceived: 0, unitsInspected: 0, defects: 0,
  lotsWithExpectedDate: 0, lotsOnTime: 0, qualityReturns: 0, certificates: 0, certificatesValid: 0,
});

/**
 * Activity per supplier and bucket (the month 'YYYY-MM', or 'all' for the whole period), in three
 * grouped queries over the period plus one per month for returns and certificates.
 */
export function aggregate(db: ReadDb, period: Period, opts: { supplierId?: number; supplierIds?: number[]; byMonth: boolean }): Map<number, Map<string, Activity>> {
  const out = new Map<number, Map<string, Activity>>();
  const at = (supplierId: number, bucket: string): Activity => {
    let m = out.get(supplierId);
    if (!m) out.set(supplierId, (m = new Map()));
    let a = m.get(bucket);
    if (!a) m.set(bucket, (a = emptyActivity()));
    return a;
  };
  const bucket = opts.byMonth ? 'substr(l.received_date, 1, 7)' : `'all'`;
  // One supplier, a list of them (a page of the scorecards list), or all. Returns and certificates
  // below are kept only for the suppliers these two queries found.
  const only = opts.supplierId ? 'AND l.supplier_id = @supplierId' : opts.supplierIds ? 'AND l.supplier_id IN (SELECT value FROM json_each(@supplierIds))' : '';
  const params = {
    from: period.from,
    to: period.to,
    ...(opts.supplierId ? { supplierId: opts.supplierId } : opts.supplierIds ? { supplierIds: JSON.stringify(opts.supplierIds) } : {}),
  };
  const lots = db
    .prepare(
      `SELECT l.supplier_id AS s, ${bucket} AS b, count(*) AS lots, sum(l.quantity_received) AS units,
              sum(l.expected_date IS NOT NULL) AS withExpected, sum(l.expected_date IS NOT NULL AND l.received_date <= l.expected_date) AS onTime
       FROM lots l WHERE l.received_date BETWEEN @from AND @to ${only} GROUP BY 1, 2`,
    )
    .all(params) as { s: number; b: string; lots: number; units: number; withExpected: number; onTime: number }[];
  for (const r of lots) Object.assign(at(r.s, r.b), { lots: r.lots, unitsReceived: r.units, lotsWithExpectedDate: r.withExpected, lotsOnTime: r.onTime });
  const insp = db
    .prepare(
      `SELECT l.supplier_id AS s, ${bucket} AS b, count(*) AS inspected, sum(i.verdict = 'accept') AS accepted,
              sum(i.sample_size) AS units, sum(i.defect_count) AS defects
       FROM lots l JOIN inspections i ON i.lot_id = l.id AND i.original = 1
       WHERE l.received_date BETWEEN @from AND @to ${only} GROUP BY 1, 2`,
    )
    .all(params) as { s: number; b: string; inspected: number; accepted: number; units: number; defects: number }[];
  for (const r of insp) Object.assign(at(r.s, r.b), { lotsInspected: r.inspected, lotsAccepted: r.accepted, unitsInspected: r.units, defects: r.defects });

  // Returns and certificates are counted per bucket: per month (certificates valid at its end) or once.
  const buckets: [string, Period][] = opts.byMonth ? monthsOf(period).map((m) => [m, { from: `${m}-01`, to: monthEnd(m) }]) : [['all', period]];
  const certs = db.prepare(
    `SELECT supplier_id AS s, count(*) AS n, sum(issue_date <= @day AND (expiry_date IS NULL OR expiry_date >= @day)) AS valid
     FROM certificates WHERE supplier_id IS NOT NULL AND issue_date <= @day ${opts.supplierId ? 'AND supplier_id = @supplierId' : ''} GROUP BY supplier_id`,
  );
  for (const [b, p] of buckets) {
    for (const [s, n] of qualityReturnsBySupplier(db, p)) if ((!opts.supplierId || s === opts.supplierId) && out.get(s)?.get(b)) at(s, b).qualityReturns = n;
    for (const r of certs.all({ day: p.to, ...(opts.supplierId ? { supplierId: opts.supplierId } : {}) }) as { s: number; n: number; valid: number }[]) {
      const a = out.get(r.s)?.get(b);
      if (a) Object.assign(a, { certificates: r.n, certificatesValid: r.valid });
    }
  }
  return out;
}

function monthsOf(p: Period): string[] {
  const out: string[] = [];
  for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7); m = shiftMonth(m, 1)) out.push(m);
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (n: number, d: number) => (d > 0 ? round1((100 * n) / d) : null);

export interface Computed {
  lotAcceptanceRate: number | null;
  defectsPerMillion: number | null;
  onTimeRate: number | null;
  scores: Record<Criterion, number | null>;
}

/**
 * The computed criteria. quality = 50 % lot acceptance rate + 30 % defect score (100 at 0 DPM, 0 at
 * 100,000 DPM) + 20 % returns score (100 at no return, 0 at 10 quality returns per 1,000 units
 * received); not scored without an inspected lot. delivery = on-time rate (received ≤ expected).
 * compliance = share of the supplier's certificates valid at the period's end. communication and
 * price come only from the reviewer.
 */
export function computeCriteria(a: Activity): Computed {
  const acc = pct(a.lotsAccepted, a.lotsInspected);
  const dpm = a.unitsInspected > 0 ? Math.round((a.defects / a.unitsInspected) * 1_000_000) : null;
  const onTime = pct(a.lotsOnTime, a.lotsWithExpectedDate);
  const perThousand = a.unitsReceived > 0 ? (a.qualityReturns * 1000) / a.unitsReceived : 0;
  const quality =
    acc === null || dpm === null ? null : round1(0.5 * acc + 0.3 * Math.max(0, 100 - dpm / 1000) + 0.2 * Math.max(0, 100 - 10 * perThousand));
  return {
    lotAcceptanceRate: acc,
    defectsPerMillion: dpm,
    onTimeRate: onTime,
    scores: { quality, delivery: onTime, communication: null, price: null, compliance: pct(a.certificatesValid, a.certificates) },
  };
}

export function weighted(criteria: CriterionScore[]): number | null {
  const scored = criteria.filter((c) => c.score !== null && c.weight > 0);
  const w = scored.reduce((n, c) => n + c.weight, 0);
  return w > 0 ? round1(scored.reduce((n, c) => n + c.weight * c.score!, 0) / w) : null;
}

export function bandOf(score: number | null, bands: { preferred: number; approved: number; probation: number } = DEFAULT_BANDS): Band | null {
  if (score === null) return null;
  if (score >= bands.preferred) return 'preferred';
  if (score >= bands.approved) return 'approved';
  if (score >= bands.probation) return 'probation';
  return 'blocked';
}
export const statusOfBand = (b: Band | null) => (b === null ? null : b === 'preferred' || b === 'approved' ? 'approved' : b);

function checkWeights(weights: Record<Criterion, number>, bands: { preferred: number; approved: number; probation: number }): void {
  const sum = CRITERIA.reduce((n, c) => n + weights[c], 0);
  const issues = [];
  if (sum !== 100) issues.push({ path: 'weights', key: 'weights_sum', message: `The weights add up to ${sum}, not 100`, params: { sum } });
  if (!(bands.preferred > bands.approved && bands.approved > bands.probation))
    issues.push({ path: 'bands', key: 'bands_order', message: 'Bands must descend: preferred > approved > probation' });
  if (issues.length) throw new ValidationError(issues);
}

/** Compute a review (no write). */
export function computeReview(ctx: CoreContext, input: Omit<ParsedInputOf<'suppliers.review'>, 'apply'> & { apply?: boolean }): ReviewResult {
  const supplier = getSupplier(ctx.db, input.supplierId);
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const bands = input.bands ?? DEFAULT_BANDS;
  checkWeights(weights, bands);
  const period = toPeriod(input.period);
  const activity = aggregate(ctx.db, period, { supplierId: supplier.id, byMonth: false }).get(supplier.id)?.get('all') ?? emptyActivity();
  if (activity.lots === 0) {
    // Certificates are still worth showing, but a period with no lot does not count.
    const certs = ctx.db
      .prepare(`SELECT count(*) AS n, sum(issue_date <= @to AND (expiry_date IS NULL OR expiry_date >= @to)) AS valid FROM certificates WHERE supplier_id = @s AND issue_date <= @to`)
      .get({ to: period.to, s: supplier.id }) as { n: number; valid: number | null };
    activity.certificates = certs.n;
    activity.certificatesValid = certs.valid ?? 0;
  }
  const computed = computeCriteria(activity);
  const criteria: CriterionScore[] = CRITERIA.map((c) => {
    const given = input.scores?.[c];
    if (given !== undefined) return { criterion: c, weight: weights[c], score: given, source: 'reviewer', basis: REVIEW_TEXT.en.source.reviewer };
    const score = computed.scores[c];
    // The basis in English, as the API says it; the review PDF says it in both languages from the same figures.
    return { criterion: c, weight: weights[c], score, source: score === null ? 'none' : 'computed', basis: criterionBasis(c, { activity, ...computed }, 'en') };
  });
  const counted = activity.lots > 0;
  const score = counted ? weighted(criteria) : null;
  const band = bandOf(score, bands);
  return {
    supplierId: supplier.id,
    supplierName: supplier.name,
    from: period.from,
    to: period.to,
    counted,
    note: counted ? null : REVIEW_TEXT.en.notCountedResult,
    activity,
    lotAcceptanceRate: computed.lotAcceptanceRate,
    defectsPerMillion: computed.defectsPerMillion,
    onTimeRate: computed.onTimeRate,
    criteria,
    score,
    band,
    statusFromBand: statusOfBand(band),
    applied: false,
    previousStatus: supplier.status,
    reviewId: null,
  };
}

/** suppliers.review: compute, record the review, and with apply: true set the supplier's status from the band. */
export function reviewSupplier(ctx: CoreContext, input: ParsedInputOf<'suppliers.review'>): ReviewResult {
  const r = computeReview(ctx, input);
  const applied = input.apply && r.statusFromBand !== null;
  if (applied) ctx.db.prepare('UPDATE suppliers SET status = ?, updated_at = ? WHERE id = ?').run(r.statusFromBand, ctx.now().toISOString(), r.supplierId);
  const scores = Object.fromEntries(r.criteria.filter((c) => c.source === 'reviewer').map((c) => [c.criterion, c.score]));
  const { lastInsertRowid } = ctx.db
    .prepare('INSERT INTO supplier_reviews (supplier_id, period_from, period_to, weights, scores, score, band, applied, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(r.supplierId, r.from, r.to, JSON.stringify(Object.fromEntries(r.criteria.map((c) => [c.criterion, c.weight]))), JSON.stringify(scores), r.score, r.band,
      applied ? 1 : 0, input.notes ?? null, ctx.now().toISOString());
  return { ...r, applied: Boolean(applied), reviewId: Number(lastInsertRowid) };
}

/**
 * Monthly scorecards of every supplier (or one) over the last `months` months (the current month
 * included): the bench recomputes those of 2,000 suppliers. Reviewer scores (communication, price)
 * come from the latest recorded review overlapping each month, weighted with default weights.
 */
export function computeScorecards(ctx: QueryContext, months: number, supplierId?: number, supplierIds?: number[]): Map<number, ScorecardMonth[]> {
  const last = ctx.today().slice(0, 7);
  const first = shiftMonth(last, -(months - 1));
  const period = { from: `${first}-01`, to: monthEnd(last) };
  const list = monthsOf(period);
  const data = aggregate(ctx.db, period, { supplierId, supplierIds, byMonth: true });
  const reviews = ctx.db
    .prepare(
      `SELECT supplier_id AS s, period_from AS f, period_to AS t, scores FROM supplier_reviews
       WHERE period_to >= ? AND period_from <= ? ${supplierId ? 'AND supplier_id = ?' : supplierIds ? 'AND supplier_id IN (SELECT value FROM json_each(?))' : ''} ORDER BY id`,
    )
    .all(period.from, period.to, ...(supplierId ? [supplierId] : supplierIds ? [JSON.stringify(supplierIds)] : [])) as { s: number; f: string; t: string; scores: string }[];
  const reviewBy = new Map<number, typeof reviews>();
  for (const r of reviews) reviewBy.set(r.s, [...(reviewBy.get(r.s) ?? []), r]);
  const out = new Map<number, ScorecardMonth[]>();
  for (const [s, byMonth] of data) {
    out.set(
      s,
      list.map((month) => {
        const a = byMonth.get(month);
        if (!a || a.lots === 0)
          return { month, counted: false, score: null, band: null, lots: 0, lotAcceptanceRate: null, defectsPerMillion: null, onTimeRate: null, qualityReturns: 0 };
        const c = computeCriteria(a);
        const from = `${month}-01`;
        const to = monthEnd(month);
        const given = (reviewBy.get(s) ?? []).filter((r) => r.f <= to && r.t >= from).map((r) => JSON.parse(r.scores) as Partial<Record<Criterion, number>>);
        const reviewer = Object.assign({}, ...given) as Partial<Record<Criterion, number>>;
        const criteria: CriterionScore[] = CRITERIA.map((k) => {
          const score = reviewer[k] ?? c.scores[k];
          return { criterion: k, weight: DEFAULT_WEIGHTS[k], score, source: score === null ? 'none' : 'computed', basis: '' };
        });
        const score = weighted(criteria);
        return { month, counted: true, score, band: bandOf(score), lots: a.lots, lotAcceptanceRate: c.lotAcceptanceRate, defectsPerMillion: c.defectsPerMillion, onTimeRate: c.onTimeRate, qualityReturns: a.qualityReturns };
      }),
    );
  }
  return out;
}

export function scorecard(ctx: QueryContext, input: ParsedInputOf<'suppliers.scorecard'>): Scorecard {
  const supplier = getSupplier(ctx.db, input.supplierId);
  const last = ctx.today().slice(0, 7);
  const months =
    computeScorecards(ctx, input.months, supplier.id).get(supplier.id) ??
    Array.from({ length: input.months }, (_, i) => ({
      month: shiftMonth(last, i - input.months + 1), counted: false, score: null, band: null, lots: 0, lotAcceptanceRate: null, defectsPerMillion: null, onTimeRate: null, qualityReturns: 0,
    }));
  const { score, band, statusFromBand, countedMonths } = standing(months);
  const skipped = months.length - countedMonths;
  return {
    supplierId: supplier.id,
    supplierName: supplier.name,
    supplierStatus: supplier.status,
    months,
    score,
    band,
    statusFromBand,
    countedMonths,
    note: skipped ? skippedMonthsText('en', skipped, months.length) : null,
  };
}

/** A scorecard's standing: the mean score of its counted months, its band and the status it leads to. */
function standing(months: ScorecardMonth[]): Omit<SupplierScore, 'supplierId'> {
  const counted = months.filter((m) => m.counted && m.score !== null);
  const score = counted.length ? round1(counted.reduce((n, m) => n + m.score!, 0) / counted.length) : null;
  return { score, band: bandOf(score), statusFromBand: statusOfBand(bandOf(score)), countedMonths: counted.length };
}

/**
 * The standing of each supplier asked (the scorecards list's page), as its scorecard over the same
 * months gives it, from the same grouped queries over the page's suppliers (not one scorecard each).
 * A supplier without a lot in those months has no score.
 */
export function supplierScores(ctx: QueryContext, input: ParsedInputOf<'suppliers.scores'>): SupplierScore[] {
  const ids = [...new Set(input.supplierIds)];
  const cards = ids.length ? computeScorecards(ctx, input.months, undefined, ids) : new Map<number, ScorecardMonth[]>();
  return ids.map((supplierId) => {
    const months = cards.get(supplierId);
    return { supplierId, ...(months ? standing(months) : { score: null, band: null, statusFromBand: null, countedMonths: 0 }) };
  });
}

/** Defect rate by supplier and a Pareto of defect types over the last `months` months (original inspections). */
export function defectStats(ctx: QueryContext, input: ParsedInputOf<'quality.defectStats'>): DefectStats {
  const from = addDays(ctx.today(), -31 * input.months + 1);
  const only = input.supplierId ? 'AND l.supplier_id = @supplierId' : '';
  const params = { from, ...(input.supplierId ? { supplierId: input.supplierId } : {}) };
  const bySupplier = (
    ctx.db
      .prepare(
        `SELECT l.supplier_id AS supplierId, s.name AS supplierName, sum(i.sample_size) AS unitsInspected, sum(i.defect_count) AS defects
         FROM inspections i JOIN lots l ON l.id = i.lot_id JOIN suppliers s ON s.id = l.supplier_id
         WHERE i.original = 1 AND l.received_date >= @from ${only} GROUP BY l.supplier_id`,
      )
      .all(params) as { supplierId: number; supplierName: string; unitsInspected: number; defects: number }[]
  )
    .map((r) => ({ ...r, defectsPerMillion: r.unitsInspected ? Math.round((r.defects / r.unitsInspected) * 1_000_000) : 0 }))
    .sort((a, b) => b.defectsPerMillion - a.defectsPerMillion || a.supplierName.localeCompare(b.supplierName))
    .slice(0, 20);
  const types = ctx.db
    .prepare(
      `SELECT d.type, sum(d.count) AS count FROM inspection_defects d JOIN inspections i ON i.id = d.inspection_id JOIN lots l ON l.id = i.lot_id
       WHERE l.received_date >= @from ${only} GROUP BY d.type ORDER BY count DESC, d.type LIMIT 15`,
    )
    .all(params) as { type: string; count: number }[];
  const total = types.reduce((n, t) => n + t.count, 0);
  let run = 0;
  const byType = types.map((t) => ({ ...t, cumulative: total ? (run += t.count) / total : 0 }));
  return { bySupplier, byType };
}

export { BANDS };
