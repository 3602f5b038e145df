// The writing side of products.importCsv: the products the import has checked, written in one
// IMMEDIATE transaction, then each vendor's supplier and links; committed together, or rolled back.
// It runs in the import's own thread (work run directly), or in a helper thread fed over a
// MessagePort while the import's thread goes on checking the next rows (inside a job worker), so
// that checking and writing overlap on two cores.
import type { MessagePort } from 'node:worker_threads';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/control';
import { createSupplier } from '../../suppliers/suppliers';
import { setLink } from '../../suppliers/links';
import { productWriter } from '../products';
import type { ProductValues } from '../products';

/** A checked product to write: its values computed by the checking side (productValues), and its vendor. */
export interface ImportRow {
  values: ProductValues;
  vendor: string | null;
}

/** What the checking side decided about vendors: each vendor's supplier id, or null to create one. */
export interface VendorPlan {
  links: [vendor: string, supplierId: number | null][];
  country: string;
}

export interface WriteOutcome {
  written: number;
  /** Each linked vendor's supplier (created or existing). */
  suppliers: [vendor: string, supplierId: number][];
}

/** Messages from the checking thread to the writing thread. */
export type ToWriter = { type: 'rows'; rows: ImportRow[] } | { type: 'commit'; plan: VendorPlan | null } | { type: 'rollback' };

/** Writes an import's products in one transaction on `ctx`'s connection, opened by the constructor. */
export class ImportWriter {
  private readonly write: ReturnType<typeof productWriter>;
  private readonly byVendor = new Map<string, number[]>();
  written = 0;

  constructor(private readonly ctx: CoreContext) {
    ctx.db.exec('BEGIN IMMEDIATE');
    this.write = productWriter(ctx.db);
  }

  rows(rows: readonly ImportRow[]): void {
    for (const { values, vendor } of rows) {
      const id = this.write(values);
      this.written++;
      if (!vendor) continue;
      const ids = this.byVendor.get(vendor);
      if (ids) ids.push(id);
      else this.byVendor.set(vendor, [id]);
    }
  }

  /** Links every vendor's products to its supplier (creating the ones planned as null) and commits. */
  commit(plan: VendorPlan | null, job: JobControl): WriteOutcome {
    const suppliers: WriteOutcome['suppliers'] = [];
    try {
      if (plan) {
        job.progress(0, plan.links.length, 'linking');
        for (const [vendor, planned] of plan.links) {
          const supplierId = planned ?? createSupplier(this.ctx, { name: vendor, country: plan.country }).id;
          suppliers.push([vendor, supplierId]);
          for (const productId of this.byVendor.get(vendor) ?? []) setLink(this.ctx, { productId, supplierId, isDefault: true });
        }
      }
      job.checkCancelled();
      this.ctx.db.exec('COMMIT');
    } catch (err) {
      this.rollback();
      throw err;
    }
    return { written: this.written, suppliers };
  }

  rollback(): void {
    if (this.ctx.db.inTransaction) this.ctx.db.exec('ROLLBACK');
  }
}

/**
 * The helper thread's task (products.importCsv.write): writes the rows that arrive on `port` until
 * told to commit (resolves with the outcome) or to roll back (resolves with null). A cancel, a failed
 * write, or the port closing early rolls back.
 */
export function writeImportRows(ctx: CoreContext, { port }: { port: MessagePort }, job: JobControl): Promise<WriteOutcome | null> {
  const writer = new ImportWriter(ctx);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      port.close();
      fn();
    };
    port.on('message', (m: ToWriter) => {
      if (settled) return;
      try {
        if (m.type === 'rows') {
          job.checkCancelled();
          writer.rows(m.rows);
          job.progress(writer.written, 0, 'writing');
        } else if (m.type === 'commit') {
          const outcome = writer.commit(m.plan, job);
          settle(() => resolve(outcome));
        } else {
          writer.rollback();
          settle(() => resolve(null));
        }
      } catch (err) {
        writer.rollback();
        settle(() => reject(err));
      }
    });
    port.on('close', () =>
      settle(() => {
        writer.rollback();
        resolve(null);
      }),
    );
  });
}
