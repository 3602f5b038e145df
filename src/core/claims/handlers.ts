// Policies, claims and the documents written from them (declared in src/shared/claims/methods.ts).
import type { claimsMethods } from '../../shared/claims/methods';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { createClaim, getClaim, listClaims, updateClaim } from './claims';
import { incidentReport } from './incident';
import { productInfoSheet } from './infoSheet';
import { claimLetter } from './letter';
import { createPolicy, getPolicy, listPolicies, updatePolicy } from './policies';

export const claimsHandlers: HandlersOf<typeof claimsMethods> = {
  'policies.create': (input, ctx) => createPolicy(ctx, input),
  'policies.get': (input, ctx) => getPolicy(ctx.db, input.id),
  'policies.update': (input, ctx) => updatePolicy(ctx, input),
  'policies.list': (input, ctx) => listPolicies(ctx, input),
  'claims.create': (input, ctx) => createClaim(ctx, input),
  'claims.get': (input, ctx) => getClaim(ctx, input.id),
  'claims.update': (input, ctx) => updateClaim(ctx, input),
  'claims.list': (input, ctx) => listClaims(ctx, input),
  // Documents: read the database, write a file; no row changes, so no transaction around the drawing.
  'claims.letter': ownTransactions((input, ctx) => claimLetter(ctx, input)),
  'reports.incident': ownTransactions((input, ctx) => incidentReport(ctx, input)),
  'products.infoSheet': ownTransactions((input, ctx) => productInfoSheet(ctx, input)),
};
