// Advance consultations: the request (product or shipment × destination × carrier, the day asked)
// and the answer, which becomes seller rules whose source is the consultation (one per product:
// a product rule, so the preflight of any later shipment of it cites the carrier's words). All
// problems of an input at once, each at its field; a refused write changes nothing.
import type { ParsedInputOf } from '../../shared/api';
import { staleAnswer } from '../../shared/consultations';
import type { Consultation, ConsultationAnswer, ConsultationOutcome, ConsultationStatus, ConsultationSummary } from '../../shared/consultations';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import type { Severity } from '../../shared/preflight';
import type { Page } from '../../shared/products';
import type { CoreContext, QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import { checkPostalOperator } from '../reference/operators';

const SELECT = `SELECT c.id, c.reference, c.product_id AS productId, p.sku AS productSku, p.name AS productName,
  c.shipment_id AS shipmentId, s.reference AS shipmentReference, c.destination, c.carrier, c.operator_code AS operatorCode,
  c.request_date AS requestDate, c.notes, c.answer_by AS answerBy, c.answer_date AS answerDate, c.answer_channel AS answerChannel,
  c.answer_text AS answerText, c.answer_outcome AS answerOutcome, c.answer_summary AS answerSummary, c.valid_until AS validUntil,
  c.reply_attachment_id AS replyAttachmentId, c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM consultations c LEFT JOIN products p ON p.id = c.product_id LEFT JOIN shipments s ON s.id = c.shipment_id`;

interface Row {
  id: number;
  reference: string;
  productId: number | null;
  productSku: string | null;
  productName: string | null;
  shipmentId: number | null;
  shipmentReference: string | null;
  destination: string;
  carrier: string;
  operatorCode: string | null;
  requestDate: string;
  notes: string | null;
  answerBy: string | null;
  answerDate: string | null;
  answerChannel: ConsultationAnswer['channel'] | null;
  answerText: string | null;
  answerOutcome: ConsultationOutcome | null;
  answerSummary: string | null;
  validUntil: string | null;
  replyAttachmentId: number | null;
  createdAt: string;
  updatedAt: string;
}

function fromRow(r: Row, today: string): ConsultationSummary & { notes: string | null } {
  const answer: ConsultationAnswer | null =
    r.answerDate === null || r.answerOutcome === null
      ? null
      : {
          by: r.answerBy ?? '', date: r.answerDate, channel: r.answerChannel ?? 'other', text: r.answerText ?? '', outcome: r.answerOutcome,
          summary: r.answerSummary ?? '', validUntil: r.validUntil, replyAttachmentId: r.replyAttachmentId,
        };
  const stale = answer ? staleAnswer(answer.date, answer.validUntil, today) : null;
  const status: ConsultationStatus = !answer ? 'waiting' : stale ? 'expired' : 'answered';
  return {
    id: r.id, reference: r.reference, productId: r.productId, productSku: r.productSku, productName: r.productName, shipmentId: r.shipmentId,
    shipmentReference: r.shipmentReference, destination: r.destination, carrier: r.carrier, operatorCode: r.operatorCode, requestDate: r.requestDate,
    notes: r.notes, status, answer, stale, createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
}

export function getConsultation(ctx: QueryContext, id: number): Consultation {
  const row = ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Consultation', id);
  const ruleIds = (ctx.db.prepare('SELECT id FROM seller_rules WHERE consultation_id = ? ORDER BY id').all(id) as { id: number }[]).map((r) => r.id);
  return { ...fromRow(row, ctx.today()), ruleIds };
}

export function listConsultations(ctx: QueryContext, input: ParsedInputOf<'consultations.list'>): Page<ConsultationSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.productId !== undefined) {
    where.push('c.product_id = @productId');
    params.productId = input.productId;
  }
  if (input.shipmentId !== undefined) {
    where.push('c.shipment_id = @shipmentId');
    params.shipmentId = input.shipmentId;
  }
  // Waiting is a column test; answered vs expired depends on today, so those are sorted out after the read.
  if (input.status === 'waiting') where.push('c.answer_date IS NULL');
  else if (input.status) where.push('c.answer_date IS NOT NULL');
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY (c.answer_date IS NULL) DESC, c.request_date DESC, c.id DESC`;
  const today = ctx.today();
  let items = (ctx.db.prepare(sql).all(params) as Row[]).map((r) => {
    const { notes: _notes, ...summary } = fromRow(r, today);
    return summary;
  });
  if (input.status === 'answered' || input.status === 'expired') items = items.filter((c) => c.status === input.status);
  return { items: items.slice(input.offset, input.offset + input.limit), total: items.length, offset: input.offset, limit: input.limit };
}

/** Consultations still waiting for a reply, oldest request first (the dashboard's list). */
export function waitingConsultations(db: ReadDb, limit: number): { count: number; items: { id: number; reference: string; carrier: string; destination: string; requestDate: string; subject: string }[] } {
  const count = (db.prepare('SELECT count(*) AS n FROM consultations WHERE answer_date IS NULL').get() as { n: number }).n;
  const items = db
    .prepare(
      `SELECT c.id, c.reference, c.carrier, c.destination, c.request_date AS requestDate, coalesce(p.sku, s.reference, '') AS subject
       FROM consultations c LEFT JOIN products p ON p.id = c.product_id LEFT JOIN shipments s ON s.id = c.shipment_id
       WHERE c.answer_date IS NULL ORDER BY c.request_date, c.id LIMIT ?`,
    )
    .all(limit) as { id: number; reference: string; carrier: string; destination: string; requestDate: string; subject: string }[];
  return { count, items };
}

interface Facts {
  productId: number | null;
  shipmentId: number | null;
  destination: string;
  carrier: string;
  operatorCode: string | null;
  requestDate: string;
  notes: string | null;
}

/** The product or shipment asked about: one of them, existing, and not an archived product. */
function checkLinks(ctx: CoreContext, f: Facts, issues: FieldIssue[]): void {
  if (f.productId === null && f.shipmentId === null)
    issues.push({ path: 'productId', key: 'required', message: 'A consultation is for a product or a shipment: give productId or shipmentId' });
  if (f.productId !== null) {
    const p = ctx.db.prepare('SELECT sku, status FROM products WHERE id = ?').get(f.productId) as { sku: string; status: string } | undefined;
    if (!p) issues.push({ path: 'productId', key: 'product_unknown', message: `Product ${f.productId} does not exist`, params: { value: f.productId } });
    else if (p.status === 'archived')
      issues.push({ path: 'productId', key: 'consultation_product_archived', message: `Product ${p.sku} is archived: restore it before asking about it`, params: { sku: p.sku } });
  }
  if (f.shipmentId !== null && !ctx.db.prepare('SELECT 1 FROM shipments WHERE id = ?').get(f.shipmentId))
    issues.push({ path: 'shipmentId', key: 'shipment_unknown', message: `Shipment ${f.shipmentId} does not exist`, params: { value: f.shipmentId } });
}

function checkDetails(ctx: CoreContext, f: Facts, issues: FieldIssue[]): void {
  const today = ctx.today();
  if (f.requestDate > today) issues.push({ path: 'requestDate', key: 'date_in_future', message: `The request date ${f.requestDate} is after today (${today})`, params: { today } });
  if (f.operatorCode !== null) {
    try {
      checkPostalOperator(ctx.resourcesDir, f.operatorCode, 'operatorCode');
    } catch (err) {
      if (err instanceof ValidationError) issues.push(...(err.details.issues ?? []));
      else throw err;
    }
  }
}

type AnswerIn = NonNullable<ParsedInputOf<'consultations.update'>['answer']>;

function checkAnswer(ctx: CoreContext, consultationId: number, requestDate: string, a: AnswerIn, issues: FieldIssue[]): void {
  const today = ctx.today();
  if (a.date < requestDate)
    issues.push({ path: 'answer.date', key: 'answer_before_request', message: `The answer is dated ${a.date}, before the request of ${requestDate}`, params: { requestDate } });
  else if (a.date > today) issues.push({ path: 'answer.date', key: 'date_in_future', message: `The answer date ${a.date} is after today (${today})`, params: { today } });
  if (a.validUntil && a.validUntil < a.date)
    issues.push({ path: 'answer.validUntil', key: 'valid_before_answer', message: `Valid until ${a.validUntil} is before the answer of ${a.date}`, params: { date: a.date } });
  if (a.replyAttachmentId !== null && a.replyAttachmentId !== undefined
    && !ctx.db.prepare(`SELECT 1 FROM attachments WHERE id = ? AND owner_kind = 'consultation' AND owner_id = ?`).get(a.replyAttachmentId, consultationId))
    issues.push({ path: 'answer.replyAttachmentId', key: 'attachment_unknown', message: `Attachment ${a.replyAttachmentId} is not a file of this consultation`, params: { value: a.replyAttachmentId } });
}

const SEVERITY: Record<ConsultationOutcome, Severity> = { allow: 'info', warn: 'warn', block: 'block' };

/** The products the answer speaks of: the consultation's product, else every product of its shipment. */
function productsOf(db: ReadDb, f: Pick<Facts, 'productId' | 'shipmentId'>): number[] {
  if (f.productId !== null) return [f.productId];
  if (f.shipmentId === null) return [];
  return (db.prepare('SELECT DISTINCT product_id AS id FROM shipment_items WHERE shipment_id = ? ORDER BY product_id').all(f.shipmentId) as { id: number }[]).map((r) => r.id);
}

/** Replaces the consultation's rules by the ones its answer makes (none without an answer). */
function writeRules(ctx: CoreContext, id: number, f: Facts, answer: ConsultationAnswer | null): void {
  ctx.db.prepare('DELETE FROM seller_rules WHERE consultation_id = ?').run(id);
  if (!answer) return;
  const now = ctx.now().toISOString();
  const insert = ctx.db.prepare(
    `INSERT INTO seller_rules (match, product_id, category, hs_prefix, destination, severity, message, active, created_at, updated_at, consultation_id)
     VALUES ('product', ?, NULL, NULL, ?, ?, ?, 1, ?, ?, ?)`,
  );
  for (const productId of productsOf(ctx.db, f)) insert.run(productId, f.destination, SEVERITY[answer.outcome], answer.summary, now, now, id);
}

const summaryOf = (a: AnswerIn): string => {
  if (a.summary) return a.summary;
  const first = a.text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? a.text;
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
};

export function createConsultation(ctx: CoreContext, input: ParsedInputOf<'consultations.create'>): Consultation {
  const f: Facts = {
    productId: input.productId ?? null, shipmentId: input.shipmentId ?? null, destination: input.destination, carrier: input.carrier,
    operatorCode: input.operatorCode ?? null, requestDate: input.requestDate ?? ctx.today(), notes: input.notes ?? null,
  };
  const issues: FieldIssue[] = [];
  checkLinks(ctx, f, issues);
  checkDetails(ctx, f, issues);
  if (issues.length) throw new ValidationError(issues);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO consultations (reference, product_id, shipment_id, destination, carrier, operator_code, request_date, notes, created_at, updated_at)
       VALUES (@reference, @productId, @shipmentId, @destination, @carrier, @operatorCode, @requestDate, @notes, @now, @now)`,
    )
    .run({ ...f, reference: `tmp-${now}-${Math.random()}`, now });
  const id = Number(lastInsertRowid);
  ctx.db.prepare('UPDATE consultations SET reference = ? WHERE id = ?').run(`CQ-${f.requestDate.slice(0, 4)}-${String(id).padStart(6, '0')}`, id);
  return getConsultation(ctx, id);
}

export function updateConsultation(ctx: CoreContext, input: ParsedInputOf<'consultations.update'>): Consultation {
  const current = getConsultation(ctx, input.id);
  const pick = <T>(v: T | undefined, was: T): T => (v === undefined ? was : v);
  const f: Facts = {
    productId: pick(input.productId, current.productId),
    shipmentId: pick(input.shipmentId, current.shipmentId),
    destination: pick(input.destination, current.destination),
    carrier: pick(input.carrier, current.carrier),
    operatorCode: pick(input.operatorCode, current.operatorCode),
    requestDate: pick(input.requestDate, current.requestDate),
    notes: pick(input.notes, current.notes),
  };
  const issues: FieldIssue[] = [];
  // An archived product refuses a new link only: an earlier consultation of it stays on record and editable.
  if (f.productId !== current.productId || f.shipmentId !== current.shipmentId) checkLinks(ctx, f, issues);
  checkDetails(ctx, f, issues);
  let answer: ConsultationAnswer | null = current.answer;
  if (input.answer !== undefined) {
    if (input.answer === null) answer = null;
    else {
      checkAnswer(ctx, current.id, f.requestDate, input.answer, issues);
      answer = {
        by: input.answer.by, date: input.answer.date, channel: input.answer.channel, text: input.answer.text, outcome: input.answer.outcome,
        summary: summaryOf(input.answer), validUntil: input.answer.validUntil ?? null, replyAttachmentId: input.answer.replyAttachmentId ?? null,
      };
    }
  } else if (answer && answer.date < f.requestDate)
    issues.push({ path: 'requestDate', key: 'answer_before_request', message: `The request date ${f.requestDate} is after the answer of ${answer.date}`, params: { requestDate: f.requestDate } });
  if (issues.length) throw new ValidationError(issues);
  ctx.db
    .prepare(
      `UPDATE consultations SET product_id = @productId, shipment_id = @shipmentId, destination = @destination, carrier = @carrier, operator_code = @operatorCode,
         request_date = @requestDate, notes = @notes, answer_by = @by, answer_date = @date, answer_channel = @channel, answer_text = @text,
         answer_outcome = @outcome, answer_summary = @summary, valid_until = @validUntil, reply_attachment_id = @replyAttachmentId, updated_at = @now
       WHERE id = @id`,
    )
    .run({
      ...f, id: current.id, now: ctx.now().toISOString(),
      by: answer?.by ?? null, date: answer?.date ?? null, channel: answer?.channel ?? null, text: answer?.text ?? null, outcome: answer?.outcome ?? null,
      summary: answer?.summary ?? null, validUntil: answer?.validUntil ?? null, replyAttachmentId: answer?.replyAttachmentId ?? null,
    });
  writeRules(ctx, current.id, f, answer);
  return getConsultation(ctx, current.id);
}
