// Insurance claims on shipments: the facts checked against the shipment's insurance (no claim on
// an uninsured parcel, none above its insured value), the filing deadline from the policy, the
// workflow draft → filed → under review → approved / rejected → paid → closed, and the history.
// What is saved all the same but worth a second look comes back as warnings: a claim filed late, an
// amount above the declared value of the goods.
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { CLAIM_EDITABLE_STATUSES, CLAIM_TRANSITIONS, aboveGoodsValue } from '../../shared/claims';
import type { Claim, ClaimEvent, ClaimStatus, ClaimSummary, ClaimWarning, EvidenceKind } from '../../shared/claims';
import { addDays, daysBetween } from '../../shared/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { CURRENCY_MINOR_DIGITS } from '../../shared/iso';
import type { Page } from '../../shared/products';
import { convertMinor } from '../../shared/settings';
import type { CoreContext } from '../context';
import { money } from '../documents/kit/money';
import { getProfile } from '../settings/profile';

const SELECT = `SELECT c.id, c.reference, c.shipment_id AS shipmentId, s.reference AS shipmentReference, s.tracking_number AS trackingNumber,
  c.policy_id AS policyId, p.insurer, p.policy_number AS policyNumber, c.type, c.incident_date AS incidentDate, c.description, c.currency,
  c.amount_claimed AS amountClaimed, c.amount_approved AS amountApproved, c.amount_paid AS amountPaid, c.insured_value AS insuredValue,
  c.filing_deadline AS filingDeadline, c.filed_on AS filedOn, c.status, c.notes, c.pack_path AS packPath, c.evidence_kinds AS evidenceKinds,
  c.created_at AS createdAt, c.updated_at AS updatedAt, s.goods_value AS shipmentGoodsValue, s.currency AS shipmentCurrency
  FROM claims c JOIN shipments s ON s.id = c.shipment_id JOIN policies p ON p.id = c.policy_id`;

type Row = Omit<Claim, 'evidenceKinds' | 'warnings' | 'history' | 'daysToDeadline' | 'goodsValue'> & {
  evidenceKinds: string;
  shipmentGoodsValue: number;
  shipmentCurrency: string;
};

/** Days a claim is (or was) filed after its deadline: a filed claim by its filing day, a draft by today. */
export function daysLate(c: Pick<Claim, 'filingDeadline' | 'filedOn' | 'status'>, today: string): number {
  const on = c.filedOn ?? (c.status === 'draft' ? today : null);
  if (!on) return 0;
  return Math.max(0, daysBetween(c.filingDeadline, on));
}

/**
 * The shipment's goods value in the claim's currency: the claim took the shipment's currency when it
 * was saved, and a shipment still being prepared may change its own since. Another currency is
 * converted with the profile's rates, or not at all (null) when none converts it.
 */
function goodsValueOf(ctx: QueryContext, row: Pick<Row, 'currency' | 'shipmentGoodsValue' | 'shipmentCurrency'>): number | null {
  if (row.shipmentCurrency === row.currency) return row.shipmentGoodsValue;
  return convertMinor(row.shipmentGoodsValue, row.shipmentCurrency, row.currency, getProfile(ctx).rates, CURRENCY_MINOR_DIGITS);
}

function warningsOf(c: Pick<Claim, 'filingDeadline' | 'filedOn' | 'status' | 'amountClaimed' | 'goodsValue' | 'currency' | 'shipmentReference'>, today: string): ClaimWarning[] {
  const warnings: ClaimWarning[] = [];
  const days = daysLate(c, today);
  if (days > 0) {
    const when = c.filedOn ? 'was filed' : 'is being filed';
    warnings.push({ key: 'filing_late', message: `This claim ${when} ${days} day(s) after its filing deadline ${c.filingDeadline}; the insurer may refuse it`, params: { days } });
  }
  const excess = aboveGoodsValue(c.amountClaimed, c.goodsValue);
  if (excess !== null)
    warnings.push({
      key: 'above_goods_value',
      message: `The amount claimed (${money(c.amountClaimed, c.currency)}) is ${money(excess, c.currency)} above the declared value of the goods of shipment ${c.shipmentReference} (${money(c.goodsValue!, c.currency)})`,
      params: { goodsValue: c.goodsValue!, excess, currency: c.currency },
    });
  return warnings;
}

export function getClaim(ctx: QueryContext, id: number): Claim {
  const row = ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Claim', id);
  const today = ctx.today();
  const history = ctx.db
    .prepare('SELECT id, at, kind, from_status AS fromStatus, to_status AS toStatus, note FROM claim_events WHERE claim_id = ? ORDER BY id')
    .all(id) as ClaimEvent[];
  const { shipmentGoodsValue: _g, shipmentCurrency: _c, ...claim } = row;
  const goodsValue = goodsValueOf(ctx, row);
  return {
    ...claim,
    goodsValue,
    evidenceKinds: JSON.parse(row.evidenceKinds) as Record<string, EvidenceKind>,
    daysToDeadline: daysBetween(today, row.filingDeadline),
    warnings: warningsOf({ ...row, goodsValue }, today),
    history,
  };
}

interface Facts {
  shipmentId: number;
  policyId: number;
  incidentDate: string;
  amountClaimed: number;
}

interface Checked {
  currency: string;
  insuredValue: number;
  filingDeadline: string;
}

/** Everything a claim's facts must satisfy; all problems at once, each at its field. */
function checkFacts(ctx: CoreContext, f: Facts): Checked {
  const issues: FieldIssue[] = [];
  const shipment = ctx.db.prepare('SELECT reference, currency, insured_value AS insuredValue FROM shipments WHERE id = ?').get(f.shipmentId) as
    | { reference: string; currency: string; insuredValue: number | null }
    | undefined;
  const policy = ctx.db.prepare('SELECT claim_window_days AS days FROM policies WHERE id = ?').get(f.policyId) as { days: number } | undefined;
  if (!shipment) issues.push({ path: 'shipmentId', key: 'shipment_unknown', message: `Shipment ${f.shipmentId} does not exist`, params: { value: f.shipmentId } });
  else if (!shipment.insuredValue)
    issues.push({
      path: 'shipmentId',
      key: 'shipment_uninsured',
      message: `Shipment ${shipment.reference} (shipmentId ${f.shipmentId}) is not insured (no insured value): there is nothing to claim`,
      params: { reference: shipment.reference, shipmentId: f.shipmentId },
    });
  else if (f.amountClaimed > shipment.insuredValue)
    issues.push({
      path: 'amountClaimed',
      key: 'claim_above_insured',
      message: `The amount claimed (${f.amountClaimed}) is above the insured value of shipment ${shipment.reference} (${shipment.insuredValue} ${shipment.currency}, minor units)`,
      params: { max: shipment.insuredValue, currency: shipment.currency },
    });
  if (!policy) issues.push({ path: 'policyId', key: 'policy_unknown', message: `Policy ${f.policyId} does not exist`, params: { value: f.policyId } });
  const today = ctx.today();
  if (f.incidentDate > today)
    issues.push({ path: 'incidentDate', key: 'date_in_future', message: `The incident date ${f.incidentDate} is after today (${today})`, params: { today } });
  if (issues.length) throw new ValidationError(issues);
  return { currency: shipment!.currency, insuredValue: shipment!.insuredValue!, filingDeadline: addDays(f.incidentDate, policy!.days) };
}

function addEvent(ctx: CoreContext, claimId: number, kind: ClaimEvent['kind'], from: ClaimStatus | null, to: ClaimStatus | null, note: string | null = null) {
  ctx.db.prepare('INSERT INTO claim_events (claim_id, at, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    claimId, ctx.now().toISOString(), kind, from, to, note,
  );
}

export function createClaim(ctx: CoreContext, input: ParsedInputOf<'claims.create'>): Claim {
  const checked = checkFacts(ctx, input);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO claims (reference, shipment_id, policy_id, type, incident_date, description, currency, amount_claimed, insured_value,
         filing_deadline, status, notes, pack_path, created_at, updated_at)
       VALUES (@reference, @shipmentId, @policyId, @type, @incidentDate, @description, @currency, @amountClaimed, @insuredValue,
         @filingDeadline, 'draft', @notes, @packPath, @now, @now)`,
    )
    .run({
      reference: `tmp-${now}-${Math.random()}`,
      shipmentId: input.shipmentId,
      policyId: input.policyId,
      type: input.type,
      incidentDate: input.incidentDate,
      description: input.description ?? null,
      amountClaimed: input.amountClaimed,
      notes: input.notes ?? null,
      packPath: input.packPath ?? null,
      now,
      ...checked,
    });
  const id = Number(lastInsertRowid);
  ctx.db.prepare('UPDATE claims SET reference = ? WHERE id = ?').run(`CL-${now.slice(0, 4)}-${String(id).padStart(6, '0')}`, id);
  addEvent(ctx, id, 'created', null, 'draft');
  return getClaim(ctx, id);
}

const FACT_FIELDS = ['shipmentId', 'policyId', 'type', 'incidentDate', 'amountClaimed'] as const;

export function updateClaim(ctx: CoreContext, input: ParsedInputOf<'claims.update'>): Claim {
  const current = getClaim(ctx, input.id);
  const today = ctx.today();
  const changesFacts = FACT_FIELDS.some((k) => input[k] !== undefined && input[k] !== current[k]);
  if (changesFacts && !CLAIM_EDITABLE_STATUSES.includes(current.status))
    throw new ConflictError(`Claim ${current.reference} is ${current.status}: its facts (shipment, policy, type, date, amount) can no longer be changed`, [
      { path: 'status', key: 'claim_not_editable', message: `A ${current.status} claim keeps the facts it was filed with`, params: { status: current.status } },
    ]);

  const next = {
    shipmentId: input.shipmentId ?? current.shipmentId,
    policyId: input.policyId ?? current.policyId,
    type: input.type ?? current.type,
    incidentDate: input.incidentDate ?? current.incidentDate,
    description: input.description === undefined ? current.description : input.description,
    amountClaimed: input.amountClaimed ?? current.amountClaimed,
    amountApproved: input.amountApproved === undefined ? current.amountApproved : input.amountApproved,
    amountPaid: input.amountPaid === undefined ? current.amountPaid : input.amountPaid,
    notes: input.notes === undefined ? current.notes : input.notes,
    packPath: input.packPath === undefined ? current.packPath : input.packPath,
    evidenceKinds: input.evidenceKinds ?? current.evidenceKinds,
    status: input.status ?? current.status,
    filedOn: current.filedOn,
  };

  // The workflow first: a jump is refused whatever else the call carries.
  if (next.status !== current.status) {
    const allowed = CLAIM_TRANSITIONS[current.status];
    if (!allowed.includes(next.status))
      throw new ConflictError(
        `A ${current.status} claim cannot become ${next.status}${allowed.length ? ` (next: ${allowed.join(', ')})` : ' (no further status)'}`,
        [{ path: 'status', key: 'status_transition', message: `${current.status} → ${next.status} skips the workflow`, params: { from: current.status, to: next.status, allowed: allowed.join(', ') } }],
      );
    if (next.status === 'filed') next.filedOn = today;
  }

  const checked = changesFacts
    ? checkFacts(ctx, next)
    : { currency: current.currency, insuredValue: current.insuredValue, filingDeadline: current.filingDeadline };

  const issues: FieldIssue[] = [];
  if (next.amountApproved !== null && next.amountApproved > next.amountClaimed)
    issues.push({ path: 'amountApproved', key: 'approved_above_claimed', message: 'The amount approved cannot be above the amount claimed', params: { max: next.amountClaimed } });
  if (next.amountPaid !== null && next.amountApproved !== null && next.amountPaid > next.amountApproved)
    issues.push({ path: 'amountPaid', key: 'paid_above_approved', message: 'The amount paid cannot be above the amount approved', params: { max: next.amountApproved } });
  if (next.status !== current.status && next.status === 'approved' && next.amountApproved === null)
    issues.push({ path: 'amountApproved', key: 'required', message: 'Say how much the insurer approved' });
  if (next.status !== current.status && next.status === 'paid' && next.amountPaid === null)
    issues.push({ path: 'amountPaid', key: 'required', message: 'Say how much the insurer paid' });
  if (input.evidenceKinds) {
    const own = new Set(
      (ctx.db.prepare(`SELECT id FROM attachments WHERE owner_kind = 'claim' AND owner_id = ?`).all(current.id) as { id: number }[]).map((r) => String(r.id)),
    );
    for (const key of Object.keys(input.evidenceKinds))
      if (!own.has(key)) issues.push({ path: `evidenceKinds.${key}`, key: 'evidence_unknown', message: `Attachment ${key} is not evidence of this claim`, params: { value: key } });
  }
  if (issues.length) throw new ValidationError(issues);

  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `UPDATE claims SET shipment_id = @shipmentId, policy_id = @policyId, type = @type, incident_date = @incidentDate, description = @description,
         currency = @currency, amount_claimed = @amountClaimed, amount_approved = @amountApproved, amount_paid = @amountPaid,
         insured_value = @insuredValue, filing_deadline = @filingDeadline, filed_on = @filedOn, status = @status, notes = @notes,
         pack_path = @packPath, evidence_kinds = @evidenceKinds, updated_at = @now WHERE id = @id`,
    )
    .run({ ...next, ...checked, evidenceKinds: JSON.stringify(next.evidenceKinds), now, id: current.id });
  const changedOther = (Object.keys(input) as (keyof typeof input)[]).some((k) => !['id', 'status', 'statusNote'].includes(k));
  if (changedOther) addEvent(ctx, current.id, 'updated', null, null);
  if (next.status !== current.status) addEvent(ctx, current.id, 'status', current.status, next.status, input.statusNote ?? null);
  return getClaim(ctx, current.id);
}

const SUMMARY = `SELECT c.id, c.reference, s.reference AS shipmentReference, p.insurer, c.type, c.incident_date AS incidentDate, c.currency,
  c.amount_claimed AS amountClaimed, c.filing_deadline AS filingDeadline, c.filed_on AS filedOn, c.status
  FROM claims c JOIN shipments s ON s.id = c.shipment_id JOIN policies p ON p.id = c.policy_id`;

const OPEN: readonly ClaimStatus[] = ['draft', 'filed', 'under_review', 'approved'];

export function listClaims(ctx: QueryContext, input: ParsedInputOf<'claims.list'>): Page<ClaimSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
  if (input.status === 'open') where.push(`c.status IN (${OPEN.map((s) => `'${s}'`).join(',')})`);
  else if (input.status !== 'all') {
    where.push('c.status = @status');
    params.status = input.status;
  }
  if (input.shipmentId !== undefined) {
    where.push('c.shipment_id = @shipmentId');
    params.shipmentId = input.shipmentId;
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { limit: _l, offset: _o, ...countParams } = params;
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM claims c ${w}`).get(countParams) as { n: number }).n;
  const rows = ctx.db.prepare(`${SUMMARY} ${w} ORDER BY c.created_at DESC, c.id DESC LIMIT @limit OFFSET @offset`).all(params) as Omit<ClaimSummary, 'daysToDeadline' | 'late'>[];
  const today = ctx.today();
  const items = rows.map((r) => ({ ...r, daysToDeadline: daysBetween(today, r.filingDeadline), late: daysLate(r, today) > 0 }));
  return { items, total, offset: input.offset, limit: input.limit };
}
