// Binds every method of the contract to its handler. A call is: look up the method, validate the
// input with the contract's schema, run the handler (mutations inside one transaction, so a
// failure leaves the database as it was), and return an Envelope. Nothing thrown escapes raw.
import { z } from 'zod';
import { isMethodName, methods } from '../shared/api';
import type { MethodName, OutputOf, ParsedInputOf } from '../shared/api';
import type { Envelope } from '../shared/contract';
import { ClearpackError, ConflictError, ValidationError } from '../shared/errors';
import { issuesFromZod } from '../shared/validation';
import type { CoreContext } from './context';
import { createProduct, getProduct, listProducts, setProductStatus, updateProduct } from './catalog/products';
import { checkCsvFile } from './tables/read';
import { previewProductsCsv as previewCsv } from './catalog/csv/mapping';
import { checkCsvOutput } from './tables/common';
import { loadDemo } from './demo';
import { schemaVersion } from './db/open';
import { writeTransaction } from './db/write';
import { errorData } from './failure';
import { samplingPlan } from './quality/sampling';
import { createLot, getLot, listLots, releaseLot, updateLot } from './quality/lots';
import { getPlanFor, setPlan } from './quality/plans';
import { createInspection, getInspection, listInspections, previewInspection } from './quality/inspections';
import { defectStats, reviewSupplier, scorecard } from './quality/reviews';
import { writeReviewPdf } from './quality/reviewPdf';
import { addAttachment, attachmentPath, listAttachments, removeAttachment } from './attachments/attachments';
import { createCertificate, expiringCertificates, getCertificate, listCertificates, updateCertificate } from './certificates/certificates';
import { listLinks, removeLink, setLink } from './suppliers/links';
import { previewSuppliersCsv } from './suppliers/csv';
import { createSupplier, getSupplier, listSuppliers, setSupplierArchived, updateSupplier } from './suppliers/suppliers';
import type { JobRunner } from './jobs/runner';
import { getHs, searchHs } from './hs/search';
import { createSellerRule, listSellerRules, removeSellerRule, updateSellerRule } from './preflight/sellerRules';
import { getProfile, updateProfile } from './settings/profile';
import { createCase, getCase, getServiceLevels, listCases, setServiceLevels, updateCase } from './aftersales/cases';
import { getDashboard } from './aftersales/dashboard';
import { createHold, getHold, holdStats, listHolds, preventFromHold, updateHold } from './aftersales/holds';
import { buildPack, listPacks, openPack, readPack } from './documents/build';
import { startBatch } from './documents/batch';
import {
  addItem,
  createShipment,
  getShipment,
  listShipments,
  preflightShipment,
  removeItem,
  setShipmentStatus,
  updateShipment,
} from './shipments/shipments';

import { createClaim, getClaim, listClaims, updateClaim } from './claims/claims';
import { incidentReport } from './claims/incident';
import { productInfoSheet } from './claims/infoSheet';
import { claimLetter } from './claims/letter';
import { createPolicy, getPolicy, listPolicies, updatePolicy } from './claims/policies';
import { inspectBackup, listBackups, recoveryError, startBackup, startRestore } from './backup/host';

type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CoreContext) => OutputOf<M> | Promise<OutputOf<M>>;
type Bound<M extends MethodName> = { kind: 'query' | 'mutation' | 'job'; run: Handler<M> };
export type Handlers = { [M in MethodName]: Bound<M> };

/** Reads: run as they are. */
const query = <M extends MethodName>(run: Handler<M>): Bound<M> => ({ kind: 'query', run });
/**
 * Writes: synchronous, run inside one transaction. Refused while a job writes (an import holds the
 * file's write lock until it commits; waiting for it would freeze the calling process).
 */
const mutation = <M extends MethodName>(run: (input: ParsedInputOf<M>, ctx: CoreContext) => OutputOf<M>): Bound<M> => ({
  kind: 'mutation',
  run: (input, ctx) => {
    if (ctx.jobs?.writing()) throw new ConflictError('An import is being written to the catalog; try again when it has finished');
    return writeTransaction(ctx.db, () => run(input, ctx));
  },
});
/** Starts long-running work (checked first, here) and returns {jobId} at once; see core/jobs. */
const job = <M extends MethodName>(run: (input: ParsedInputOf<M>, ctx: CoreContext, jobs: JobRunner) => OutputOf<M>): Bound<M> => ({
  kind: 'job',
  run: (input, ctx) => {
    if (!ctx.jobs) throw new ClearpackError('INTERNAL', 'Jobs cannot start jobs');
    return run(input, ctx, ctx.jobs);
  },
});
/** A CSV import: the file is checked before the job starts; only a real import (not a dry run) writes. */
const importJob = <M extends 'products.importCsv' | 'suppliers.importCsv'>(kind: M) =>
  job<M>((input, _ctx, jobs) => {
    checkCsvFile(input.path);
    return jobs.start(kind, input, { writes: !input.dryRun }) as OutputOf<M>;
  });
const exportJob = <M extends 'products.exportCsv' | 'suppliers.exportCsv'>(kind: M) =>
  job<M>((input, ctx, jobs) => {
    checkCsvOutput(ctx, input);
    return jobs.start(kind, input, { writes: false }) as OutputOf<M>;
  });
const jobsOf = (ctx: CoreContext): JobRunner => {
  if (!ctx.jobs) throw new ClearpackError('INTERNAL', 'No job runner here');
  return ctx.jobs;
};

export const handlers: Handlers = {
  'products.create': mutation((input, ctx) => createProduct(ctx, input)),
  'products.get': query((input, ctx) => getProduct(ctx.db, input.id)),
  'products.update': mutation((input, ctx) => updateProduct(ctx, input)),
  'products.archive': mutation((input, ctx) => setProductStatus(ctx, input.id, 'archived')),
  'products.restore': mutation((input, ctx) => setProductStatus(ctx, input.id, 'active')),
  'products.list': query((input, ctx) => listProducts(ctx, input)),
  'quality.samplingPlan': query((input, ctx) => samplingPlan(ctx.resourcesDir, input)),
  'suppliers.create': mutation((input, ctx) => createSupplier(ctx, input)),
  'suppliers.get': query((input, ctx) => getSupplier(ctx.db, input.id)),
  'suppliers.update': mutation((input, ctx) => updateSupplier(ctx, input)),
  'suppliers.archive': mutation((input, ctx) => setSupplierArchived(ctx, input.id, true)),
  'suppliers.restore': mutation((input, ctx) => setSupplierArchived(ctx, input.id, false)),
  'suppliers.list': query((input, ctx) => listSuppliers(ctx, input)),
  'suppliers.previewCsv': query((input) => previewSuppliersCsv(input)),
  'suppliers.importCsv': importJob('suppliers.importCsv'),
  'suppliers.exportCsv': exportJob('suppliers.exportCsv'),
  'productSuppliers.list': query((input, ctx) => listLinks(ctx.db, input)),
  'productSuppliers.set': mutation((input, ctx) => setLink(ctx, input)),
  'productSuppliers.remove': mutation((input, ctx) => removeLink(ctx, input)),
  'certificates.create': mutation((input, ctx) => createCertificate(ctx, input)),
  'certificates.get': query((input, ctx) => getCertificate(ctx, input.id)),
  'certificates.update': mutation((input, ctx) => updateCertificate(ctx, input)),
  'certificates.list': query((input, ctx) => listCertificates(ctx, input)),
  'certificates.expiring': query((input, ctx) => expiringCertificates(ctx, input)),
  // File work: the copy runs outside any transaction, the rows are written in their own (see attachments.ts).
  'attachments.add': { kind: 'mutation', run: (input, ctx) => addAttachment(ctx, input) },
  'attachments.list': query((input, ctx) => listAttachments(ctx.db, input.owner)),
  'attachments.remove': { kind: 'mutation', run: (input, ctx) => removeAttachment(ctx, input.id) },
  'attachments.open': query((input, ctx) => attachmentPath(ctx, input.id)),
  'products.previewCsv': query((input) => previewCsv(input)),
  'products.importCsv': importJob('products.importCsv'),
  'products.exportCsv': exportJob('products.exportCsv'),
  'jobs.get': query((input, ctx) => jobsOf(ctx).get(input.jobId)),
  // Not a database write: it raises the job's cancel flag.
  'jobs.cancel': query((input, ctx) => jobsOf(ctx).cancel(input.jobId)),
  'demo.load': mutation((_input, ctx) => loadDemo(ctx)),
  'hs.search': query((input, ctx) => searchHs(ctx.resourcesDir, input)),
  'hs.get': query((input, ctx) => getHs(ctx.resourcesDir, input.code)),
  'settings.get': query((_input, ctx) => getProfile(ctx)),
  'settings.update': mutation((input, ctx) => updateProfile(ctx, input)),
  'shipments.create': mutation((input, ctx) => createShipment(ctx, input)),
  'shipments.get': query((input, ctx) => getShipment(ctx.db, input.id)),
  'shipments.update': mutation((input, ctx) => updateShipment(ctx, input)),
  'shipments.addItem': mutation((input, ctx) => addItem(ctx, input)),
  'shipments.removeItem': mutation((input, ctx) => removeItem(ctx, input)),
  'shipments.list': query((input, ctx) => listShipments(ctx, input)),
  'shipments.setStatus': mutation((input, ctx) => setShipmentStatus(ctx, input)),
  'shipments.preflight': query((input, ctx) => preflightShipment(ctx, input.id)),
  'rules.create': mutation((input, ctx) => createSellerRule(ctx, input)),
  'rules.list': query((input, ctx) => listSellerRules(ctx, input)),
  'rules.update': mutation((input, ctx) => updateSellerRule(ctx, input)),
  'rules.remove': mutation((input, ctx) => removeSellerRule(ctx, input.id)),
  'lots.create': mutation((input, ctx) => createLot(ctx, input)),
  'lots.get': query((input, ctx) => getLot(ctx.db, input.id)),
  'lots.update': mutation((input, ctx) => updateLot(ctx, input)),
  'lots.list': query((input, ctx) => listLots(ctx, input)),
  'lots.release': mutation((input, ctx) => releaseLot(ctx, input.id)),
  'inspectionPlans.get': query((input, ctx) => getPlanFor(ctx, input)),
  'inspectionPlans.set': mutation((input, ctx) => setPlan(ctx, input)),
  'inspections.preview': query((input, ctx) => previewInspection(ctx, input.lotId)),
  'inspections.create': mutation((input, ctx) => createInspection(ctx, input)),
  'inspections.get': query((input, ctx) => getInspection(ctx.db, input.id)),
  'inspections.list': query((input, ctx) => listInspections(ctx, input)),
  'suppliers.review': mutation((input, ctx) => reviewSupplier(ctx, input)),
  'suppliers.scorecard': query((input, ctx) => scorecard(ctx, input)),
  // Reads only; the file is written outside any transaction.
  'suppliers.reviewPdf': query((input, ctx) => writeReviewPdf(ctx, input)),
  'quality.defectStats': query((input, ctx) => defectStats(ctx, input)),
  'holds.create': mutation((input, ctx) => createHold(ctx, input)),
  'holds.get': query((input, ctx) => getHold(ctx.db, input.id)),
  'holds.update': mutation((input, ctx) => updateHold(ctx, input)),
  'holds.list': query((input, ctx) => listHolds(ctx, input)),
  'holds.stats': query((_input, ctx) => holdStats(ctx)),
  'holds.preventRule': mutation((input, ctx) => preventFromHold(ctx, input)),
  'cases.create': mutation((input, ctx) => createCase(ctx, input)),
  'cases.get': query((input, ctx) => getCase(ctx.db, input.id)),
  'cases.update': mutation((input, ctx) => updateCase(ctx, input)),
  'cases.list': query((input, ctx) => listCases(ctx, input)),
  'cases.serviceLevels': query((_input, ctx) => getServiceLevels(ctx)),
  'cases.setServiceLevels': mutation((input, ctx) => setServiceLevels(ctx, input)),
  'dashboard.get': query((input, ctx) => getDashboard(ctx, input)),
  'policies.create': mutation((input, ctx) => createPolicy(ctx, input)),
  'policies.get': query((input, ctx) => getPolicy(ctx.db, input.id)),
  'policies.update': mutation((input, ctx) => updatePolicy(ctx, input)),
  'policies.list': query((input, ctx) => listPolicies(ctx, input)),
  'claims.create': mutation((input, ctx) => createClaim(ctx, input)),
  'claims.get': query((input, ctx) => getClaim(ctx, input.id)),
  'claims.update': mutation((input, ctx) => updateClaim(ctx, input)),
  'claims.list': query((input, ctx) => listClaims(ctx, input)),
  // Documents: read the database, write a file; nothing in the database changes.
  'claims.letter': query((input, ctx) => claimLetter(ctx, input)),
  'reports.incident': query((input, ctx) => incidentReport(ctx, input)),
  'products.infoSheet': query((input, ctx) => productInfoSheet(ctx, input)),
  // PDF work runs outside any transaction; the archive row is one INSERT (see documents/build.ts).
  'documents.buildPack': {
    kind: 'mutation',
    run: (input, ctx) => {
      if (ctx.jobs?.writing()) throw new ConflictError('An import is being written to the catalog; try again when it has finished');
      return buildPack(ctx, input);
    },
  },
  'documents.list': query((input, ctx) => listPacks(ctx, input.shipmentId)),
  'documents.open': query((input, ctx) => openPack(ctx, input.id)),
  'documents.read': query((input, ctx) => readPack(ctx, input.id)),
  'documents.buildBatch': job((input, ctx, jobs) => startBatch(ctx, input, jobs)),
  'app.info': query((_input, ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.state?.recovery ? 0 : schemaVersion(ctx.db),
    recovery: ctx.state?.recovery ?? null,
    check: ctx.state?.check ?? 'ok',
    timeZone: ctx.timeZone(),
    today: ctx.today(),
  })),
  'backup.create': job((input, ctx, jobs) => startBackup(ctx, jobs, input?.path)),
  'backup.list': query((input, ctx) => listBackups(ctx, input ?? { offset: 0, limit: 20 })),
  'backup.inspect': query((input, ctx) => inspectBackup(ctx, input.path)),
  'backup.restore': job((input, ctx, jobs) => startRestore(ctx, jobs, input.path)),
};

/** What answers while the data file cannot be read (recovery mode): the way out, and nothing else. */
const RECOVERY_METHODS = new Set<MethodName>(['app.info', 'backup.list', 'backup.inspect', 'backup.restore', 'jobs.get', 'jobs.cancel']);

export interface CoreApi {
  call(method: string, input: unknown): Promise<Envelope>;
}

export function createApi(ctx: CoreContext, onError: (err: unknown, method: string) => void = () => {}): CoreApi {
  return {
    async call(method, input) {
      try {
        if (!isMethodName(method))
          throw new ClearpackError('UNKNOWN_METHOD', `Unknown method "${method}"`, { method });
        if (ctx.state?.recovery && !RECOVERY_METHODS.has(method)) throw recoveryError(ctx);
        const parsed = z.safeParse(methods[method].input, input, { reportInput: true });
        if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error));
        const bound = handlers[method] as Bound<MethodName>;
        const value = await bound.run(parsed.data as never, ctx);
        return { ok: true, value };
      } catch (err) {
        const error = errorData(err, method);
        if (error.code === 'INTERNAL') onError(err, method);
        return { ok: false, error };
      }
    },
  };
}
