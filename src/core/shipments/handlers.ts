// Shipments' methods (declared in src/shared/shipments/methods.ts), bound to their work.
import type { shipmentsMethods } from '../../shared/shipments/methods';
import type { HandlersOf } from '../handlers';
import { loadReferenceRules } from '../reference';
import { addItem, createShipment, getShipment, listShipments, preflightShipment, removeItem, setShipmentStatus, updateShipment } from './shipments';

export const shipmentsHandlers: HandlersOf<typeof shipmentsMethods> = {
  'shipments.create': (input, ctx) => createShipment(ctx, input),
  'shipments.get': (input, ctx) => getShipment(ctx.db, input.id),
  'shipments.update': (input, ctx) => updateShipment(ctx, input),
  'shipments.addItem': (input, ctx) => addItem(ctx, input),
  'shipments.removeItem': (input, ctx) => removeItem(ctx, input),
  'shipments.list': (input, ctx) => listShipments(ctx, input),
  'shipments.setStatus': (input, ctx) => setShipmentStatus(ctx, input),
  'shipments.preflight': (input, ctx) => preflightShipment(ctx, input.id),
  'shipments.postalOperators': (_input, ctx) => loadReferenceRules(ctx.resourcesDir).postalOperators.operators.map(({ id, country, name, nameZh }) => ({ id, country, name, nameZh: nameZh ?? null })),
};
