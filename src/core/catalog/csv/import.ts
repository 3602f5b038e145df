// products.importCsv: every row validated exactly as products.create validates a product (the
// contract's zod schema, then the core's record checks), duplicates found inside the file and
// against the catalog, and then — only if every row is good — all products written in one
// transaction. Runs in a job worker; `job` reports progress and answers "was I cancelled?".
import { z } from 'zod';
import { normalizeCompliance } from '../../../shared/compliance';
import { productCreateInput } from '../../../shared/products';
import type { Product } from '../../../shared/products';
import { IMPORT_ERROR_LIMIT } from '../../../shared/imports';
import type { ColumnMapping, csvImportInput, ImportField, ImportIssue, ImportReport } from '../../../shared/imports';
import { CURRENCY_MINOR_DIGITS } from '../../../shared/iso';
import { issuesFromZod } from '../../../shared/validation';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/control';
import { editableFromInput, productRecordIssues, productWriter } from '../products';
import type { Editable } from '../products';
import { createSupplier } from '../../suppliers/suppliers';
import { setLink } from '../../suppliers/links';
import { supplierCreateInput } from '../../../shared/suppliers';
import { cellReader, commitAll, eachRecord, mappingIssues, rowIssues } from './common';
import { htmlToText } from './html';
import { detectFormat, resolveMapping, SHOPIFY } from './mapping';
import { readCsvFile } from './read';
import type { ParsedCsv } from './read';

type Options = z.output<typeof csvImportInput>;

const NO_COMPLIANCE = Object.freeze(normalizeCompliance(undefined));

interface Candidate {
  row: number;
  product: Editable;
  status: Product['status'];
  vendor: string | null;
}

/** ASCII case folding, as SQLite's NOCASE compares SKUs. */
const skuKey = (sku: string) => sku.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const DECIMAL = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** "12.50" in a currency -> integer minor units; an issue key when it is not an amount. */
function parseMoney(text: string, currency: string): number | { key: string; message: string; params?: Record<string, number> } {
  const s = THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
  if (!DECIMAL.test(s)) return { key: 'not_a_number', message: `"${text}" is not a number` };
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  const [whole, frac = ''] = s.replace('-', '').split('.');
  if (frac.replace(/0+$/, '').length > digits) return { key: 'money_format', message: `At most ${digits} decimals`, params: { digits } };
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0').slice(0, digits) || '0');
  return s.startsWith('-') ? -minor : minor;
}

function parseNumber(text: string, round: boolean): number | { key: string; message: string } {
  const s = THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
  if (!DECIMAL.test(s)) return { key: 'not_a_number', message: `"${text}" is not a number` };
  const n = Number(s);
  return round ? Math.round(n) : n;
}

export function importProductsCsv(ctx: CoreContext, options: Options, job: JobControl): ImportReport {
  job.progress(0, 1, 'reading');
  const csv = readCsvFile(options.path);
  job.checkCancelled();
  const format = detectFormat(csv.headers);
  const mapping = resolveMapping(csv.headers, format, options.mapping as ColumnMapping | undefined);
  const issues: ImportIssue[] = [...csv.issues];
  const report = (
    products: number, created: number, skipped: number, vendors: ImportReport['vendors'], committed = false, links: Map<string, number | null> | null = null,
  ): ImportReport => ({
    dryRun: options.dryRun, format, mapping, rows: csv.records.length, skipped, products, created, committed,
    errorCount: issues.length, errors: issues.slice(0, IMPORT_ERROR_LIMIT), vendors,
    suppliersCreated: committed || !links ? 0 : [...links.values()].filter((id) => id === null).length,
    linked: committed ? vendors.reduce((n, v) => n + v.count, 0) : 0,
  });
  if (csv.headers.length === 0) return report(0, 0, 0, []);

  // The mapping must name columns that exist, and say where SKU and name come from.
  issues.push(...mappingIssues(csv.headers, mapping, ['sku', 'name']));
  if (issues.some((i) => i.row === null)) return report(0, 0, 0, []);

  const { candidates, skipped } = toCandidates(ctx, csv, format, mapping, options, issues, job);

  // Duplicate SKUs: inside the file, and against the catalog.
  const existing = new Set((ctx.db.prepare('SELECT sku FROM products').pluck().all() as string[]).map(skuKey));
  const firstRow = new Map<string, number>();
  for (const c of candidates) {
    const key = skuKey(c.product.sku);
    const column = mapping.sku ?? null;
    const seen = firstRow.get(key);
    if (seen !== undefined)
      issues.push({ row: c.row, column, field: 'sku', key: 'duplicate_in_file', message: `SKU "${c.product.sku}" is already on row ${seen}`, params: { value: c.product.sku, row: seen } });
    else firstRow.set(key, c.row);
    if (existing.has(key))
      issues.push({ row: c.row, column, field: 'sku', key: 'duplicate', message: `SKU "${c.product.sku}" is already used by a product in the catalog`, params: { value: c.product.sku } });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const vendors = vendorGroups(candidates);
  const links = options.linkVendors ? planVendorLinks(ctx, candidates, vendors, mapping, options.vendorCountry, issues) : null;
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const summary = vendorSummary(candidates, vendors, links);
  if (options.dryRun || issues.length) return report(candidates.length, 0, skipped, summary, false, links);

  // All good: write every product (and, with linkVendors, its supplier link) in one transaction, or nothing.
  const write = productWriter(ctx.db);
  const now = ctx.now().toISOString();
  const ids: number[] = [];
  commitAll(ctx, candidates, job, (c) => ids.push(write(c.product, c.status, now)), () => {
      if (!links) return;
      job.progress(0, vendors.size, 'linking');
      for (const [vendor, members] of vendors) {
        const supplierId = links.get(vendor) ?? createSupplier(ctx, { name: vendor, country: options.vendorCountry }).id;
        links.set(vendor, supplierId);
        for (const i of members) setLink(ctx, { productId: ids[i]!, supplierId, isDefault: true });
      }
    });
  return report(candidates.length, candidates.length, skipped, vendorSummary(candidates, vendors, links), true, links);
}

/** Vendor name -> indexes of its candidates, in the order vendors first appear. */
function vendorGroups(candidates: Candidate[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (!c.vendor) return;
    const members = by.get(c.vendor);
    if (members) members.push(i);
    else by.set(c.vendor, [i]);
  });
  return by;
}

/**
 * Each vendor's supplier: an active one of the same name (case-insensitive), or null (one will be
 * created). A vendor whose only namesake is archived is an issue: linking to it is refused, and a
 * second supplier of the same name would hide the first.
 */
function planVendorLinks(
  ctx: CoreContext, candidates: Candidate[], vendors: Map<string, number[]>, mapping: ColumnMapping, country: string, issues: ImportIssue[],
): Map<string, number | null> {
  const find = ctx.db.prepare('SELECT id, archived FROM suppliers WHERE name = ? COLLATE NOCASE ORDER BY archived, id LIMIT 1');
  const plan = new Map<string, number | null>();
  const column = mapping.vendor ?? null;
  for (const [vendor, members] of vendors) {
    const found = find.get(vendor) as { id: number; archived: number } | undefined;
    const row = candidates[members[0]!]!.row;
    if (found?.archived) {
      issues.push({ row, column, field: 'vendor', key: 'supplier_archived', message: `Supplier "${vendor}" is archived: restore it before linking products to it`, params: { name: vendor } });
      continue;
    }
    if (!found) {
      const parsed = z.safeParse(supplierCreateInput, { name: vendor, country });
      if (!parsed.success) issues.push(...rowIssues(row, issuesFromZod(parsed.error), () => column).map((i) => ({ ...i, field: 'vendor' })));
    }
    plan.set(vendor, found ? found.id : null);
  }
  return plan;
}

function vendorSummary(candidates: Candidate[], vendors: Map<string, number[]>, links: Map<string, number | null> | null): ImportReport['vendors'] {
  return [...vendors]
    .map(([vendor, members]) => ({ vendor, count: members.length, skus: members.slice(0, 100).map((i) => candidates[i]!.product.sku), supplierId: links?.get(vendor) ?? null }))
    .sort((a, b) => b.count - a.count);
}

const TEXT_FIELDS = ['sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry', 'currency'] as const;

function toCandidates(
  ctx: CoreContext, csv: ParsedCsv, format: ReturnType<typeof detectFormat>, mapping: ColumnMapping,
  options: Options, issues: ImportIssue[], job: JobControl,
): { candidates: Candidate[]; skipped: number } {
  const { col, raw, has } = cellReader(csv.headers);
  const columnOf = (path: string): string | null => {
    const field = path.split('.')[0] as ImportField;
    return mapping[field] ?? null;
  };
  const candidates: Candidate[] = [];
  let skipped = 0;
  // Shopify: a product's Title, Body and Vendor are on its first row only; its variants follow.
  let group: { handle: string; title: string; body: string; vendor: string } | null = null;

  eachRecord<ImportField>(csv, mapping, job, issues, ({ row, cells, problems, bad, texts }) => {
    const input = texts(TEXT_FIELDS, 'description');
    let vendor = col(cells, mapping.vendor) || null;

    if (format === 'shopify') {
      const handle = col(cells, SHOPIFY.handle);
      if (!group || handle !== group.handle) group = { handle, title: '', body: '', vendor: '' };
      const title = col(cells, mapping.name);
      if (title) group.title = title;
      const body = raw(cells, mapping.description);
      if (body.trim()) group.body = body;
      if (vendor) group.vendor = vendor;
      const options = SHOPIFY.options.map((h) => col(cells, has(h) ? h : null)).filter((v) => v && v !== 'Default Title');
      const isVariant = Boolean(col(cells, mapping.sku) || options.length || col(cells, mapping.unitValue) || col(cells, mapping.unitNetWeightG));
      if (!isVariant) {
        skipped++; // an image row, or a product row with no variant data
        return;
      }
      const name = [group.title, options.join(' / ')].filter(Boolean).join(' - ');
      if (name) input.name = name;
      else delete input.name;
      const text = group.body ? htmlToText(group.body) : '';
      if (text) input.description = text;
      else delete input.description;
      vendor = group.vendor || null;
    }

    const weight = col(cells, mapping.unitNetWeightG);
    if (weight) {
      const n = parseNumber(weight, format === 'shopify');
      if (typeof n === 'number') input.unitNetWeightG = n;
      else bad('unitNetWeightG', n.key, n.message);
    }
    const warranty = col(cells, mapping.warrantyMonths);
    if (warranty) {
      const n = parseNumber(warranty, false);
      if (typeof n === 'number') input.warrantyMonths = n;
      else bad('warrantyMonths', n.key, n.message);
    }
    const value = col(cells, mapping.unitValue);
    if (value) {
      const currency = typeof input.currency === 'string' ? input.currency.toUpperCase() : options.currency;
      input.currency ??= options.currency;
      const m = parseMoney(value, currency);
      if (typeof m === 'number') input.unitValue = m;
      else bad('unitValue', m.key, m.message, m.params);
    }
    const compliance = col(cells, mapping.compliance);
    if (compliance) {
      try {
        input.compliance = JSON.parse(compliance);
      } catch {
        bad('compliance', 'bad_json', 'Not valid JSON');
      }
    }
    let status: Product['status'] = 'active';
    const statusText = col(cells, mapping.status).toLowerCase();
    if (statusText === 'archived') status = 'archived';
    else if (statusText && statusText !== 'active') bad('status', 'not_allowed', 'Must be one of: active, archived', { values: 'active, archived' });

    // The same validation as products.create: the contract's schema, then the core's record checks.
    const parsed = z.safeParse(productCreateInput, input, { reportInput: true });
    if (!parsed.success) {
      problems.push(...rowIssues(row, issuesFromZod(parsed.error), columnOf));
    } else if (problems.length === 0) {
      const product = editableFromInput(parsed.data);
      // No compliance column: every such row shares one (read-only) empty compliance record.
      if (parsed.data.compliance === undefined) product.compliance = NO_COMPLIANCE;
      problems.push(...rowIssues(row, productRecordIssues(ctx, product), columnOf));
      if (problems.length === 0) candidates.push({ row, product, status, vendor });
    }
  });
  return { candidates, skipped };
}
