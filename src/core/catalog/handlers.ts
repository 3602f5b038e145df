// The catalog's methods (declared in src/shared/catalog/methods.ts), bound to their work.
import type { catalogMethods } from '../../shared/catalog/methods';
import { csvExportJob, csvImportJob, ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { previewProductsCsv } from './csv/preview';
import { saveProblemsCsv } from '../tables/problems';
import { withMailBlocks } from '../preflight/mail';
import { createProduct, getProduct, listProducts, setProductStatus, updateProduct } from './products';

export const catalogHandlers: HandlersOf<typeof catalogMethods> = {
  // The catalog's answers carry what would stop the product at the post (preflight/mail.ts).
  'products.create': (input, ctx) => withMailBlocks(ctx.resourcesDir, createProduct(ctx, input)),
  'products.get': (input, ctx) => withMailBlocks(ctx.resourcesDir, getProduct(ctx.db, input.id)),
  'products.update': (input, ctx) => withMailBlocks(ctx.resourcesDir, updateProduct(ctx, input)),
  'products.archive': (input, ctx) => withMailBlocks(ctx.resourcesDir, setProductStatus(ctx, input.id, 'archived')),
  'products.restore': (input, ctx) => withMailBlocks(ctx.resourcesDir, setProductStatus(ctx, input.id, 'active')),
  'products.list': (input, ctx) => {
    const page = listProducts(ctx, input);
    return { ...page, items: page.items.map((p) => withMailBlocks(ctx.resourcesDir, p)) };
  },
  'products.previewCsv': (input, ctx) => previewProductsCsv(ctx, input),
  'products.importCsv': csvImportJob('products.importCsv'),
  'products.saveProblemsCsv': ownTransactions((input, ctx) => saveProblemsCsv(ctx.dataDir, input)),
  'products.exportCsv': csvExportJob('products.exportCsv'),
};
