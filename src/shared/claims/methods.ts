// Insurance policies and claims, and the documents written from them (implemented in src/core/claims/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import {
  claimCreateInput,
  claimLetterInput,
  claimListInput,
  claimUpdateInput,
  incidentReportInput,
  infoSheetInput,
  policyCreateInput,
  policyListInput,
  policyUpdateInput,
} from '../claims';
import type { Claim, ClaimLetter, ClaimSummary, DocumentWritten, InfoSheet, Policy } from '../claims';
import { byId } from '../products';
import type { Page } from '../products';

export const claimsMethods = {
  'policies.create': mutation<Policy>()(policyCreateInput),
  'policies.get': query<Policy>()(byId),
  'policies.update': mutation<Policy>()(policyUpdateInput),
  'policies.list': query<Page<Policy>>()(policyListInput),
  /** Refused on an uninsured shipment or above its insured value; saved with a warning when late (`filing_late`) or above the goods (`above_goods_value`). */
  'claims.create': mutation<Claim>()(claimCreateInput),
  'claims.get': query<Claim>()(byId),
  'claims.update': mutation<Claim>()(claimUpdateInput),
  'claims.list': query<Page<ClaimSummary>>()(claimListInput),
  // The three below write a PDF and no row: mutations of the disk, not of the database.
  /** Writes the claim letter PDF with its evidence index and the evidence merged after it. */
  'claims.letter': mutation<ClaimLetter>()(claimLetterInput),
  /** Writes a product safety incident report PDF (saves nothing). */
  'reports.incident': mutation<DocumentWritten>()(incidentReportInput),
  /** Writes the consumer information sheet PDF and returns it as escaped HTML too. */
  'products.infoSheet': mutation<InfoSheet>()(infoSheetInput),
} satisfies MethodTable;
