// The method table: every call any door can make. Each area declares its methods in
// src/shared/<area>/methods.ts (kind, input schema, output type); they are composed here, one line
// per area. Adding a method touches its area only.
import type { z } from 'zod';
import type { MethodKind, MethodSpec, MethodTable } from './contract';
import { aftersalesMethods } from './aftersales/methods';
import { appMethods } from './app/methods';
import { attachmentsMethods } from './attachments/methods';
import { backupMethods } from './backup/methods';
import { catalogMethods } from './catalog/methods';
import { certificatesMethods } from './certificates/methods';
import { claimsMethods } from './claims/methods';
import { consultationsMethods } from './consultations/methods';
import { demoMethods } from './demo/methods';
import { documentsMethods } from './documents/methods';
import { hsMethods } from './hs/methods';
import { jobsMethods } from './jobs/methods';
import { preflightMethods } from './preflight/methods';
import { ordersMethods } from './orders/methods';
import { packagingMethods } from './packing/methods';
import { qualityMethods } from './quality/methods';
import { referenceMethods } from './reference/methods';
import { settingsMethods } from './settings/methods';
import { shipmentsMethods } from './shipments/methods';
import { suppliersMethods } from './suppliers/methods';

export type { AppInfo } from './app/methods';
export type { InspectionPreview } from './quality/methods';
export type { DemoLoaded } from './demo/methods';

/** The areas' tables by area, so a test can prove no two areas declare the same method. */
export const AREA_METHODS = {
  catalog: catalogMethods,
  quality: qualityMethods,
  suppliers: suppliersMethods,
  certificates: certificatesMethods,
  attachments: attachmentsMethods,
  jobs: jobsMethods,
  demo: demoMethods,
  hs: hsMethods,
  settings: settingsMethods,
  reference: referenceMethods,
  shipments: shipmentsMethods,
  preflight: preflightMethods,
  aftersales: aftersalesMethods,
  claims: claimsMethods,
  documents: documentsMethods,
  backup: backupMethods,
  app: appMethods,
  orders: ordersMethods,
  consultations: consultationsMethods,
  packaging: packagingMethods,
} as const satisfies Record<string, MethodTable>;

export const methods = {
  ...catalogMethods,
  ...qualityMethods,
  ...suppliersMethods,
  ...certificatesMethods,
  ...attachmentsMethods,
  ...jobsMethods,
  ...demoMethods,
  ...hsMethods,
  ...settingsMethods,
  ...referenceMethods,
  ...shipmentsMethods,
  ...preflightMethods,
  ...aftersalesMethods,
  ...claimsMethods,
  ...documentsMethods,
  ...backupMethods,
  ...appMethods,
  ...ordersMethods,
  ...consultationsMethods,
  ...packagingMethods,
} satisfies MethodTable;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults and normalization). */
export type InputOf<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Methods[M]['input']>;
export type OutputOf<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer O> ? O : never;
/** The kind the method declares: 'query' | 'mutation' | 'job'. */
export type KindOf<M extends MethodName> = Methods[M]['kind'];
/** The methods of one kind. */
export type MethodOfKind<K extends MethodKind> = { [M in MethodName]: KindOf<M> extends K ? M : never }[MethodName];
export type JobMethodName = MethodOfKind<'job'>;
/** A job's result (jobs.get → result when done). */
export type ResultOf<M extends JobMethodName> = Methods[M] extends MethodSpec<z.ZodType, unknown, 'job', infer R> ? R : never;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
/** Every method's kind, for the doors (the CLI waits for a job, the UI follows it). */
export const METHOD_KINDS = Object.fromEntries(METHOD_NAMES.map((m) => [m, methods[m].kind])) as { readonly [M in MethodName]: KindOf<M> };
export const kindOf = <M extends MethodName>(name: M): KindOf<M> => METHOD_KINDS[name];
export const isJobMethod = (name: MethodName): name is JobMethodName => METHOD_KINDS[name] === 'job';
