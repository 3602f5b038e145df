// Incoming inspections: the plan's sample sizes for the lot (ISO 2859-1, mode from the switching
// state), the defects found per class, checklist results, and the verdict that sets the lot status.
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { DEFECT_CLASSES } from '../../shared/lots';
import type { ChecklistResult, ClassResult, Defect, Inspection, LotStatus } from '../../shared/lots';
import type { InspectionLevel, InspectionMode } from '../../shared/quality';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';
import { getLot, needsQuarantine, releaseDocumentOnFile } from './lots';
import { classPlans, getPlan, getSwitching, saveSwitching } from './plans';
import { nextSwitching } from './switching';
import { requireRefs } from '../db/refs';
import type { InspectionPreview } from '../../shared/quality/methods';


/** What the inspector must do for this lot: sample sizes and Ac/Re per class, and the checklist. */
export function previewInspection(ctx: QueryContext, lotId: number): InspectionPreview {
  const lot = getLot(ctx.db, lotId);
  const plan = getPlan(ctx.db, lot.productId);
  const { mode } = getSwitching(ctx.db, lot.supplierId, lot.productId);
  const classes = classPlans(ctx.resourcesDir, plan, lot.quantityReceived, mode);
  return { lotId, mode, level: plan.level, lotSize: lot.quantityReceived, sampleSize: Math.max(...classes.map((c) => c.sampleSize)), classes, checklist: plan.checklist };
}

type Row = {
  id: number; lotId: number; supplierId: number; productId: number; date: string; inspector: string; mode: InspectionMode; level: InspectionLevel;
  lotSize: number; sampleSize: number; classes: string; checklist: string; verdict: 'accept' | 'reject'; lotStatus: LotStatus; nextMode: InspectionMode;
  notes: string | null; createdAt: string;
};
const SELECT = `
  SELECT i.id, i.lot_id AS lotId, l.supplier_id AS supplierId, l.product_id AS productId, i.date, i.inspector, i.mode, i.level,
         i.lot_size AS lotSize, i.sample_size AS sampleSize, i.classes, i.checklist, i.verdict, i.lot_status AS lotStatus,
         i.next_mode AS nextMode, i.notes, i.created_at AS createdAt
  FROM inspections i JOIN lots l ON l.id = i.lot_id`;

function withDefects(db: ReadDb, rows: Row[]): Inspection[] {
  const defects = db.prepare(
    'SELECT class, type, count, note, photo_attachment_id AS photoAttachmentId FROM inspection_defects WHERE inspection_id = ? ORDER BY id',
  );
  return rows.map((r) => ({
    ...r,
    classes: JSON.parse(r.classes) as ClassResult[],
    checklist: JSON.parse(r.checklist) as ChecklistResult[],
    defects: defects.all(r.id) as Defect[],
  }));
}

export function getInspection(db: ReadDb, id: number): Inspection {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Inspection', id);
  return withDefects(db, [row])[0]!;
}

export function listInspections(ctx: QueryContext, input: ParsedInputOf<'inspections.list'>): Page<Inspection> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.lotId) {
    conditions.push('i.lot_id = ?');
    params.push(input.lotId);
  }
  if (input.supplierId) {
    conditions.push('l.supplier_id = ?');
    params.push(input.supplierId);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM inspections i JOIN lots l ON l.id = i.lot_id ${where}`).get(...params) as { n: number }).n;
  const rows = ctx.db.prepare(`${SELECT} ${where} ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Row[];
  return { items: withDefects(ctx.db, rows), total, offset: input.offset, limit: input.limit };
}

function checkChecklist(preview: InspectionPreview, input: ParsedInputOf<'inspections.create'>, issues: FieldIssue[]): ChecklistResult[] {
  const given = new Map(input.checklist.map((r, i) => [r.key, { r, i }]));
  input.checklist.forEach((r, i) => {
    if (!preview.checklist.some((it) => it.key === r.key)) issues.push({ path: `checklist.${i}.key`, key: 'checklist_unknown', message: `"${r.key}" is not an item of this product's checklist` });
  });
  return preview.checklist.map((it) => {
    const g = given.get(it.key);
    const base = { key: it.key, label: it.label, kind: it.kind, unit: it.unit, passed: null as boolean | null, value: null as number | null, choice: null as string | null };
    if (!g) return base; // not checked
    const { r, i } = g;
    if (it.kind === 'pass_fail') return { ...base, passed: r.passed ?? null };
    if (it.kind === 'numeric') {
      if (r.value === null || r.value === undefined) return base;
      const passed = (it.min === null || r.value >= it.min) && (it.max === null || r.value <= it.max);
      return { ...base, value: r.value, passed };
    }
    if (r.choice === null || r.choice === undefined) return base;
    if (!it.choices.includes(r.choice)) {
      issues.push({ path: `checklist.${i}.choice`, key: 'not_allowed', message: `"${r.choice}" is not one of the choices`, params: { values: it.choices.join(', ') } });
      return base;
    }
    return { ...base, choice: r.choice, passed: it.passChoices.length === 0 || it.passChoices.includes(r.choice) };
  });
}

export function createInspection(ctx: CoreContext, input: ParsedInputOf<'inspections.create'>): Inspection {
  requireRefs(ctx.db, [{ path: 'lotId', table: 'lots', id: input.lotId }]);
  const lot = getLot(ctx.db, input.lotId);
  if (lot.status === 'released')
    throw new ConflictError(`Lot ${lot.id} is already released into stock: it can no longer be inspected`, [
      { path: 'lotId', key: 'lot_released', message: 'This lot is already released; it can no longer be inspected' },
    ]);
  const preview = previewInspection(ctx, lot.id);
  const issues: FieldIssue[] = [];
  const checklist = checkChecklist(preview, input, issues);
  input.defects.forEach((d, i) => {
    if (d.photoAttachmentId && !ctx.db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(d.photoAttachmentId))
      issues.push({ path: `defects.${i}.photoAttachmentId`, key: 'attachment_unknown', message: `Attachment ${d.photoAttachmentId} does not exist` });
  });
  const found = Object.fromEntries(DEFECT_CLASSES.map((c) => [c, input.defects.filter((d) => d.class === c).reduce((n, d) => n + d.count, 0)]));
  DEFECT_CLASSES.forEach((c) => {
    const cls = preview.classes.find((x) => x.class === c)!;
    if (found[c]! > cls.sampleSize)
      issues.push({ path: 'defects', key: 'defects_above_sample', message: `${found[c]} ${c} defects is more than the ${cls.sampleSize} units sampled`, params: { sample: cls.sampleSize } });
  });
  if (issues.length) throw new ValidationError(issues);

  const classes: ClassResult[] = preview.classes.map((c) => ({ ...c, found: found[c.class]!, verdict: found[c.class]! >= c.reject ? 'reject' : 'accept' }));
  const verdict = classes.some((c) => c.verdict === 'reject') ? 'reject' : 'accept';
  // On a reduced plan, a count above Ac but below Re accepts the lot and returns to normal inspection.
  const between = classes.some((c) => c.found > c.accept && c.found < c.reject);
  let lotStatus: LotStatus;
  if (verdict === 'reject') lotStatus = 'rejected';
  else if (needsQuarantine(ctx, lot.productId) && !releaseDocumentOnFile(ctx, lot)) lotStatus = 'quarantined';
  else lotStatus = 'accepted';

  // Only a lot's first inspection counts for switching (a re-inspection after sorting is not an original inspection).
  const first = lot.inspectionCount === 0;
  const state = getSwitching(ctx.db, lot.supplierId, lot.productId);
  const next = first ? nextSwitching(state, verdict === 'reject' ? 'R' : between ? 'M' : 'A') : state;
  if (first) saveSwitching(ctx, lot.supplierId, lot.productId, next);

  const defectCount = input.defects.reduce((n, d) => n + d.count, 0);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO inspections (lot_id, date, inspector, mode, level, lot_size, sample_size, defect_count, original, classes, checklist, verdict, lot_status, next_mode, notes, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(lot.id, input.date, input.inspector, preview.mode, preview.level, preview.lotSize, preview.sampleSize, defectCount, first ? 1 : 0, JSON.stringify(classes),
      JSON.stringify(checklist), verdict, lotStatus, next.mode, input.notes ?? null, now);
  const inspectionId = Number(lastInsertRowid);
  const insertDefect = ctx.db.prepare('INSERT INTO inspection_defects (inspection_id, class, type, count, note, photo_attachment_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const d of input.defects) insertDefect.run(inspectionId, d.class, d.type, d.count, d.note ?? null, d.photoAttachmentId ?? null);
  ctx.db
    .prepare('UPDATE lots SET status = ?, quantity_accepted = NULL, quantity_rejected = NULL, updated_at = ? WHERE id = ?')
    .run(lotStatus, now, lot.id);
  return getInspection(ctx.db, inspectionId);
}
