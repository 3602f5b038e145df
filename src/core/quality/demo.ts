// Demo lots and inspections: six months of goods receipts from the demo suppliers (not the blocked
// one: no lot is taken from it), through the core's own create paths, so that the scorecards,
// charts and the switching state have something to show. Brightlight (on probation) does worse.
import { addDays } from '../../shared/dates';
import { inspectionCreateInput, lotCreateInput } from '../../shared/lots';
import type { CoreContext } from '../context';
import { createInspection } from './inspections';
import { createLot, releaseLot } from './lots';

const DEFECT_TYPES: Record<string, string[]> = {
  default: ['Scratched casing', 'Wrong label', 'Dented carton', 'Loose part'],
  apparel: ['Loose thread', 'Stain', 'Wrong size label'],
};

export function seedDemoLots(ctx: CoreContext): number {
  const links = ctx.db
    .prepare(
      `SELECT ps.supplier_id AS supplierId, ps.product_id AS productId, p.sku, s.name, s.status FROM product_suppliers ps
       JOIN suppliers s ON s.id = ps.supplier_id JOIN products p ON p.id = ps.product_id
       WHERE s.status <> 'blocked' ORDER BY s.id, p.sku`,
    )
    .all() as { supplierId: number; productId: number; sku: string; name: string; status: string }[];
  const today = ctx.today();
  let n = 0;
  let seed = 17;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  links.forEach((link, li) => {
    const weak = link.status === 'probation';
    for (let k = 0; k < 4; k++) {
      const received = addDays(today, -(170 - k * 45 - li * 3));
      const expected = addDays(received, rnd() < (weak ? 0.5 : 0.15) ? -4 : 2);
      const qty = 200 + Math.floor(rnd() * 10) * 100;
      const lot = createLot(ctx, lotCreateInput.parse({
        supplierId: link.supplierId, productId: link.productId, poReference: `PO-${2600 + n}`, quantityOrdered: qty, quantityReceived: qty,
        receivedDate: received, expectedDate: expected,
      }));
      n++;
      if (k === 3 && li % 2 === 0) continue; // the latest lot of some products still awaits inspection
      const types = link.sku.startsWith('AP-') ? DEFECT_TYPES.apparel! : DEFECT_TYPES.default!;
      const majors = Math.floor(rnd() * (weak ? 7 : 3));
      const minors = Math.floor(rnd() * 4);
      const defects = [
        ...(majors ? [{ class: 'major' as const, type: types[Math.floor(rnd() * types.length)]!, count: majors }] : []),
        ...(minors ? [{ class: 'minor' as const, type: types[Math.floor(rnd() * types.length)]!, count: minors }] : []),
      ];
      const inspection = createInspection(ctx, inspectionCreateInput.parse({ lotId: lot.id, date: addDays(received, 1), inspector: 'Demo inspector', defects }));
      if (inspection.lotStatus === 'accepted') releaseLot(ctx, lot.id);
    }
  });
  return n;
}
