// Shipments and their preflight (implemented in src/core/shipments/handlers.ts).
import { z } from 'zod';
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import type { PreflightResult } from '../preflight';
import { byId } from '../products';
import type { Page } from '../products';
import {
  shipmentAddItemInput,
  shipmentCreateInput,
  shipmentListInput,
  shipmentRemoveItemInput,
  shipmentSetStatusInput,
  shipmentUpdateInput,
} from '../shipments';
import type { PostalOperator, Shipment, ShipmentSummary } from '../shipments';

export const shipmentsMethods = {
  'shipments.create': mutation<Shipment>()(shipmentCreateInput),
  'shipments.get': query<Shipment>()(byId),
  'shipments.update': mutation<Shipment>()(shipmentUpdateInput),
  'shipments.addItem': mutation<Shipment>()(shipmentAddItemInput),
  'shipments.removeItem': mutation<Shipment>()(shipmentRemoveItemInput),
  'shipments.list': query<Page<ShipmentSummary>>()(shipmentListInput),
  'shipments.setStatus': mutation<Shipment>()(shipmentSetStatusInput),
  'shipments.preflight': query<PreflightResult>()(byId),
  /** The designated operators a shipment (or the profile's default) can name, from resources/rules. */
  'shipments.postalOperators': query<PostalOperator[]>()(z.strictObject({}).optional()),
} satisfies MethodTable;
