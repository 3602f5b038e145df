// The preflight in one word and three counts for a page of the shipments list, computed when the
// list is read (never stored): the preflight depends on the products, certificates, seller rules,
// the profile, the rules files and the day, so a stored verdict would go stale by any of them; run
// for the rows asked for, it is always the editor's verdict. The facts shared by the rows (profile,
// seller rules, rules files, products, certificates) are read once per page. See
// bench/shipments-list.bench.ts for what it costs on 100,000 shipments.
import type { QueryContext } from '../context';
import type { PreflightSummary, Shipment } from '../../shared/shipments';
import { EDITABLE_STATUSES } from '../../shared/shipments';
import type { PreflightResult } from '../../shared/preflight';
import { loadReferenceRules } from '../reference';
import { getProfile } from '../settings/profile';
import { preflight } from '../preflight/engine';
import { loadCertificateFacts, loadProductFacts } from '../preflight/load';
import { listActiveSellerRules } from '../preflight/sellerRules';
import { getShipment } from './shipments';

export function summarize(r: Pick<PreflightResult, 'findings'>): PreflightSummary {
  const n = (s: 'block' | 'warn' | 'info') => r.findings.filter((f) => f.severity === s).length;
  const block = n('block');
  const warn = n('warn');
  return { verdict: block > 0 ? 'blocked' : warn > 0 ? 'warnings' : 'ready', block, warn, info: n('info') };
}

/** The preflight summary of each shipment still being prepared among `ids` (others are left out). */
export function preflightSummaries(ctx: QueryContext, ids: readonly number[]): Map<number, PreflightSummary> {
  const out = new Map<number, PreflightSummary>();
  const shipments: Shipment[] = [];
  for (const id of ids) {
    const s = getShipment(ctx.db, id);
    if (EDITABLE_STATUSES.includes(s.status)) shipments.push(s);
  }
  if (shipments.length === 0) return out;
  const productIds = shipments.flatMap((s) => s.items.map((i) => i.productId));
  const products = loadProductFacts(ctx.db, productIds);
  const profile = getProfile(ctx);
  const reference = loadReferenceRules(ctx.resourcesDir);
  const sellerRules = listActiveSellerRules(ctx.db);
  const today = ctx.today();
  // Certificates by product once; the checker decides per ship date what an expiry means.
  const certificates = loadCertificateFacts(ctx.db, productIds, today);
  for (const s of shipments) {
    const mine = new Set(s.items.map((i) => i.productId));
    const result = preflight({
      shipment: s,
      products,
      profile,
      reference,
      sellerRules,
      certificates: certificates.filter((c) => c.productIds.some((p) => mine.has(p))),
      date: s.shipDate ?? today,
    });
    out.set(s.id, summarize(result));
  }
  return out;
}
