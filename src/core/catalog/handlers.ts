// The catalog's methods (declared in src/shared/catalog/methods.ts), bound to their work.
import type { catalogMethods } from '../../shared/catalog/methods';
import { csvExportJob, csvImportJob, ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { previewProductsCsv } from './csv/preview';
import { saveProblemsCsv } from '../tables/problems';
import { createProduct, getProduct, listProducts, setProductStatus, updateProduct } from './products';

export const catalogHandlers: HandlersOf<typeof catalogMethods> = {
  'products.create': (input, ctx) => createProduct(ctx, input),
  'products.get': (input, ctx) => getProduct(ctx.db, input.id),
  'products.update': (input, ctx) => updateProduct(ctx, input),
  'products.archive': (input, ctx) => setProductStatus(ctx, input.id, 'archived'),
  'products.restore': (input, ctx) => setProductStatus(ctx, input.id, 'active'),
  'products.list': (input, ctx) => listProducts(ctx, input),
  'products.previewCsv': (input, ctx) => previewProductsCsv(ctx, input),
  'products.importCsv': csvImportJob('products.importCsv'),
  'products.saveProblemsCsv': ownTransactions((input, ctx) => saveProblemsCsv(ctx.dataDir, input)),
  'products.exportCsv': csvExportJob('products.exportCsv'),
};
