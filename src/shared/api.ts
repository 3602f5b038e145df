// The method table: every call any door can make, declared once. Areas add their methods here.
import { z } from 'zod';
import { method } from './contract';
import type { MethodSpec } from './contract';
import { byId, productCreateInput, productListInput, productUpdateInput } from './products';
import type { Page, Product } from './products';
import { hsGetInput, hsSearchInput } from './hs';
import type { HsDetail, HsSearchResult } from './hs';

export const methods = {
  'products.create': method<Product>()(productCreateInput),
  'products.get': method<Product>()(byId),
  'products.update': method<Product>()(productUpdateInput),
  'products.archive': method<Product>()(byId),
  'products.restore': method<Product>()(byId),
  'products.list': method<Page<Product>>()(productListInput),
  'hs.search': method<HsSearchResult>()(hsSearchInput),
  'hs.get': method<HsDetail>()(hsGetInput),
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
