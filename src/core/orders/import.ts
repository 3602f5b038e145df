// orders.importCsv: a store's order export → one draft shipment per order, each preflighted.
//
// One pass over the file as it is parsed gathers the orders (rows of the same order number, in any
// order; the order's fields from the first row that has them, as Shopify writes them only on the
// first). Then each order is decided: skipped (cancelled, refunded, already fulfilled, nothing to
// ship, already imported from this store) or checked (consignee, country as an ISO code, items by
// SKU against the catalog, quantities, prices, the shipment's own schema). Every problem names the
// order, the row, the column and why. All orders are written in one IMMEDIATE transaction, or none;
// with onError "skip" the good ones are. Every new shipment is preflighted in the same pass.
// Runs in a job worker: progress, cancel (which rolls the transaction back).
import { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';
import type { ImportIssue } from '../../shared/imports';
import { CURRENCY_MINOR_DIGITS, isCurrencyCode } from '../../shared/iso';
import { ORDER_LIST_LIMIT, ORDER_PROBLEM_LIMIT, SKIP_REASONS } from '../../shared/orders';
import type {
  ImportedShipment, OrderField, OrderFormat, OrderMapping, OrderProblem, OrdersImportReport, PreflightVerdict, SkipReason,
 ordersImportInput} from '../../shared/orders';
import type { Finding } from '../../shared/preflight';
import { shipmentCreateInput } from '../../shared/shipments';
import type { ShipmentCreateInput } from '../../shared/shipments';
import { issuesFromZod } from '../../shared/validation';
import type { CoreContext } from '../context';
import { writeTransaction } from '../db/write';
import type { JobControl } from '../jobs/control';
import { runPreflight } from '../preflight/load';
import { listActiveSellerRules } from '../preflight/sellerRules';
import { getProfile } from '../settings/profile';
import { createShipment } from '../shipments/shipments';
import { cellReader, eachRecord, mappingIssues } from '../tables/common';
import { countryCode } from '../tables/countries';
import { decimalText, parseDecimal } from '../tables/numbers';
import { openOrdersFile } from './file';
import { withStatementCache } from './statements';
import { defaultStore, detectOrderFormat, resolveOrderMapping } from './mapping';

export type OrdersImportOptions = z.output<typeof ordersImportInput>;

/** Fields of the order (taken from the first row that has them); the rest are fields of a line. */
const ORDER_LEVEL = [
  'status', 'fulfillment', 'cancelledAt', 'shippedAt', 'name', 'firstName', 'lastName', 'company', 'address1', 'address2', 'address3',
  'city', 'postcode', 'state', 'country', 'phone', 'email', 'shipping', 'currency', 'itemCount', 'orderValue',
] as const satisfies readonly OrderField[];
type OrderLevel = (typeof ORDER_LEVEL)[number];

/** Where the parcel goes: two rows of one order number that disagree here are two orders. */
const ADDRESS_FIELDS: ReadonlySet<OrderField> = new Set(['name', 'firstName', 'lastName', 'address1', 'address2', 'city', 'postcode', 'country']);

interface Line {
  row: number;
  sku: string;
  quantity: number;
  unitText: string;
  lineText: string;
}

interface Draft {
  number: string;
  firstRow: number;
  fields: Partial<Record<OrderLevel, string>>;
  /** The row each order field came from. */
  at: Partial<Record<OrderLevel, number>>;
  lines: Line[];
  leftOut: number;
  problems: OrderProblem[];
  conflict: boolean;
  /** Etsy's Sold Orders: the order's SKUs, comma-separated. */
  skuList?: string;
  /** Amazon: each line's shipping price (a total for that line), summed for the order. */
  lineShipping: { row: number; text: string }[];
}

/** An order checked and ready to write. */
interface Good {
  number: string;
  /** As the shipments' schema parsed it (checked once, written as it is). */
  input: z.output<typeof shipmentCreateInput>;
}

const FALSE = new Set(['false', 'no', 'n', '0', 'nein', 'non', '否']);
const CANCELLED = new Set(['cancelled', 'canceled', 'voided', 'void', 'failed', 'declined', 'storniert', 'annulée', 'annulee', '已取消', '取消']);
const REFUNDED = new Set(['refunded', 'fully refunded', 'erstattet', 'remboursée', 'remboursee', '已退款', '退款']);
const FULFILLED = new Set(['fulfilled', 'shipped', 'completed', 'complete', 'delivered', 'versandt', 'expédiée', 'expediee', '已发货', '已完成']);

/** Why an order makes no shipment, from its status columns; null: it is to be shipped. */
function skipReason(fields: Draft['fields']): SkipReason | null {
  const status = (fields.status ?? '').trim().toLowerCase().replace(/^wc-/, '');
  const fulfillment = (fields.fulfillment ?? '').trim().toLowerCase();
  if (fields.cancelledAt || CANCELLED.has(status)) return 'cancelled';
  if (REFUNDED.has(status)) return 'refunded';
  if (fields.shippedAt || FULFILLED.has(status) || FULFILLED.has(fulfillment)) return 'fulfilled';
  return null;
}

/** Currency signs eBay writes before its amounts ("$12.99", "£8.50", "AU $20.00"). */
const SIGNS: Record<string, string> = {
  $: 'USD', US$: 'USD', 'US $': 'USD', '£': 'GBP', '€': 'EUR', AU$: 'AUD', 'AU $': 'AUD', A$: 'AUD', C$: 'CAD', 'C $': 'CAD', CA$: 'CAD',
};
const SIGNED = /^(US ?\$|AU ?\$|A\$|CA?\$|C \$|\$|£|€|[A-Z]{3}(?= ))\s*(.*)$/;
const TRAILING_CODE = /^(.*?)\s+([A-Z]{3})$/;

/** An amount cell: its number as plain decimal text and the currency its sign or code names; or null. */
function readAmount(text: string, decimal: ',' | '.'): { value: string; currency: string | null } | null {
  let body = text.trim();
  let currency: string | null = null;
  const signed = SIGNED.exec(body);
  if (signed) {
    const sign = signed[1]!.trim();
    currency = SIGNS[sign] ?? (isCurrencyCode(sign) ? sign : null);
    body = signed[2]!;
  } else {
    const coded = TRAILING_CODE.exec(body);
    if (coded && isCurrencyCode(coded[2]!)) [body, currency] = [coded[1]!, coded[2]!];
  }
  const value = decimalText(body, decimal);
  return value === null ? null : { value, currency };
}

/** Plain decimal text → integer minor units of `currency`; null when it has more decimals than the currency. */
function toMinor(value: string, currency: string): number | null {
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  const negative = value.startsWith('-');
  const [whole, frac = ''] = value.replace('-', '').split('.');
  if (frac.replace(/0+$/, '').length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0').slice(0, digits) || '0');
  return negative ? -minor : minor;
}

const skuKey = (sku: string) => sku.replace(/[A-Z]+/g, (m) => m.toLowerCase());

interface ProductRef {
  id: number;
  sku: string;
  status: string;
  grams: number;
}

export async function importOrdersCsv(ctx: CoreContext, options: OrdersImportOptions, job: JobControl): Promise<OrdersImportReport> {
  job.progress(0, 1, 'reading');
  const csv = await openOrdersFile(options.path, options.encoding);
  job.checkCancelled();
  const format = detectOrderFormat(csv.headers);
  const mapping = resolveOrderMapping(csv.headers, format, options.mapping);
  const store = options.store?.trim() || defaultStore(format);
  const problems: OrderProblem[] = csv.issues.map(fileProblem);
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const report: OrdersImportReport = {
    dryRun: options.dryRun, onError: options.onError, format, store, mapping, rows: 0, orders: 0, skipped, skippedOrders: [], linesLeftOut: 0,
    badOrders: 0, problemCount: 0, problems: [], good: 0, committed: false, created: 0, shipments: [], verdicts: { ready: 0, warned: 0, blocked: 0 },
  };
  const finish = () => {
    report.problemCount = problems.length;
    report.problems = problems.slice(0, ORDER_PROBLEM_LIMIT);
    return report;
  };
  if (csv.headers.length === 0) return finish();
  const required: OrderField[] = format === 'etsy_orders' ? ['orderNumber', 'sku', 'country'] : ['orderNumber', 'sku', 'quantity', 'country'];
  problems.push(...mappingIssues(csv.headers, mapping, required).map(fileProblem));
  if (problems.length) return finish();

  // ---- One pass over the file: the orders it holds ----
  const drafts = new Map<string, Draft>();
  const readerIssues: ImportIssue[] = [];
  let lastOrderRow = 0;
  const { col } = cellReader(csv.headers);
  const bad = (d: Draft, row: number | null, field: OrderField, key: string, message: string, params?: Record<string, string | number>) =>
    d.problems.push({ orderNumber: d.number, row, column: mapping[field] ?? null, field, key, message, ...(params ? { params } : {}) });
  // Amazon's shipping-price is per line (a total of the line's quantity): the order's is their sum.
  const shippingPerLine = format === 'amazon';
  // A row is a line when it names or prices an item; a quantity alone is an order's summary (eBay's order row of a multi-item order).
  const lineFields = format === 'etsy_orders' ? [] : (['sku', 'itemName', 'unitPrice', 'lineTotal'] as const);

  report.rows = eachRecord<OrderField>(csv, mapping, job, readerIssues, 'reading', ({ row, cells }) => {
    const number = col(cells, mapping.orderNumber).replace(/\s+/g, ' ');
    const lineData = lineFields.some((f) => col(cells, mapping[f]) !== '');
    if (!number) {
      // A row without an order number: a blank trailer (eBay's report ends with a count line) or a mistake.
      if (lineData)
        problems.push({ orderNumber: null, row, column: mapping.orderNumber ?? null, field: 'orderNumber', key: 'order_number_missing', message: `Row ${row} has an item but no order number` });
      return;
    }
    lastOrderRow = row;
    let d = drafts.get(number);
    if (!d) drafts.set(number, (d = { number, firstRow: row, fields: {}, at: {}, lines: [], leftOut: 0, problems: [], conflict: false, lineShipping: [] }));
    for (const f of ORDER_LEVEL) {
      let v = col(cells, mapping[f]);
      if (!v) continue;
      // Spreadsheet exports (Shopify's) put an apostrophe before a postcode or phone so that a leading zero survives.
      if ((f === 'postcode' || f === 'phone') && /^'[\d+]/.test(v)) v = v.slice(1);
      const had = d.fields[f];
      if (had === undefined) {
        d.fields[f] = v;
        d.at[f] = row;
      } else if (!d.conflict && ADDRESS_FIELDS.has(f) && had.toLowerCase() !== v.toLowerCase()) {
        d.conflict = true;
        bad(d, row, f, 'order_conflict', `Order ${number} appears twice with different addresses ("${had}" on row ${d.at[f]}, "${v}" here)`, {
          order: number, first: had, value: v, firstRow: d.at[f] ?? d.firstRow,
        });
      }
    }
    if (format === 'etsy_orders') d.skuList ??= col(cells, mapping.sku) || undefined;
    const lineShipping = shippingPerLine ? col(cells, mapping.shipping) : '';
    if (lineShipping) d.lineShipping.push({ row, text: lineShipping });
    if (!lineData) return;
    if (mapping.requiresShipping && FALSE.has(col(cells, mapping.requiresShipping).toLowerCase())) {
      d.leftOut++;
      return;
    }
    const sku = col(cells, mapping.sku);
    if (!sku) bad(d, row, 'sku', 'sku_missing', `Order ${number}: a line without a SKU`, { order: number });
    const qtyText = col(cells, mapping.quantity);
    const qty = qtyText === '' ? null : parseDecimal(qtyText, csv.decimal);
    if (qtyText === '') bad(d, row, 'quantity', 'quantity_missing', `Order ${number}: the quantity of ${sku || 'a line'} is missing`, { order: number, sku });
    else if (qty === null) bad(d, row, 'quantity', 'not_a_number', `"${qtyText}" is not a number`, { order: number, value: qtyText });
    else if (qty === 0) bad(d, row, 'quantity', 'quantity_zero', `Order ${number}: the quantity of ${sku} is 0`, { order: number, sku });
    else if (qty < 0) bad(d, row, 'quantity', 'quantity_negative', `Order ${number}: the quantity of ${sku} is negative (${qtyText})`, { order: number, sku, value: qtyText });
    else if (!Number.isInteger(qty)) bad(d, row, 'quantity', 'quantity_not_whole', `Order ${number}: the quantity of ${sku} is not a whole number (${qtyText})`, { order: number, sku, value: qtyText });
    d.lines.push({ row, sku, quantity: qty !== null && Number.isInteger(qty) && qty > 0 ? qty : 0, unitText: col(cells, mapping.unitPrice), lineText: col(cells, mapping.lineTotal) });
  });
  // eBay's report ends with lines that are not records ("2 record(s) downloaded …", "Seller ID: …").
  for (const issue of readerIssues)
    if (!(format === 'ebay' && issue.key === 'csv_column_count' && (issue.row ?? 0) > lastOrderRow)) problems.push(fileProblem(issue));
  report.orders = drafts.size;

  // ---- Each order decided: skipped, checked (problems), or good ----
  job.checkCancelled();
  const profile = getProfile(ctx);
  const products = new Map<string, ProductRef>();
  for (const p of ctx.db.prepare('SELECT id, sku, status, coalesce(unit_net_weight_g, 0) AS grams FROM products').all() as ProductRef[]) products.set(skuKey(p.sku), p);
  const imported = new Set(ctx.db.prepare('SELECT order_number FROM shipments WHERE order_store = ? AND order_number IS NOT NULL').pluck().all(store) as string[]);
  const today = ctx.today();
  const goods: Good[] = [];
  let decided = 0;
  for (const d of drafts.values()) {
    if (decided++ % 1000 === 0) {
      job.checkCancelled();
      job.progress(decided, drafts.size, 'checking');
    }
    const reason = d.conflict ? null : skipReason(d.fields);
    const skip = (r: SkipReason) => {
      skipped[r]++;
      if (report.skippedOrders.length < ORDER_LIST_LIMIT) report.skippedOrders.push({ orderNumber: d.number, reason: r });
    };
    report.linesLeftOut += d.leftOut;
    if (reason) {
      skip(reason);
      continue;
    }
    if (imported.has(d.number)) {
      skip('already_imported');
      continue;
    }
    const good = checkOrder(d, { format, mapping, decimal: csv.decimal, products, profileCurrency: profile.defaultCurrency, currency: options.currency, today, bad });
    if (good === 'no_shipping') skip('no_shipping');
    else if (good && d.problems.length === 0) goods.push(good);
    if (d.problems.length) {
      report.badOrders++;
      problems.push(...d.problems);
    }
  }
  report.good = goods.length;
  job.progress(drafts.size, drafts.size, 'checking');
  const write = !options.dryRun && goods.length > 0 && !problems.some((p) => p.orderNumber === null) && (options.onError === 'skip' || problems.length === 0);
  if (!write) return finish();

  // ---- Written all together, each new shipment preflighted as it is made ----
  const cached = withStatementCache(ctx);
  const rules = listActiveSellerRules(ctx.db);
  const setOrder = ctx.db.prepare('UPDATE shipments SET order_store = ?, order_number = ? WHERE id = ?');
  const made: ImportedShipment[] = [];
  writeTransaction(cached.db, () => {
    goods.forEach((g, i) => {
      if (i % 100 === 0) {
        job.checkCancelled();
        job.progress(i, goods.length, 'writing');
      }
      const shipment = createShipment(cached, g.input);
      setOrder.run(store, g.number, shipment.id);
      const findings = runPreflight(cached, shipment, rules).findings;
      const verdict: PreflightVerdict = findings.some((f) => f.severity === 'block') ? 'blocked' : findings.some((f) => f.severity === 'warn') ? 'warned' : 'ready';
      made.push({
        id: shipment.id, reference: shipment.reference, orderNumber: g.number, consigneeName: shipment.consignee.name, country: shipment.consignee.country,
        verdict, findings: said(findings, verdict),
      });
    });
    job.checkCancelled();
  });
  job.progress(goods.length, goods.length, 'writing');
  report.committed = true;
  report.created = made.length;
  for (const s of made) report.verdicts[s.verdict]++;
  // Blocked first, then warned, then ready: what needs the seller comes first.
  const rank: Record<PreflightVerdict, number> = { blocked: 0, warned: 1, ready: 2 };
  report.shipments = made.sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.id - b.id).slice(0, ORDER_LIST_LIMIT);
  return finish();
}

const said = (findings: Finding[], verdict: PreflightVerdict) =>
  verdict === 'ready' ? [] : findings.filter((f) => f.severity === (verdict === 'blocked' ? 'block' : 'warn')).map((f) => f.message);

const fileProblem = (i: ImportIssue): OrderProblem => ({ orderNumber: null, row: i.row, column: i.column, field: i.field, key: i.key, message: i.message, ...(i.params ? { params: i.params } : {}) });

interface CheckContext {
  format: OrderFormat;
  mapping: OrderMapping;
  decimal: ',' | '.';
  products: Map<string, ProductRef>;
  profileCurrency: string;
  currency: string | undefined;
  today: string;
  bad: (d: Draft, row: number | null, field: OrderField, key: string, message: string, params?: Record<string, string | number>) => void;
}

/** The shipment an order makes (its problems go to d.problems); 'no_shipping' when every line needs none. */
function checkOrder(d: Draft, c: CheckContext): Good | 'no_shipping' | null {
  const f = d.fields;
  const n = d.number;
  const rowOf = (field: OrderLevel) => d.at[field] ?? d.firstRow;
  const lines = c.format === 'etsy_orders' ? etsyOrderLines(d, c) : d.lines;
  if (lines === null) return null;
  if (lines.length === 0) {
    if (d.leftOut > 0) return 'no_shipping';
    c.bad(d, d.firstRow, 'sku', 'order_no_items', `Order ${n} has no items`, { order: n });
    return null;
  }

  // The currency: the file's column, else the sign of its amounts (eBay), else the seller's choice or default.
  let signCurrency: string | null = null;
  const amount = (text: string, row: number, field: OrderField): { value: string } | null => {
    const a = readAmount(text, c.decimal);
    if (!a) {
      c.bad(d, row, field, 'not_a_number', `"${text}" is not an amount`, { order: n, value: text });
      return null;
    }
    signCurrency ??= a.currency;
    return a;
  };
  const shippingAmounts = (d.lineShipping.length ? d.lineShipping : f.shipping ? [{ row: rowOf('shipping'), text: f.shipping }] : []).map((s) => ({
    row: s.row, amount: amount(s.text, s.row, 'shipping'),
  }));
  const lineAmounts = lines.map((l) => ({
    unit: l.unitText ? amount(l.unitText, l.row, 'unitPrice') : null,
    total: !l.unitText && l.lineText ? amount(l.lineText, l.row, 'lineTotal') : null,
  }));
  const currency = (f.currency?.toUpperCase() || signCurrency || c.currency || c.profileCurrency).trim();
  if (!isCurrencyCode(currency)) {
    c.bad(d, rowOf('currency'), 'currency', 'currency_unknown', `Order ${n}: "${f.currency}" is not a currency code`, { order: n, value: f.currency ?? '' });
    return null;
  }
  const minor = (a: { value: string } | null, row: number, field: OrderField): number | undefined => {
    if (!a) return undefined;
    const m = toMinor(a.value, currency);
    if (m === null) c.bad(d, row, field, 'money_format', `Order ${n}: ${a.value} has more decimals than ${currency} has`, { order: n, value: a.value, currency });
    else if (m < 0) c.bad(d, row, field, 'price_negative', `Order ${n}: the amount ${a.value} is negative`, { order: n, value: a.value });
    else return m;
    return undefined;
  };

  // Items: each SKU a product of the catalog (not archived), with the line's quantity and unit price.
  let grams = 0;
  const items: NonNullable<ShipmentCreateInput['items']> = [];
  lines.forEach((l, i) => {
    const p = l.sku ? c.products.get(skuKey(l.sku)) : undefined;
    if (l.sku && !p) c.bad(d, l.row, 'sku', 'sku_unknown', `Order ${n}: no product in the catalog has the SKU "${l.sku}"`, { order: n, sku: l.sku });
    else if (p?.status === 'archived')
      c.bad(d, l.row, 'sku', 'product_archived', `Order ${n}: product ${p.sku} is archived; restore it to ship it`, { order: n, sku: p.sku });
    const unit = minor(lineAmounts[i]!.unit, l.row, 'unitPrice');
    const total = minor(lineAmounts[i]!.total, l.row, 'lineTotal');
    // A line total is divided by the quantity, to the nearest minor unit (Amazon and WooCommerce give totals).
    const unitValue = unit ?? (total !== undefined && l.quantity > 0 ? Math.round(total / l.quantity) : undefined);
    if (!p || l.quantity <= 0) return;
    grams += p.grams * l.quantity;
    items.push({ productId: p.id, quantity: l.quantity, ...(unitValue !== undefined ? { unitValue } : {}) });
  });
  const postage = shippingAmounts.reduce((sum, s) => sum + (minor(s.amount, s.row, 'shipping') ?? 0), 0);

  // The consignee: the shipping address, the country as an ISO code from a code or a name.
  const countryText = f.country ?? '';
  const country = countryCode(countryText);
  if (!countryText) c.bad(d, d.firstRow, 'country', 'country_missing', `Order ${n}: the address has no country`, { order: n });
  else if (!country) c.bad(d, rowOf('country'), 'country', 'country_unknown', `Order ${n}: "${countryText}" is not a country`, { order: n, value: countryText });
  const name = f.name || [f.firstName, f.lastName].filter(Boolean).join(' ');
  const consignee = {
    name, company: f.company ?? null, addressLines: [f.address1, f.address2, f.address3].filter((s): s is string => Boolean(s)),
    city: f.city ?? '', state: f.state ?? null, postcode: f.postcode ?? null, country: country ?? 'XX', phone: f.phone ?? null, email: f.email ?? null,
  };
  const invoice = n.replace(/^#/, '');
  const input: ShipmentCreateInput = {
    orderRefs: [n], consignee, shipDate: c.today, category: 'sale_of_goods', currency, postage: postage ?? 0,
    invoiceNumber: invoice, invoiceDate: c.today, items,
    // One parcel, its weight the items' net weight from the catalog (weigh the packed parcel and correct it).
    parcels: grams > 0 ? [{ grossWeightG: Math.min(grams, 1_000_000) }] : [],
  };
  if (d.problems.length) return null;
  const parsed = z.safeParse(shipmentCreateInput, input);
  if (!parsed.success) for (const issue of issuesFromZod(parsed.error)) shipmentIssue(d, c, issue, lines);
  return parsed.success && d.problems.length === 0 ? { number: n, input: parsed.data } : null;
}

/** Etsy's Sold Orders file: items only as a SKU list and a count; one SKU is enough to know the line. */
function etsyOrderLines(d: Draft, c: CheckContext): Line[] | null {
  const list = (d.skuList ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const row = d.firstRow;
  if (list.length === 0) {
    c.bad(d, row, 'sku', 'sku_missing', `Order ${d.number}: no SKU`, { order: d.number });
    return null;
  }
  if (list.length > 1) {
    c.bad(d, row, 'sku', 'order_items_unknown', `Order ${d.number} has ${list.length} different items: import Etsy's "Order Items" file, which gives each item's quantity and price`, {
      order: d.number, count: list.length,
    });
    return null;
  }
  const countText = d.fields.itemCount ?? '1';
  const count = parseDecimal(countText, c.decimal);
  if (count === null || !Number.isInteger(count) || count <= 0) {
    c.bad(d, row, 'itemCount', count === 0 ? 'quantity_zero' : 'not_a_number', `Order ${d.number}: "${countText}" is not a number of items`, { order: d.number, value: countText });
    return null;
  }
  return [{ row, sku: list[0]!, quantity: count, unitText: '', lineText: d.fields.orderValue ?? '' }];
}

/** A shipment schema issue as a problem of the order, on the column it came from. */
function shipmentIssue(d: Draft, c: CheckContext, issue: FieldIssue, lines: Line[]): void {
  const [head, second, third] = issue.path.split('.');
  const consigneeField: Record<string, OrderField> = {
    name: 'name', company: 'company', addressLines: 'address1', city: 'city', state: 'state', postcode: 'postcode', country: 'country', phone: 'phone', email: 'email',
  };
  let field: OrderField = 'orderNumber';
  let row: number | null = d.firstRow;
  if (head === 'consignee' && second) field = consigneeField[second] ?? 'name';
  else if (head === 'items' && second !== undefined) {
    field = third === 'unitValue' ? (c.mapping.unitPrice ? 'unitPrice' : 'lineTotal') : third === 'quantity' ? 'quantity' : 'sku';
    row = lines[Number(second)]?.row ?? row;
  } else if (head === 'postage') field = 'shipping';
  else if (head === 'currency') field = 'currency';
  if (head === 'consignee' && second) row = d.at[consigneeField[second] as OrderLevel] ?? d.firstRow;
  c.bad(d, row, field, issue.key, `Order ${d.number}: ${issue.message}`, { order: d.number, ...(issue.params ?? {}) });
}
