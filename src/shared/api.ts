// The method table: every call any door can make, declared once. Areas add their methods here.
import { z } from 'zod';
import { method } from './contract';
import type { MethodSpec } from './contract';
import { byId, productCreateInput, productListInput, productUpdateInput } from './products';
import type { Page, Product } from './products';
import { samplingPlanInput } from './quality';
import { inspectionCreateInput, inspectionListInput, inspectionPlanGetInput, inspectionPlanSetInput, lotCreateInput, lotListInput, lotUpdateInput } from './lots';
import type { ClassResult, ChecklistItem, Inspection, InspectionPlan, Lot } from './lots';
import type { InspectionLevel, InspectionMode } from './quality';
import { defectStatsInput, reviewPdfInput, scorecardInput, supplierReviewInput } from './reviews';
import type { DefectStats, ReviewResult, Scorecard } from './reviews';
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
import {
  caseCreateInput,
  caseListInput,
  caseUpdateInput,
  dashboardInput,
  holdCreateInput,
  holdListInput,
  holdPreventInput,
  holdUpdateInput,
  serviceLevelsInput,
} from './aftersales';
import type { AfterSalesCase, CaseSummary, Dashboard, Hold, HoldStats, ServiceLevels } from './aftersales';
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
} from './claims';
import type { Claim, ClaimLetter, ClaimSummary, DocumentWritten, InfoSheet, Policy } from './claims';
import { batchBuildInput, packBuildInput, packIdInput, packListInput } from './documents';
import type { PackBuilt, PackRecord } from './documents';
import { backupCreateInput, backupListInput, backupPathInput } from './backup';
import type { BackupEntry, BackupInspected, DatabaseCheck, RecoveryInfo } from './backup';

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
  'lots.create': method<Lot>()(lotCreateInput),
  'lots.get': method<Lot>()(byId),
  'lots.update': method<Lot>()(lotUpdateInput),
  'lots.list': method<Page<Lot>>()(lotListInput),
  /** Into stock. BLOCKED while a quarantined lot's health certificate / certificate of analysis is missing. */
  'lots.release': method<Lot>()(byId),
  /** The product's plan (defaults when none saved) and, with supplierId, the current switching mode. */
  'inspectionPlans.get': method<InspectionPlan & { mode: InspectionMode | null }>()(inspectionPlanGetInput),
  'inspectionPlans.set': method<InspectionPlan>()(inspectionPlanSetInput),
  /** What to inspect for a lot: mode, sample size and Ac/Re per class, checklist. */
  'inspections.preview': method<InspectionPreview>()(z.strictObject({ lotId: byId.shape.id })),
  'inspections.create': method<Inspection>()(inspectionCreateInput),
  'inspections.get': method<Inspection>()(byId),
  'inspections.list': method<Page<Inspection>>()(inspectionListInput),
  /** Records a review; apply: true sets the supplier's status from the band. */
  'suppliers.review': method<ReviewResult>()(supplierReviewInput),
  'suppliers.scorecard': method<Scorecard>()(scorecardInput),
  'suppliers.reviewPdf': method<{ path: string; bytes: number; pages: number }>()(reviewPdfInput),
  'quality.defectStats': method<DefectStats>()(defectStatsInput),
  /** Records an inspection hold on a shipped parcel; the shipment becomes held. */
  'holds.create': method<Hold>()(holdCreateInput),
  'holds.get': method<Hold>()(byId),
  /** An outcome moves the shipment on: released → shipped, returned → returned, destroyed → destroyed. */
  'holds.update': method<Hold>()(holdUpdateInput),
  'holds.list': method<Page<Hold>>()(holdListInput),
  'holds.stats': method<HoldStats>()(z.strictObject({}).optional()),
  /** "Prevent this next time": a seller rule pre-filled from the hold. */
  'holds.preventRule': method<{ hold: Hold; rule: SellerRule }>()(holdPreventInput),
  'cases.create': method<AfterSalesCase>()(caseCreateInput),
  'cases.get': method<AfterSalesCase>()(byId),
  'cases.update': method<AfterSalesCase>()(caseUpdateInput),
  'cases.list': method<Page<CaseSummary>>()(caseListInput),
  'cases.serviceLevels': method<ServiceLevels>()(z.strictObject({}).optional()),
  'cases.setServiceLevels': method<ServiceLevels>()(serviceLevelsInput),
  'dashboard.get': method<Dashboard>()(dashboardInput),
  'policies.create': method<Policy>()(policyCreateInput),
  'policies.get': method<Policy>()(byId),
  'policies.update': method<Policy>()(policyUpdateInput),
  'policies.list': method<Page<Policy>>()(policyListInput),
  /** Refused on an uninsured shipment or above its insured value; a late claim is saved with a `filing_late` warning. */
  'claims.create': method<Claim>()(claimCreateInput),
  'claims.get': method<Claim>()(byId),
  'claims.update': method<Claim>()(claimUpdateInput),
  'claims.list': method<Page<ClaimSummary>>()(claimListInput),
  /** Writes the claim letter PDF with its evidence index and the evidence merged after it. */
  'claims.letter': method<ClaimLetter>()(claimLetterInput),
  /** Writes a product safety incident report PDF (saves nothing). */
  'reports.incident': method<DocumentWritten>()(incidentReportInput),
  /** Writes the consumer information sheet PDF and returns it as escaped HTML too. */
  'products.infoSheet': method<InfoSheet>()(infoSheetInput),
  /** Builds the shipment's document pack (refused with the findings when the preflight blocks) and archives it. */
  'documents.buildPack': method<PackBuilt>()(packBuildInput),
  /** Archived packs of a shipment, newest first. */
  'documents.list': method<PackRecord[]>()(packListInput),
  /** The archived file's path (to open in the system PDF viewer). */
  'documents.open': method<{ path: string }>()(packIdInput),
  /** The archived PDF as base64 (for the preview). */
  'documents.read': method<{ id: number; sha256: string; pages: number; base64: string }>()(packIdInput),
  /** Starts a job (jobs.get → result: BatchReport). Blocked shipments are skipped and reported. */
  'documents.buildBatch': method<JobStarted>()(batchBuildInput),
  'app.info': method<AppInfo>()(z.strictObject({}).optional()),
  /** Starts a job (jobs.get → result: BackupCreated). Without path: a new file in <dataDir>/backups/. */
  'backup.create': method<JobStarted>()(backupCreateInput),
  /** The backups in <dataDir>/backups/, newest first, with the kind the retention rule keeps them as. */
  'backup.list': method<Page<BackupEntry>>()(backupListInput),
  /** What restoring this file would bring back, and what is there now (for the confirmation). */
  'backup.inspect': method<BackupInspected>()(backupPathInput),
  /** Starts a job (jobs.get → result: RestoreReport): verifies the file, keeps the current data as a backup, swaps all or nothing. */
  'backup.restore': method<JobStarted>()(backupPathInput),
} satisfies Record<string, MethodSpec>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  /** 0 in recovery mode. */
  schemaVersion: number;
  /** The zone the core's today() is in, so the renderer decides the same day (todayIn). */
  timeZone: string;
  /** The core's today() when asked. */
  today: string;
  /** Set when the data file cannot be read: the UI shows the recovery screen. */
  recovery: RecoveryInfo | null;
  /** The open-time check of the data file ('checking' while a large file is checked in the background). */
  check: DatabaseCheck;
}

export interface InspectionPreview {
  lotId: number;
  mode: InspectionMode;
  level: InspectionLevel;
  lotSize: number;
  sampleSize: number;
  classes: ClassResult[];
  checklist: ChecklistItem[];
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
