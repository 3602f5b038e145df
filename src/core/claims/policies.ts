// Insurance policies: who insures the parcels, the deductible, and how many days after an incident
// a claim may still be filed.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import type { Policy } from '../../shared/claims';
import { NotFoundError } from '../../shared/errors';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';

const SELECT = `SELECT p.id, p.insurer, p.policy_number AS policyNumber, p.insurer_address AS insurerAddress, p.insurer_email AS insurerEmail,
  p.coverage_notes AS coverageNotes, p.deductible, p.deductible_currency AS deductibleCurrency, p.claim_window_days AS claimWindowDays,
  (SELECT count(*) FROM claims c WHERE c.policy_id = p.id) AS claimCount, p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM policies p`;

export function getPolicy(db: ReadDb, id: number): Policy {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Policy | undefined;
  if (!row) throw new NotFoundError('Policy', id);
  return row;
}

export function createPolicy(ctx: CoreContext, input: ParsedInputOf<'policies.create'>): Policy {
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO policies (insurer, policy_number, insurer_address, insurer_email, coverage_notes, deductible, deductible_currency, claim_window_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.insurer, input.policyNumber, input.insurerAddress ?? null, input.insurerEmail ?? null, input.coverageNotes ?? null, input.deductible,
      input.deductibleCurrency, input.claimWindowDays, now, now);
  return getPolicy(ctx.db, Number(lastInsertRowid));
}

/**
 * A changed claim window applies to claims saved from now on; a claim's deadline is recomputed
 * when the claim itself is next saved (its row keeps the deadline it was filed against).
 */
export function updatePolicy(ctx: CoreContext, input: ParsedInputOf<'policies.update'>): Policy {
  const p = getPolicy(ctx.db, input.id);
  const next = {
    insurer: input.insurer ?? p.insurer,
    policyNumber: input.policyNumber ?? p.policyNumber,
    insurerAddress: input.insurerAddress === undefined ? p.insurerAddress : input.insurerAddress,
    insurerEmail: input.insurerEmail === undefined ? p.insurerEmail : input.insurerEmail,
    coverageNotes: input.coverageNotes === undefined ? p.coverageNotes : input.coverageNotes,
    deductible: input.deductible ?? p.deductible,
    deductibleCurrency: input.deductibleCurrency ?? p.deductibleCurrency,
    claimWindowDays: input.claimWindowDays ?? p.claimWindowDays,
  };
  ctx.db
    .prepare(
      `UPDATE policies SET insurer = @insurer, policy_number = @policyNumber, insurer_address = @insurerAddress, insurer_email = @insurerEmail,
         coverage_notes = @coverageNotes, deductible = @deductible, deductible_currency = @deductibleCurrency, claim_window_days = @claimWindowDays,
         updated_at = @now WHERE id = @id`,
    )
    .run({ ...next, id: p.id, now: ctx.now().toISOString() });
  return getPolicy(ctx.db, p.id);
}

export function listPolicies(ctx: QueryContext, input: ParsedInputOf<'policies.list'>): Page<Policy> {
  const total = (ctx.db.prepare('SELECT count(*) AS n FROM policies').get() as { n: number }).n;
  const items = ctx.db.prepare(`${SELECT} ORDER BY p.insurer COLLATE NOCASE, p.policy_number, p.id LIMIT ? OFFSET ?`).all(input.limit, input.offset) as Policy[];
  return { items, total, offset: input.offset, limit: input.limit };
}
