// products.importCsv: every row validated exactly as products.create validates a product (the
// contract's zod schema, then the core's record checks), duplicates found inside the file and
// against the catalog, all in one pass over the file as it is parsed. A commit hands the good rows,
// batch by batch, to a writer (import-writer.ts) that writes them inside one IMMEDIATE transaction
// while the next rows are checked; the first bad row stops the writing (the rest is still checked,
// so the report names every bad row) and the transaction is rolled back: all or nothing. With
// `onError: "skip"` the bad rows are left out and the good ones written (a problem of the file itself,
// or of a vendor's supplier, still stops it); either way the bad rows are staged as a problems CSV
// (tables/problems.ts). A SKU twice in the file is a problem of each later row: with "skip" the
// first good one is kept. The file is a CSV or an Excel sheet (tables/read.ts openTableFile).
// Runs in a job worker; `job` reports progress and answers "was I cancelled?" (a cancel rolls back too).
import { z } from 'zod';
import { normalizeCompliance } from '../../../shared/compliance';
import { productCreateInput } from '../../../shared/products';
import type { Product } from '../../../shared/products';
import { IMPORT_ERROR_LIMIT } from '../../../shared/imports';
import type { ColumnMapping, CsvFormat, csvImportInput, ImportField, ImportIssue, ImportReport, SkipReason } from '../../../shared/imports';
import { CURRENCY_MINOR_DIGITS } from '../../../shared/iso';
import { issuesFromZod } from '../../../shared/validation';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/control';
import { loadReferenceRules } from '../../reference';
import { editableFromInput, productRecordIssues, productValues } from '../products';
import type { Editable } from '../products';
import { MessageChannel } from 'node:worker_threads';
import { supplierCreateInput } from '../../../shared/suppliers';
import { cellReader, eachRecord, mappingIssues, rowIssues } from '../../tables/common';
import { htmlToText } from './html';
import { detectFormat, resolveMapping } from './mapping';
import { fromAmazonHeader } from './amazon';
import { rowReader, statusOfCell } from './platforms';
import type { Candidate, Outcome } from './platforms';
import { countryCode } from '../../tables/countries';
import { profileCurrency } from './preview';
import { ImportWriter } from './import-writer';
import type { ImportRow, ToWriter, VendorPlan, WriteOutcome } from './import-writer';
import { openTableFile } from '../../tables/read';
import { BadRows } from '../../tables/problems';
import { decimalText, parseDecimal } from '../../tables/numbers';
import { toGrams, unitOfCell, weightUnitOf } from './units';
import type { CsvFile } from '../../tables/read';

type Options = z.output<typeof csvImportInput>;

/** The compliance record of every product whose row says nothing about compliance (shared, read-only). */
const NO_COMPLIANCE = Object.freeze(normalizeCompliance(undefined));
const NO_COMPLIANCE_JSON = JSON.stringify(NO_COMPLIANCE);

/** ASCII case folding, as SQLite's NOCASE compares SKUs. */
const skuKey = (sku: string) => sku.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** "12.50" (or "12,50" in a comma file) in a currency -> integer minor units; an issue key when it is not an amount. */
function parseMoney(text: string, currency: string, decimal: ',' | '.'): number | { key: string; message: string; params?: Record<string, number> } {
  const s = decimalText(text, decimal);
  if (s === null) return { key: 'not_a_number', message: `"${text}" is not a number` };
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  const [whole, frac = ''] = s.replace('-', '').split('.');
  if (frac.replace(/0+$/, '').length > digits) return { key: 'money_format', message: digits === 0 ? 'Whole amounts only: this currency has no decimals' : `At most ${digits} decimals`, params: { count: digits } };
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0').slice(0, digits) || '0');
  return s.startsWith('-') ? -minor : minor;
}

function parseNumber(text: string, decimal: ',' | '.'): number | { key: string; message: string } {
  const n = parseDecimal(text, decimal);
  return n === null ? { key: 'not_a_number', message: `"${text}" is not a number` } : n;
}

/** A vendor (Shopify's Vendor column) and the products of the file that name it. */
interface VendorGroup {
  firstRow: number;
  count: number;
  /** The first 100 SKUs, for the report. */
  skus: string[];
}

/** Good rows checked before they are handed to the writer together. */
const WRITE_BATCH = 2000;

/** Where checked rows go on a commit, and how the commit ends. */
interface WriteSide {
  rows(rows: ImportRow[]): void;
  commit(plan: VendorPlan | null): Promise<WriteOutcome>;
  rollback(): Promise<void>;
}

export async function importProductsCsv(ctx: CoreContext, options: Options, job: JobControl): Promise<ImportReport> {
  job.progress(0, 1, 'reading');
  // A commit's writer first: its thread starts while this one reads the file.
  const writer = options.dryRun ? null : writeSide(ctx, job);
  let outcome: WriteOutcome | null = null;
  try {
    const report = await checkFile(ctx, options, job, writer);
    if (writer && report.canCommit) {
      outcome = await writer.commit(report.plan);
      job.progress(report.rows, report.rows, 'writing');
    }
    return report.final(outcome);
  } finally {
    if (writer && !outcome) await writer.rollback();
  }
}

/** Reads and checks the whole file, handing good rows to `writer` (if any) while no row is bad. */
async function checkFile(ctx: CoreContext, options: Options, job: JobControl, writer: WriteSide | null) {
  const csv = fromAmazonHeader(await openTableFile(options.path, { encoding: options.encoding, sheet: options.sheet }), options.path);
  job.checkCancelled();
  const format = detectFormat(csv.headers);
  // Prices without a currency column: the seller's choice, else the saved profile's currency, else refused.
  const currency = options.currency ?? profileCurrency(ctx);
  const mapping = resolveMapping(csv.headers, format, options.mapping as ColumnMapping | undefined);
  const issues: ImportIssue[] = [...csv.issues];
  const vendors = new Map<string, VendorGroup>();
  let read: ReadCounts = { rows: 0, products: 0, skipped: 0, skippedBy: {}, archived: 0 };
  let links: Map<string, number | null> | null = null;
  const bad = new BadRows();
  // Problems no skipping gets round: of the file (row null), of a vendor's supplier.
  let walls = 0;
  const skip = options.onError === 'skip';
  const result = () => ({
    rows: read.rows,
    products: read.products,
    errorCount: issues.length,
    canCommit: issues.length === 0 || (skip && walls === 0 && issues.every((i) => i.row !== null)),
    plan: links ? { links: [...links], country: options.vendorCountry } : null,
    final: (outcome: WriteOutcome | null): ImportReport => {
      // Suppliers created (or, on a dry run, to be created): the vendors planned without one, counted before the outcome fills them in.
      const suppliersCreated = links ? [...links.values()].filter((id) => id === null).length : 0;
      if (outcome && links) for (const [vendor, id] of outcome.suppliers) links.set(vendor, id);
      return {
        onError: options.onError, sheet: csv.sheet ?? null, badRows: bad.size, problemsFile: bad.stage(ctx.dataDir, csv.headers),
        dryRun: options.dryRun, format, mapping, rows: read.rows, skipped: read.skipped, skippedBy: read.skippedBy, archived: read.archived, products: read.products,
        created: outcome?.written ?? 0, committed: outcome !== null, errorCount: issues.length, errors: issues.slice(0, IMPORT_ERROR_LIMIT),
        vendors: [...vendors]
          .map(([vendor, g]) => ({ vendor, count: g.count, skus: g.skus, supplierId: links?.get(vendor) ?? null }))
          .sort((a, b) => b.count - a.count),
        suppliersCreated: links && (outcome || options.dryRun) ? suppliersCreated : 0,
        linked: outcome && links ? [...vendors.values()].reduce((n, g) => n + g.count, 0) : 0,
      };
    },
  });
  if (csv.headers.length === 0) return result();

  // The mapping must name columns that exist, and say where SKU and name come from.
  issues.push(...mappingIssues(csv.headers, mapping, ['sku', 'name']));
  // A weight column whose unit the file does not say: the seller says it (weightUnit), it is not guessed.
  if (mapping.unitNetWeightG && weightUnitOf(format, mapping, options.weightUnit).from === null)
    issues.push({
      row: null, column: mapping.unitNetWeightG, field: 'weightUnit', key: 'weight_unit_required',
      message: `The file does not say the unit of "${mapping.unitNetWeightG}": choose g, kg, lb or oz`, params: { column: mapping.unitNetWeightG },
    });
  if (mapping.unitValue && !mapping.currency && !currency)
    issues.push({
      row: null, column: mapping.unitValue, field: 'currency', key: 'currency_required',
      message: `The file has no currency column: choose the currency of "${mapping.unitValue}" (or set one in your seller profile)`, params: { column: mapping.unitValue },
    });
  if (issues.some((i) => i.row === null)) return result();

  // One pass over the file; each good row goes to the writer (a commit) while no row has been bad.
  read = readProducts(ctx, csv, format, mapping, { ...options, currency: currency ?? undefined }, issues, vendors, job, writer ? (rows) => writer.rows(rows) : null, bad);
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (options.linkVendors) {
    const before = issues.length;
    links = planVendorLinks(ctx, vendors, mapping, options.vendorCountry, issues);
    walls += issues.length - before;
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
  return result();
}

/**
 * The writer of a commit. Inside a job worker: a helper thread with its own connection, fed batches
 * of checked rows over a MessagePort, so writing overlaps with checking the next rows. Run directly:
 * this thread's connection, batch by batch.
 */
function writeSide(ctx: CoreContext, job: JobControl): WriteSide {
  if (!job.fork) {
    const writer = new ImportWriter(ctx);
    return {
      rows: (rows) => writer.rows(rows),
      commit: async (plan) => writer.commit(plan, job),
      rollback: async () => writer.rollback(),
    };
  }
  const { port1, port2 } = new MessageChannel();
  let total = 0;
  const helper = job.fork('products.importCsv.write', { port: port2 }, (done) => job.progress(done, Math.max(done, total), 'writing'), [port2]) as Promise<WriteOutcome | null>;
  // Settled below; a failure before then is seen when the import awaits it.
  helper.catch(() => {});
  const send = (m: ToWriter) => port1.postMessage(m);
  return {
    rows: (rows) => {
      total += rows.length;
      send({ type: 'rows', rows });
    },
    commit: async (plan) => {
      send({ type: 'commit', plan });
      const outcome = await helper;
      port1.close();
      if (!outcome) throw new Error('The import writer rolled back instead of committing');
      return outcome;
    },
    rollback: async () => {
      send({ type: 'rollback' });
      port1.close();
      await helper.catch(() => null);
    },
  };
}

/**
 * Each vendor's supplier: an active one of the same name (case-insensitive), or null (one will be
 * created). A vendor whose only namesake is archived is an issue: linking to it is refused, and a
 * second supplier of the same name would hide the first.
 */
function planVendorLinks(ctx: CoreContext, vendors: Map<string, VendorGroup>, mapping: ColumnMapping, country: string, issues: ImportIssue[]): Map<string, number | null> {
  const find = ctx.db.prepare('SELECT id, archived FROM suppliers WHERE name = ? COLLATE NOCASE ORDER BY archived, id LIMIT 1');
  const plan = new Map<string, number | null>();
  const column = mapping.vendor ?? null;
  for (const [vendor, { firstRow: row }] of vendors) {
    const found = find.get(vendor) as { id: number; archived: number } | undefined;
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

const TEXT_FIELDS = ['sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry', 'currency'] as const;

/** What readProducts found, beyond the issues. */
interface ReadCounts {
  rows: number;
  products: number;
  skipped: number;
  skippedBy: Partial<Record<SkipReason, number>>;
  archived: number;
}

/**
 * Reads, validates and (with `write`) writes the file's products, in one pass as it is parsed. Issues
 * go to `issues`; vendors to `vendors`. `write` is called only while no issue has been found.
 * The platform's reader (platforms.ts) says which rows are products and which are skipped, and why.
 */
function readProducts(
  ctx: CoreContext, csv: CsvFile, format: CsvFormat, mapping: ColumnMapping, options: Options & { currency: string | undefined },
  issues: ImportIssue[], vendors: Map<string, VendorGroup>, job: JobControl, write: ((rows: ImportRow[]) => void) | null, badRows: BadRows,
): ReadCounts {
  const skip = options.onError === 'skip';
  const cells = cellReader(csv.headers);
  const { col, raw } = cells;
  const columnOf = (path: string): string | null => {
    const field = path.split('.')[0] as ImportField;
    return mapping[field] ?? null;
  };
  // Duplicate SKUs: inside the file (the first row of each SKU), and against the catalog as it was.
  const existing = new Set((ctx.db.prepare('SELECT sku FROM products').pluck().all() as string[]).map(skuKey));
  const firstRow = new Map<string, number>();
  const skuColumn = mapping.sku ?? null;
  const weightUnit = weightUnitOf(format, mapping, options.weightUnit);
  const counts: ReadCounts = { rows: 0, products: 0, skipped: 0, skippedBy: {}, archived: 0 };

  // Good rows are handed to the writer in batches: checking a batch and then writing it in a tight
  // loop is faster than alternating for every row, and a batch is one message to a writer thread.
  const now = ctx.now().toISOString();
  const batteryHs = loadReferenceRules(ctx.resourcesDir).batteries.batteryHsPrefixes;
  let batch: ImportRow[] = [];
  const flush = () => {
    if (batch.length) write!(batch);
    batch = [];
  };
  // `problems`: the row's own (empty when it gets here); a duplicate SKU is added to them.
  const accept = (row: number, product: Editable, status: Product['status'], vendor: string | null, problems: ImportIssue[]) => {
    counts.products++;
    if (status === 'archived') counts.archived++;
    const key = skuKey(product.sku);
    const seen = firstRow.get(key);
    if (seen !== undefined)
      problems.push({ row, column: skuColumn, field: 'sku', key: 'duplicate_in_file', message: `SKU "${product.sku}" is already on row ${seen}`, params: { value: product.sku, row: seen } });
    else if (existing.has(key))
      problems.push({ row, column: skuColumn, field: 'sku', key: 'duplicate', message: `SKU "${product.sku}" is already used by a product in the catalog`, params: { value: product.sku } });
    else firstRow.set(key, row);
    if (problems.length) return;
    if (vendor) {
      let g = vendors.get(vendor);
      if (!g) vendors.set(vendor, (g = { firstRow: row, count: 0, skus: [] }));
      g.count++;
      if (g.skus.length < 100) g.skus.push(product.sku);
    }
    // All or nothing: nothing more is written once a row was bad (the transaction will roll back).
    if (!write || (!skip && issues.length)) return;
    batch.push({ values: productValues(product, status, now, product.compliance === NO_COMPLIANCE ? NO_COMPLIANCE_JSON : undefined, batteryHs), vendor });
    if (batch.length === WRITE_BATCH) flush();
  };

  /** One product of the file: its cells read through the mapping (a variant's blank cells from its product), validated as products.create validates. */
  const check = (c: Candidate) => {
    const { row } = c;
    const problems: ImportIssue[] = [];
    const bad = (field: ImportField, key: string, message: string, params?: Record<string, string | number>) =>
      problems.push({ row, column: mapping[field] ?? null, field, key, message, ...(params ? { params } : {}) });
    const cell = (field: ImportField) => col(c.cells, mapping[field]) || (c.parent ? col(c.parent, mapping[field]) : '');
    const input: Record<string, unknown> = {};
    for (const f of TEXT_FIELDS) {
      const v = f === 'description' ? (raw(c.cells, mapping[f]).trim() || (c.parent ? raw(c.parent, mapping[f]).trim() : '')) : cell(f);
      if (v !== '') input[f] = v;
    }
    if (c.sku !== undefined) input.sku = c.sku;
    if (c.name !== undefined) input.name = c.name;
    if (c.description !== undefined) input.description = c.description;
    if (input.sku === '') delete input.sku;
    // Descriptions of every platform come as HTML or text: stored as plain text, entities decoded.
    if (typeof input.description === 'string') {
      const text = htmlToText(input.description);
      if (text) input.description = text;
      else delete input.description;
    }
    const vendor = (c.vendor !== undefined ? c.vendor : cell('vendor')) || null;

    // Origin: a country as the file writes it ("China", "UK", "Deutschland", "中国"), else the seller's default.
    const origin = cell('originCountry');
    delete input.originCountry;
    if (origin) {
      const code = countryCode(origin);
      if (code) input.originCountry = code;
      else bad('originCountry', 'country_not_recognised', `"${origin}" is not a country we know: write its name or ISO code (e.g. CN, DE)`, { value: origin });
    } else if (options.defaultCountry) input.originCountry = options.defaultCountry;

    const weight = cell('unitNetWeightG');
    if (weight) {
      const n = parseNumber(weight, csv.decimal);
      // The file's unit, else this row's unit cell; a row whose cell names no unit is a problem of that row.
      const unitText = weightUnit.unit ? '' : cell('weightUnit');
      const unit = weightUnit.unit ?? unitOfCell(unitText);
      if (typeof n !== 'number') bad('unitNetWeightG', n.key, n.message);
      else if (unit) input.unitNetWeightG = toGrams(n, unit);
      else bad('weightUnit', 'weight_unit_unknown', `"${unitText}" is not a weight unit (g, kg, lb, oz)`, { value: unitText });
    }
    const warranty = cell('warrantyMonths');
    if (warranty) {
      const n = parseNumber(warranty, csv.decimal);
      if (typeof n === 'number') input.warrantyMonths = n;
      else bad('warrantyMonths', n.key, n.message);
    }
    const value = cell('unitValue');
    if (value) {
      if (typeof input.currency === 'string') input.currency = input.currency.toUpperCase();
      else if (options.currency) input.currency = options.currency;
      const currency = typeof input.currency === 'string' ? input.currency : 'USD';
      const m = parseMoney(value, currency, csv.decimal);
      if (typeof m === 'number') input.unitValue = m;
      else bad('unitValue', m.key, m.message, m.params);
    }
    const compliance = cell('compliance');
    if (compliance) {
      try {
        input.compliance = JSON.parse(compliance);
      } catch {
        bad('compliance', 'bad_json', 'Not valid JSON');
      }
    }
    const tariffCodes = cell('tariffCodes');
    if (tariffCodes) {
      try {
        input.tariffCodes = JSON.parse(tariffCodes);
      } catch {
        bad('tariffCodes', 'bad_json', 'Not valid JSON, e.g. {"US":"6109100012","EU":"61091000"}');
      }
    }
    const rp = cell('euResponsiblePerson');
    if (rp) input.euResponsiblePerson = rp;
    const maker = cell('manufacturer');
    if (maker) input.manufacturer = maker;
    let status: Product['status'] = c.status ?? 'active';
    if (c.status === null) {
      const statusText = cell('status');
      const read = statusOfCell(statusText);
      if (read) status = read;
      else bad('status', 'not_allowed', 'Must be one of: active, archived', { values: 'active, archived' });
    }

    // The same validation as products.create: the contract's schema, then the core's record checks.
    const parsed = z.safeParse(productCreateInput, input, { reportInput: true });
    if (!parsed.success) {
      problems.push(...rowIssues(row, issuesFromZod(parsed.error), columnOf));
    } else if (problems.length === 0) {
      const product = editableFromInput(parsed.data, NO_COMPLIANCE);
      problems.push(...rowIssues(row, productRecordIssues(ctx, product), columnOf));
      if (problems.length === 0) accept(row, product, status, vendor, problems);
    }
    for (const p of problems) issues.push(p);
    if (problems.length) badRows.add(row, c.cells, problems);
  };
  const settle = (outcomes: Outcome[]) => {
    for (const o of outcomes) {
      if ('product' in o) check(o.product);
      else {
        counts.skipped++;
        counts.skippedBy[o.skip] = (counts.skippedBy[o.skip] ?? 0) + 1;
      }
    }
  };

  const reader = rowReader(format, csv.headers, mapping, cells);
  counts.rows = eachRecord<ImportField>(
    csv, mapping, job, issues, write ? 'importing' : 'validating', ({ row, cells: c }) => settle(reader.push(row, c)),
    (row, c, problems) => badRows.add(row, c, problems),
  );
  settle(reader.end());
  if (write && (skip || issues.length === 0)) flush();
  return counts;
}
