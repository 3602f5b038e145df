// "This id must name a record": the one check for every input field that links to another record.
// Some links have no foreign key (cases.lot_id), and a foreign key failure would be an INTERNAL
// "FOREIGN KEY constraint failed" naming nothing, so handlers check first and refuse by field.
import type { FieldIssue } from '../../shared/errors';
import { ValidationError } from '../../shared/errors';
import type { DB } from './open';

/** The tables a record can link to, with the stable key (errors.<key>) and the word for the message. */
const TABLES = {
  products: { key: 'product_unknown', what: 'Product' },
  suppliers: { key: 'supplier_unknown', what: 'Supplier' },
  shipments: { key: 'shipment_unknown', what: 'Shipment' },
  lots: { key: 'lot_not_found', what: 'Lot' },
  certificates: { key: 'certificate_unknown', what: 'Certificate' },
  policies: { key: 'policy_unknown', what: 'Policy' },
  attachments: { key: 'attachment_unknown', what: 'Attachment' },
} as const;
export type RefTable = keyof typeof TABLES;

/** One linked id of an input: its field path, the table it names, the id (null/undefined: no link, nothing to check). */
export interface Ref {
  path: string;
  table: RefTable;
  id: number | null | undefined;
}

/** The issues for the ids that name no record (empty when all exist). */
export function missingRefs(db: DB, refs: readonly Ref[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const { path, table, id } of refs) {
    if (id === null || id === undefined) continue;
    if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined) continue;
    const { key, what } = TABLES[table];
    issues.push({ path, key, message: `${what} ${id} does not exist`, params: { value: id } });
  }
  return issues;
}

/** Throws one ValidationError naming every field whose id names no record. */
export function requireRefs(db: DB, refs: readonly Ref[]): void {
  const issues = missingRefs(db, refs);
  if (issues.length) throw new ValidationError(issues);
}
