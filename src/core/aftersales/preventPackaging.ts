// "Prevent this next time" for a hold whose reason is packaging (issue 18): a packaging rule for the
// product, whose source is the hold. Here, beside the holds, so the preflight (which reads the rules)
// does not depend on the holds.
import type { CoreContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { ConflictError, ValidationError } from '../../shared/errors';
import type { Hold } from '../../shared/aftersales';
import type { PackagingRule } from '../../shared/packing';
import { createPackagingRule } from '../preflight/packagingRules';
import { getShipment } from '../shipments/shipments';
import { getHold } from './holds';

/** "Prevent this next time" for a packaging hold: the product must travel in the packaging named. */
export function preventPackagingFromHold(ctx: CoreContext, input: ParsedInputOf<'holds.preventPackaging'>): { hold: Hold; rule: PackagingRule } {
  const hold = getHold(ctx.db, input.holdId);
  if (hold.reason !== 'packaging')
    throw new ConflictError(`Hold ${hold.id} is for ${hold.reason}, not packaging`, [
      { path: 'holdId', key: 'hold_not_packaging', message: `Hold ${hold.id} was not for packaging (${hold.reason})`, params: { reason: hold.reason } },
    ]);
  const shipment = getShipment(ctx.db, hold.shipmentId);
  const item = input.productId ? shipment.items.find((i) => i.productId === input.productId) : shipment.items[0];
  if (!item)
    throw new ValidationError([
      input.productId
        ? { path: 'productId', key: 'hold_product_not_in_shipment', message: `Product ${input.productId} is not in shipment ${shipment.reference}`, params: { value: input.productId } }
        : { path: 'holdId', key: 'hold_no_items', message: `Shipment ${shipment.reference} has no items to make a rule from` },
    ]);
  const message = (input.message ?? `Held at inspection for its packaging in ${shipment.consignee.country} (${hold.date})${hold.detail ? `: ${hold.detail}` : ''}`).slice(0, 500);
  const rule = createPackagingRule(
    ctx,
    {
      kind: 'product_packaging', productId: item.productId, destination: input.anyDestination ? '*' : shipment.consignee.country,
      packagingTypes: input.packagingTypes, severity: input.severity, message, active: true,
    },
    `hold:${hold.id}`,
  );
  ctx.db.prepare('UPDATE holds SET packaging_rule_id = ?, updated_at = ? WHERE id = ?').run(rule.id, ctx.now().toISOString(), hold.id);
  return { hold: getHold(ctx.db, hold.id), rule };
}
