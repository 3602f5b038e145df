// Inspection plans per product (checklist, AQL per defect class, inspection level) and the
// switching state per supplier-product. A product without a saved plan uses the defaults.
//
// AQL 0 (the default for critical defects): the tables have no AQL 0 column. We treat it as
// "accept 0, reject 1" on the sample drawn for the major class (the largest sample of the classes
// with an AQL, if major is also 0; the code letter's own sample size if every class is 0).
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { DEFECT_CLASSES, PLAN_AQLS } from '../../shared/lots';
import type { ChecklistItem, ClassResult, DefectClass, InspectionPlan, SavedPlanSummary } from '../../shared/lots';
import type { Page } from '../../shared/products';
import type { InspectionLevel, InspectionMode } from '../../shared/quality';
import { getProduct } from '../catalog/products';
import type { CoreContext } from '../context';
import { codeLetterSample, samplingPlan } from './sampling';
import { START } from './switching';
import type { Switching } from './switching';

export const DEFAULT_AQL: Record<DefectClass, number> = { critical: 0, major: 2.5, minor: 4.0 };
export const DEFAULT_LEVEL: InspectionLevel = 'II';

interface PlanRow {
  level: InspectionLevel;
  aql_critical: number;
  aql_major: number;
  aql_minor: number;
  checklist: string;
  updated_at: string;
}

export function getPlan(db: ReadDb, productId: number): InspectionPlan {
  const row = db.prepare('SELECT * FROM inspection_plans WHERE product_id = ?').get(productId) as PlanRow | undefined;
  if (!row) return { productId, level: DEFAULT_LEVEL, aql: { ...DEFAULT_AQL }, checklist: [], saved: false, updatedAt: null };
  return {
    productId,
    level: row.level,
    aql: { critical: row.aql_critical, major: row.aql_major, minor: row.aql_minor },
    checklist: JSON.parse(row.checklist) as ChecklistItem[],
    saved: true,
    updatedAt: row.updated_at,
  };
}

/** The products with a saved plan, by SKU: one page, with the level, AQLs and the number of checks. */
export function listPlans(db: ReadDb, input: ParsedInputOf<'inspectionPlans.list'>): Page<SavedPlanSummary> {
  const { total } = db.prepare('SELECT COUNT(*) AS total FROM inspection_plans').get() as { total: number };
  const rows = db
    .prepare(
      `SELECT p.id AS product_id, p.sku, p.name, p.local_name, ip.level, ip.aql_critical, ip.aql_major, ip.aql_minor,
         json_array_length(ip.checklist) AS checks, ip.updated_at
       FROM inspection_plans ip JOIN products p ON p.id = ip.product_id
       ORDER BY p.sku COLLATE NOCASE, p.id LIMIT ? OFFSET ?`,
    )
    .all(input.limit, input.offset) as (Omit<PlanRow, 'checklist'> & { product_id: number; sku: string; name: string; local_name: string | null; checks: number })[];
  return {
    items: rows.map((r) => ({
      productId: r.product_id,
      sku: r.sku,
      name: r.name,
      localName: r.local_name,
      level: r.level,
      aql: { critical: r.aql_critical, major: r.aql_major, minor: r.aql_minor },
      checks: r.checks,
      updatedAt: r.updated_at,
    })),
    total,
    offset: input.offset,
    limit: input.limit,
  };
}

export function getPlanFor(ctx: QueryContext, input: ParsedInputOf<'inspectionPlans.get'>): InspectionPlan & { mode: InspectionMode | null } {
  getProduct(ctx.db, input.productId);
  const plan = getPlan(ctx.db, input.productId);
  return { ...plan, mode: input.supplierId ? getSwitching(ctx.db, input.supplierId, input.productId).mode : null };
}

export function setPlan(ctx: CoreContext, input: ParsedInputOf<'inspectionPlans.set'>): InspectionPlan {
  getProduct(ctx.db, input.productId);
  const cur = getPlan(ctx.db, input.productId);
  const aql = { ...cur.aql, ...Object.fromEntries(Object.entries(input.aql ?? {}).filter(([, v]) => v !== undefined)) } as Record<DefectClass, number>;
  const issues: FieldIssue[] = [];
  for (const c of DEFECT_CLASSES)
    if (!(PLAN_AQLS as readonly number[]).includes(aql[c]))
      issues.push({ path: `aql.${c}`, key: 'aql_unknown', message: `AQL ${aql[c]} is not a column of the ISO 2859-1 tables (or 0)`, params: { value: String(aql[c]) } });
  const checklist: ChecklistItem[] = (input.checklist ?? cur.checklist).map((it) => ({
    key: it.key,
    label: it.label,
    kind: it.kind,
    min: it.min ?? null,
    max: it.max ?? null,
    unit: it.unit ?? null,
    choices: it.choices ?? [],
    passChoices: it.passChoices ?? [],
    photoRequired: it.photoRequired ?? false,
  }));
  const seen = new Set<string>();
  checklist.forEach((it, i) => {
    if (seen.has(it.key)) issues.push({ path: `checklist.${i}.key`, key: 'checklist_key_duplicate', message: `Checklist key "${it.key}" is used twice` });
    seen.add(it.key);
    if (it.kind === 'numeric' && it.min !== null && it.max !== null && it.min > it.max)
      issues.push({ path: `checklist.${i}.max`, key: 'max_below_min', message: 'The maximum is below the minimum' });
    if (it.kind === 'choice' && it.choices.length < 2) issues.push({ path: `checklist.${i}.choices`, key: 'too_few', message: 'A choice needs at least 2 options', params: { min: 2 } });
    it.passChoices.forEach((p, j) => {
      if (!it.choices.includes(p)) issues.push({ path: `checklist.${i}.passChoices.${j}`, key: 'not_allowed', message: `"${p}" is not one of the choices`, params: { values: it.choices.join(', ') } });
    });
  });
  if (issues.length) throw new ValidationError(issues);
  ctx.db
    .prepare(
      `INSERT INTO inspection_plans (product_id, level, aql_critical, aql_major, aql_minor, checklist, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (product_id) DO UPDATE SET level = excluded.level, aql_critical = excluded.aql_critical, aql_major = excluded.aql_major,
         aql_minor = excluded.aql_minor, checklist = excluded.checklist, updated_at = excluded.updated_at`,
    )
    .run(input.productId, input.level ?? cur.level, aql.critical, aql.major, aql.minor, JSON.stringify(checklist), ctx.now().toISOString());
  return getPlan(ctx.db, input.productId);
}

export function getSwitching(db: ReadDb, supplierId: number, productId: number): Switching {
  const row = db.prepare('SELECT mode, history FROM inspection_switching WHERE supplier_id = ? AND product_id = ?').get(supplierId, productId) as Switching | undefined;
  return row ?? { ...START };
}

export function saveSwitching(ctx: CoreContext, supplierId: number, productId: number, s: Switching): void {
  ctx.db
    .prepare(
      `INSERT INTO inspection_switching (supplier_id, product_id, mode, history, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (supplier_id, product_id) DO UPDATE SET mode = excluded.mode, history = excluded.history, updated_at = excluded.updated_at`,
    )
    .run(supplierId, productId, s.mode, s.history, ctx.now().toISOString());
}

/** The sample size and Ac/Re of every defect class for a lot of this size (found/verdict still 0/accept). */
export function classPlans(resourcesDir: string, plan: Pick<InspectionPlan, 'aql' | 'level'>, lotSize: number, mode: InspectionMode): ClassResult[] {
  const withAql = DEFECT_CLASSES.filter((c) => plan.aql[c] > 0);
  const planned = new Map(withAql.map((c) => [c, samplingPlan(resourcesDir, { lotSize, level: plan.level, aql: plan.aql[c], mode })]));
  const zeroSample = (): { codeLetter: string; sampleSize: number } => {
    const major = planned.get('major');
    if (major) return major;
    const largest = [...planned.values()].sort((a, b) => b.sampleSize - a.sampleSize)[0];
    return largest ?? codeLetterSample(resourcesDir, lotSize, plan.level, mode);
  };
  return DEFECT_CLASSES.map((c) => {
    const p = planned.get(c);
    if (p) return { class: c, aql: plan.aql[c], codeLetter: p.codeLetter, sampleSize: p.sampleSize, accept: p.accept, reject: p.reject, found: 0, verdict: 'accept' as const };
    const z = zeroSample();
    return { class: c, aql: 0, codeLetter: z.codeLetter, sampleSize: z.sampleSize, accept: 0, reject: 1, found: 0, verdict: 'accept' as const };
  });
}
