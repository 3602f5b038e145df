// The seller profile: one JSON document in `settings`, merged field by field on update. Before the
// seller saves anything, the exchange rates are the dated starting values of resources/rules.
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { EMPTY_PROFILE } from '../../shared/settings';
import type { SellerProfile } from '../../shared/settings';
import type { CoreContext } from '../context';
import { loadReferenceRules } from '../reference';
import { checkPostalOperator } from '../reference/operators';

const KEY = 'seller_profile';

export function getProfile(ctx: QueryContext): SellerProfile {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (row) return { ...EMPTY_PROFILE, ...(JSON.parse(row.value) as Partial<SellerProfile>) };
  const ref = loadReferenceRules(ctx.resourcesDir).exchangeRates;
  return { ...EMPTY_PROFILE, rates: ref.rates.map((r) => ({ ...r, date: ref.date })) };
}

export function updateProfile(ctx: CoreContext, input: ParsedInputOf<'settings.update'>): SellerProfile {
  const next: SellerProfile = { ...getProfile(ctx) };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  checkPostalOperator(ctx.resourcesDir, input.defaultPostalOperator, 'defaultPostalOperator');
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  next.rates.forEach((r, i) => {
    const pair = `${r.from}>${r.to}`;
    if (r.from === r.to) issues.push({ path: `rates.${i}.to`, key: 'rate_same_currency', message: 'A rate converts between two different currencies' });
    else if (seen.has(pair)) issues.push({ path: `rates.${i}.to`, key: 'rate_duplicate', message: `The rate ${r.from} → ${r.to} is given twice` });
    seen.add(pair);
  });
  const vat = new Set<string>();
  next.vatNumbers.forEach((v, i) => {
    if (vat.has(v.country)) issues.push({ path: `vatNumbers.${i}.country`, key: 'vat_duplicate', message: `A VAT number for ${v.country} is given twice` });
    vat.add(v.country);
  });
  if (issues.length) throw new ValidationError(issues);
  next.updatedAt = ctx.now().toISOString();
  ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
