// The method table: every call any door can make, declared once. Areas add their methods here.
import { z } from 'zod';
import { method } from './contract';
import type { MethodSpec } from './contract';
import { byId, productCreateInput, productListInput, productUpdateInput } from './products';
import type { Page, Product } from './products';
import { sellerRuleCreateInput, sellerRuleListInput, sellerRuleUpdateInput } from './preflight';
import type { PreflightResult, SellerRule } from './preflight';
import { settingsUpdateInput } from './settings';
import type { SellerProfile } from './settings';
import {
  shipmentAddItemInput,
  shipmentCreateInput,
  shipmentListInput,
  shipmentRemoveItemInput,
  shipmentSetStatusInput,
  shipmentUpdateInput,
} from './shipments';
import type { Shipment, ShipmentSummary } from './shipments';

export const methods = {
  'products.create': method<Product>()(productCreateInput),
  'products.get': method<Product>()(byId),
  'products.update': method<Product>()(productUpdateInput),
  'products.archive': method<Product>()(byId),
  'products.restore': method<Product>()(byId),
  'products.list': method<Page<Product>>()(productListInput),
  'settings.get': method<SellerProfile>()(z.strictObject({}).optional()),
  'settings.update': method<SellerProfile>()(settingsUpdateInput),
  'shipments.create': method<Shipment>()(shipmentCreateInput),
  'shipments.get': method<Shipment>()(byId),
  'shipments.update': method<Shipment>()(shipmentUpdateInput),
  'shipments.addItem': method<Shipment>()(shipmentAddItemInput),
  'shipments.removeItem': method<Shipment>()(shipmentRemoveItemInput),
  'shipments.list': method<Page<ShipmentSummary>>()(shipmentListInput),
  'shipments.setStatus': method<Shipment>()(shipmentSetStatusInput),
  'shipments.preflight': method<PreflightResult>()(byId),
  'rules.create': method<SellerRule>()(sellerRuleCreateInput),
  'rules.list': method<Page<SellerRule>>()(sellerRuleListInput),
  'rules.update': method<SellerRule>()(sellerRuleUpdateInput),
  'rules.remove': method<SellerRule>()(byId),
  'app.info': method<AppInfo>()(z.strictObject({}).optional()),
} satisfies Record<string, MethodSpec>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults and normalization). */
export type InputOf<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Methods[M]['input']>;
export type OutputOf<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
