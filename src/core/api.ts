// Binds every method of the contract to its handler. A call is: look up the method, validate the
// input with the contract's schema, run the handler (mutations inside one transaction, so a
// failure leaves the database as it was), and return an Envelope. Nothing thrown escapes raw.
import { z } from 'zod';
import { isMethodName, methods } from '../shared/api';
import type { MethodName, OutputOf, ParsedInputOf } from '../shared/api';
import type { Envelope } from '../shared/contract';
import { ClearpackError, ValidationError } from '../shared/errors';
import { issuesFromZod } from '../shared/validation';
import type { CoreContext } from './context';
import { createProduct, getProduct, listProducts, setProductStatus, updateProduct } from './catalog/products';
import { schemaVersion } from './db/open';
import { createSellerRule, listSellerRules, removeSellerRule, updateSellerRule } from './preflight/sellerRules';
import { getProfile, updateProfile } from './settings/profile';
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

type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CoreContext) => OutputOf<M> | Promise<OutputOf<M>>;
type Bound<M extends MethodName> = { kind: 'query' | 'mutation'; run: Handler<M> };
export type Handlers = { [M in MethodName]: Bound<M> };

/** Reads: run as they are. */
const query = <M extends MethodName>(run: Handler<M>): Bound<M> => ({ kind: 'query', run });
/** Writes: synchronous, run inside one transaction. */
const mutation = <M extends MethodName>(run: (input: ParsedInputOf<M>, ctx: CoreContext) => OutputOf<M>): Bound<M> => ({
  kind: 'mutation',
  run: (input, ctx) => ctx.db.transaction(() => run(input, ctx))(),
});

export const handlers: Handlers = {
  'products.create': mutation((input, ctx) => createProduct(ctx, input)),
  'products.get': query((input, ctx) => getProduct(ctx.db, input.id)),
  'products.update': mutation((input, ctx) => updateProduct(ctx, input)),
  'products.archive': mutation((input, ctx) => setProductStatus(ctx, input.id, 'archived')),
  'products.restore': mutation((input, ctx) => setProductStatus(ctx, input.id, 'active')),
  'products.list': query((input, ctx) => listProducts(ctx, input)),
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
  'app.info': query((_input, ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: schemaVersion(ctx.db),
  })),
};

export interface CoreApi {
  call(method: string, input: unknown): Promise<Envelope>;
}

export function createApi(ctx: CoreContext, onError: (err: unknown, method: string) => void = () => {}): CoreApi {
  return {
    async call(method, input) {
      try {
        if (!isMethodName(method))
          throw new ClearpackError('UNKNOWN_METHOD', `Unknown method "${method}"`, { method });
        const parsed = z.safeParse(methods[method].input, input, { reportInput: true });
        if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error));
        const bound = handlers[method] as Bound<MethodName>;
        const value = await bound.run(parsed.data as never, ctx);
        return { ok: true, value };
      } catch (err) {
        if (err instanceof ClearpackError) return { ok: false, error: err.toData() };
        onError(err, method);
        return { ok: false, error: { code: 'INTERNAL', message: `Internal error in ${method}: ${(err as Error)?.message ?? String(err)}`, details: {} } };
      }
    },
  };
}
