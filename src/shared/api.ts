// The method table: every call any door can make, declared once. Areas add their methods here.
import { z } from 'zod';
import { method } from './contract';
import type { MethodSpec } from './contract';
import { byId, productCreateInput, productListInput, productUpdateInput } from './products';
import type { Page, Product } from './products';
import { samplingPlanInput } from './quality';
import type { SamplingPlan } from './quality';
import { attachmentAddInput, attachmentListInput } from './attachments';
import type { Attachment } from './attachments';
import { certificateCreateInput, certificateExpiringInput, certificateListInput, certificateUpdateInput } from './certificates';
import type { Certificate } from './certificates';
import { productSupplierKey, productSupplierListInput, productSupplierSetInput, supplierCreateInput, supplierListInput, supplierUpdateInput } from './suppliers';
import type { ProductSupplier, Supplier } from './suppliers';
import { csvExportInput, csvImportInput, csvPreviewInput, supplierCsvImportInput } from './imports';
import type { CsvPreview, SupplierImportField } from './imports';
import { jobIdInput } from './jobs';
import type { Job, JobStarted } from './jobs';
import { hsGetInput, hsSearchInput } from './hs';
import type { HsDetail, HsSearchResult } from './hs';
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
  'quality.samplingPlan': method<SamplingPlan>()(samplingPlanInput),
  'suppliers.create': method<Supplier>()(supplierCreateInput),
  'suppliers.get': method<Supplier>()(byId),
  'suppliers.update': method<Supplier>()(supplierUpdateInput),
  'suppliers.archive': method<Supplier>()(byId),
  'suppliers.restore': method<Supplier>()(byId),
  'suppliers.list': method<Page<Supplier>>()(supplierListInput),
  'suppliers.previewCsv': method<CsvPreview<SupplierImportField>>()(csvPreviewInput),
  /** Starts a job (jobs.get → result: SupplierImportReport). All rows valid → all created in one transaction; else nothing. */
  'suppliers.importCsv': method<JobStarted>()(supplierCsvImportInput),
  /** Starts a job (jobs.get → result: SupplierExportReport). */
  'suppliers.exportCsv': method<JobStarted>()(csvExportInput),
  'productSuppliers.list': method<ProductSupplier[]>()(productSupplierListInput),
  'productSuppliers.set': method<ProductSupplier>()(productSupplierSetInput),
  'productSuppliers.remove': method<{ removed: boolean }>()(productSupplierKey),
  'certificates.create': method<Certificate>()(certificateCreateInput),
  'certificates.get': method<Certificate>()(byId),
  'certificates.update': method<Certificate>()(certificateUpdateInput),
  'certificates.list': method<Page<Certificate>>()(certificateListInput),
  'certificates.expiring': method<Page<Certificate>>()(certificateExpiringInput),
  'attachments.add': method<Attachment>()(attachmentAddInput),
  'attachments.list': method<Attachment[]>()(attachmentListInput),
  'attachments.remove': method<{ removed: boolean; fileDeleted: boolean }>()(byId),
  'attachments.open': method<{ path: string }>()(byId),
  /** Header, detected format, proposed mapping and first rows of a CSV file, for the import wizard. */
  'products.previewCsv': method<CsvPreview>()(csvPreviewInput),
  /** Starts a job (jobs.get → result: ImportReport). All rows valid → all written in one transaction; else nothing. */
  'products.importCsv': method<JobStarted>()(csvImportInput),
  /** Starts a job (jobs.get → result: ExportReport). */
  'products.exportCsv': method<JobStarted>()(csvExportInput),
  'jobs.get': method<Job>()(jobIdInput),
  'jobs.cancel': method<Job>()(jobIdInput),
  /** Fills an empty catalog with a realistic demo; CONFLICT when the catalog is not empty. */
  'demo.load': method<DemoLoaded>()(z.strictObject({}).optional()),
  'hs.search': method<HsSearchResult>()(hsSearchInput),
  'hs.get': method<HsDetail>()(hsGetInput),
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

export interface DemoLoaded {
  /** Records created, by kind (e.g. { products: 32 }). */
  counts: Record<string, number>;
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
