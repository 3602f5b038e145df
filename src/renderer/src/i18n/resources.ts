// Every word of the app, gathered: the shell's strings (en.ts, zh.ts) and each area's own
// (areas/<area>/i18n.ts, kept beside its screens), each under its own top-level key(s). Listed by
// name rather than globbed so that the type of the English tree is known to the compiler: it is
// what makes `t()` accept only keys that exist (i18next.d.ts). test/i18n-keys.test.ts fails when an
// area's i18n.ts is not listed here.
import * as access from '../areas/access/i18n';
import * as aftersales from '../areas/aftersales/i18n';
import * as backup from '../areas/backup/i18n';
import * as certificates from '../areas/certificates/i18n';
import * as claims from '../areas/claims/i18n';
import * as compliance from '../areas/compliance/i18n';
import * as consultations from '../areas/consultations/i18n';
import * as demo from '../areas/demo/i18n';
import * as documents from '../areas/documents/i18n';
import * as imports from '../areas/imports/i18n';
import * as orders from '../areas/orders/i18n';
import * as quality from '../areas/quality/i18n';
import * as rules from '../areas/rules/i18n';
import * as shipments from '../areas/shipments/i18n';
import * as suppliers from '../areas/suppliers/i18n';
import * as today from '../areas/today/i18n';
import { en as shellEn } from './en';
import { zh as shellZh } from './zh';

export const areas = { access, aftersales, backup, certificates, claims, compliance, consultations, demo, documents, imports, orders, quality, rules, shipments, suppliers, today };

export const en = {
  ...shellEn,
  ...access.en,
  ...aftersales.en,
  ...backup.en,
  ...certificates.en,
  ...claims.en,
  ...compliance.en,
  ...consultations.en,
  ...demo.en,
  ...documents.en,
  ...imports.en,
  ...orders.en,
  ...quality.en,
  ...rules.en,
  ...shipments.en,
  ...suppliers.en,
  ...today.en,
};

export type Words = typeof en;

export const zh: Words = {
  ...shellZh,
  ...access.zh,
  ...aftersales.zh,
  ...backup.zh,
  ...certificates.zh,
  ...claims.zh,
  ...compliance.zh,
  ...consultations.zh,
  ...demo.zh,
  ...documents.zh,
  ...imports.zh,
  ...orders.zh,
  ...quality.zh,
  ...rules.zh,
  ...shipments.zh,
  ...suppliers.zh,
  ...today.zh,
};
