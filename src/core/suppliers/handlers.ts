// Suppliers' methods (declared in src/shared/suppliers/methods.ts), bound to their work.
import type { suppliersMethods } from '../../shared/suppliers/methods';
import { csvExportJob, csvImportJob, ownTransactions } from '../handlers';
import { saveProblemsCsv } from '../tables/problems';
import type { HandlersOf } from '../handlers';
import { previewSuppliersCsv } from './csv';
import { listLinks, removeLink, setLink } from './links';
import { createSupplier, getSupplier, listSuppliers, setSupplierArchived, updateSupplier } from './suppliers';

export const suppliersHandlers: HandlersOf<typeof suppliersMethods> = {
  'suppliers.create': (input, ctx) => createSupplier(ctx, input),
  'suppliers.get': (input, ctx) => getSupplier(ctx.db, input.id),
  'suppliers.update': (input, ctx) => updateSupplier(ctx, input),
  'suppliers.archive': (input, ctx) => setSupplierArchived(ctx, input.id, true),
  'suppliers.restore': (input, ctx) => setSupplierArchived(ctx, input.id, false),
  'suppliers.list': (input, ctx) => listSuppliers(ctx, input),
  'suppliers.previewCsv': (input) => previewSuppliersCsv(input),
  'suppliers.importCsv': csvImportJob('suppliers.importCsv'),
  'suppliers.saveProblemsCsv': ownTransactions((input, ctx) => saveProblemsCsv(ctx.dataDir, input)),
  'suppliers.exportCsv': csvExportJob('suppliers.exportCsv'),
  'productSuppliers.list': (input, ctx) => listLinks(ctx.db, input),
  'productSuppliers.set': (input, ctx) => setLink(ctx, input),
  'productSuppliers.remove': (input, ctx) => removeLink(ctx, input),
};
