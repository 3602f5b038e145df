// Order exports shaped like each platform's documented export (its column names, in its order,
// its habits: Shopify's order fields on the first row only, eBay's currency signs and trailer
// lines, Amazon's tab-separated totals per line, Etsy's country names). Written for the demo (one
// file per platform to try), the tests and the benchmark; never copied from a real store.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export interface SampleLine {
  sku: string;
  name: string;
  quantity: number;
  /** Unit price as the store writes it ("12.50"). */
  price: string;
  /** A line that needs no shipping (a gift card, a download). */
  digital?: boolean;
}

export interface SampleOrder {
  number: string;
  name: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  postcode: string;
  state?: string;
  /** ISO code (Shopify, WooCommerce, Amazon write codes). */
  country: string;
  /** The country's English name (Etsy and eBay write names). */
  countryName: string;
  phone?: string;
  email?: string;
  currency: string;
  shipping: string;
  status?: 'open' | 'cancelled' | 'refunded' | 'fulfilled';
  lines: SampleLine[];
}

export const SAMPLE_FORMATS = ['shopify', 'woocommerce', 'etsy_items', 'etsy_orders', 'ebay', 'amazon', 'generic'] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];

const cents = (s: string) => Math.round(Number(s) * 100);
const money = (c: number) => (c / 100).toFixed(2);
const lineTotal = (l: SampleLine) => money(cents(l.price) * l.quantity);
const subtotal = (o: SampleOrder) => money(o.lines.reduce((s, l) => s + cents(l.price) * l.quantity, 0));
const total = (o: SampleOrder) => money(cents(subtotal(o)) + cents(o.shipping));
const split = (name: string) => {
  const at = name.indexOf(' ');
  return at < 0 ? [name, ''] : [name.slice(0, at), name.slice(at + 1)];
};
const csv = (fields: string[], rows: Record<string, string>[]) =>
  `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n' })}\r\n`;

const SHOPIFY = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping', 'Taxes',
  'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price',
  'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name',
  'Billing Street', 'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province', 'Billing Country',
  'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2', 'Shipping Company', 'Shipping City', 'Shipping Zip',
  'Shipping Province', 'Shipping Country', 'Shipping Phone', 'Notes', 'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference',
  'Refunded Amount', 'Vendor', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount', 'Phone',
];

function shopify(orders: SampleOrder[], date: string): string {
  const rows: Record<string, string>[] = [];
  orders.forEach((o, oi) => {
    const at = `${date} 09:${String(oi % 60).padStart(2, '0')}:00 +0800`;
    const st = o.status ?? 'open';
    o.lines.forEach((l, i) => {
      const line = {
        Name: o.number, 'Lineitem quantity': String(l.quantity), 'Lineitem name': l.name, 'Lineitem price': l.price, 'Lineitem sku': l.sku,
        'Lineitem requires shipping': l.digital ? 'false' : 'true', 'Lineitem taxable': 'true', 'Lineitem fulfillment status': st === 'fulfilled' ? 'fulfilled' : 'pending',
        'Lineitem discount': '0.00',
      };
      if (i > 0) return void rows.push(line);
      const street = [o.address1, o.address2].filter(Boolean).join(', ');
      rows.push({
        ...line, Email: o.email ?? '', 'Financial Status': st === 'refunded' ? 'refunded' : st === 'cancelled' ? 'voided' : 'paid', 'Paid at': at,
        'Fulfillment Status': st === 'fulfilled' ? 'fulfilled' : 'unfulfilled', 'Fulfilled at': st === 'fulfilled' ? at : '', 'Accepts Marketing': 'no',
        Currency: o.currency, Subtotal: subtotal(o), Shipping: o.shipping, Taxes: '0.00', Total: total(o), 'Discount Amount': '0.00', 'Shipping Method': 'Standard',
        'Created at': at, 'Billing Name': o.name, 'Billing Street': street, 'Billing Address1': o.address1, 'Billing Address2': o.address2 ?? '',
        'Billing Company': o.company ?? '', 'Billing City': o.city, 'Billing Zip': o.postcode, 'Billing Province': o.state ?? '', 'Billing Country': o.country,
        'Billing Phone': o.phone ?? '', 'Shipping Name': o.name, 'Shipping Street': street, 'Shipping Address1': o.address1, 'Shipping Address2': o.address2 ?? '',
        'Shipping Company': o.company ?? '', 'Shipping City': o.city, 'Shipping Zip': o.postcode, 'Shipping Province': o.state ?? '', 'Shipping Country': o.country,
        'Shipping Phone': o.phone ?? '', 'Cancelled at': st === 'cancelled' ? at : '', 'Payment Method': 'Shopify Payments', 'Refunded Amount': st === 'refunded' ? total(o) : '0.00',
        Id: String(5_000_000_000 + oi), 'Risk Level': 'Low', Source: 'web', Phone: o.phone ?? '',
      });
    });
  });
  return csv(SHOPIFY, rows);
}

const WOO = [
  'order_id', 'order_number', 'order_date', 'status', 'shipping_total', 'shipping_tax_total', 'fee_total', 'tax_total', 'discount_total', 'order_total',
  'refunded_total', 'order_currency', 'payment_method', 'shipping_method', 'customer_id', 'billing_first_name', 'billing_last_name', 'billing_company',
  'billing_email', 'billing_phone', 'billing_address_1', 'billing_address_2', 'billing_postcode', 'billing_city', 'billing_state', 'billing_country',
  'shipping_first_name', 'shipping_last_name', 'shipping_address_1', 'shipping_address_2', 'shipping_postcode', 'shipping_city', 'shipping_state',
  'shipping_country', 'shipping_company', 'customer_note', 'item_id', 'item_product_id', 'item_name', 'item_sku', 'item_quantity', 'item_subtotal',
  'item_subtotal_tax', 'item_total', 'item_total_tax', 'item_refunded', 'item_refunded_qty', 'item_meta',
];
const WOO_STATUS = { open: 'processing', cancelled: 'cancelled', refunded: 'refunded', fulfilled: 'completed' } as const;

function woocommerce(orders: SampleOrder[], date: string): string {
  const rows: Record<string, string>[] = [];
  orders.forEach((o, oi) => {
    const [first, last] = split(o.name);
    const order = {
      order_id: String(1000 + oi), order_number: o.number, order_date: `${date} 10:00:00`, status: WOO_STATUS[o.status ?? 'open'], shipping_total: o.shipping,
      shipping_tax_total: '0.00', fee_total: '0.00', tax_total: '0.00', discount_total: '0.00', order_total: total(o), refunded_total: o.status === 'refunded' ? total(o) : '0.00',
      order_currency: o.currency, payment_method: 'stripe', shipping_method: 'Flat rate', customer_id: '0', billing_first_name: first!, billing_last_name: last!,
      billing_company: o.company ?? '', billing_email: o.email ?? '', billing_phone: o.phone ?? '', billing_address_1: o.address1, billing_address_2: o.address2 ?? '',
      billing_postcode: o.postcode, billing_city: o.city, billing_state: o.state ?? '', billing_country: o.country, shipping_first_name: first!, shipping_last_name: last!,
      shipping_address_1: o.address1, shipping_address_2: o.address2 ?? '', shipping_postcode: o.postcode, shipping_city: o.city, shipping_state: o.state ?? '',
      shipping_country: o.country, shipping_company: o.company ?? '',
    };
    o.lines.forEach((l, i) =>
      rows.push({
        ...order, item_id: String(oi * 10 + i + 1), item_product_id: String(100 + i), item_name: l.name, item_sku: l.sku, item_quantity: String(l.quantity),
        item_subtotal: lineTotal(l), item_subtotal_tax: '0.00', item_total: lineTotal(l), item_total_tax: '0.00', item_refunded: '0.00', item_refunded_qty: '0',
      }),
    );
  });
  return csv(WOO, rows);
}

const ETSY_ITEMS = [
  'Sale Date', 'Item Name', 'Buyer', 'Quantity', 'Price', 'Coupon Code', 'Coupon Details', 'Discount Amount', 'Shipping Discount', 'Order Shipping',
  'Order Sales Tax', 'Item Total', 'Currency', 'Transaction ID', 'Listing ID', 'Date Paid', 'Date Shipped', 'Ship Name', 'Ship Address1', 'Ship Address2',
  'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Order ID', 'Variations', 'Order Type', 'Listings Type', 'Payment Type', 'InPerson Discount',
  'InPerson Location', 'VAT Paid by Buyer', 'SKU',
];
const etsyDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(2, 4)}`;

/** Etsy's files say nothing of cancellations or refunds: only open and shipped orders are written. */
const etsyShows = (o: SampleOrder) => !o.status || o.status === 'open' || o.status === 'fulfilled';

function etsyItems(orders: SampleOrder[], date: string): string {
  const rows: Record<string, string>[] = [];
  orders.filter(etsyShows).forEach((o, oi) =>
    o.lines.forEach((l, i) =>
      rows.push({
        'Sale Date': etsyDate(date), 'Item Name': l.name, Buyer: o.name, Quantity: String(l.quantity), Price: l.price, 'Discount Amount': '0',
        'Shipping Discount': '0', 'Order Shipping': o.shipping, 'Order Sales Tax': '0', 'Item Total': lineTotal(l), Currency: o.currency,
        'Transaction ID': String(3_100_000_000 + oi * 10 + i), 'Listing ID': String(1_500_000_000 + i), 'Date Paid': etsyDate(date),
        'Date Shipped': o.status === 'fulfilled' ? etsyDate(date) : '', 'Ship Name': o.name, 'Ship Address1': o.address1, 'Ship Address2': o.address2 ?? '',
        'Ship City': o.city, 'Ship State': o.state ?? '', 'Ship Zipcode': o.postcode, 'Ship Country': o.countryName, 'Order ID': o.number,
        'Order Type': 'online', 'Listings Type': 'listing', 'Payment Type': 'online_cc', SKU: l.sku,
      }),
    ),
  );
  return csv(ETSY_ITEMS, rows);
}

const ETSY_ORDERS = [
  'Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'First Name', 'Last Name', 'Number of Items', 'Payment Method', 'Date Shipped', 'Street 1',
  'Street 2', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Currency', 'Order Value', 'Coupon Code', 'Coupon Details', 'Discount Amount',
  'Shipping Discount', 'Shipping', 'Sales Tax', 'Order Total', 'Status', 'Card Processing Fees', 'Order Net', 'Adjusted Order Total',
  'Adjusted Card Processing Fees', 'Adjusted Net Order Amount', 'Buyer', 'Order Type', 'Payment Type', 'InPerson Discount', 'InPerson Location', 'SKU',
];

function etsyOrders(orders: SampleOrder[], date: string): string {
  const rows = orders.filter(etsyShows).map((o, oi) => {
    const [first, last] = split(o.name);
    return {
      'Sale Date': etsyDate(date), 'Order ID': o.number, 'Buyer User ID': String(700_000 + oi), 'Full Name': o.name, 'First Name': first!, 'Last Name': last!,
      'Number of Items': String(o.lines.reduce((s, l) => s + l.quantity, 0)), 'Payment Method': 'Credit Card', 'Date Shipped': o.status === 'fulfilled' ? etsyDate(date) : '',
      'Street 1': o.address1, 'Street 2': o.address2 ?? '', 'Ship City': o.city, 'Ship State': o.state ?? '', 'Ship Zipcode': o.postcode, 'Ship Country': o.countryName,
      Currency: o.currency, 'Order Value': subtotal(o), 'Discount Amount': '0', 'Shipping Discount': '0', Shipping: o.shipping, 'Sales Tax': '0', 'Order Total': total(o),
      Status: o.status === 'fulfilled' ? 'Completed' : '', Buyer: o.name, 'Order Type': 'online', 'Payment Type': 'online_cc', SKU: [...new Set(o.lines.map((l) => l.sku))].join(','),
    };
  });
  return csv(ETSY_ORDERS, rows);
}

const EBAY = [
  'Sales Record Number', 'Order Number', 'Buyer Username', 'Buyer Name', 'Buyer Email', 'Buyer Note', 'Buyer Address 1', 'Buyer Address 2', 'Buyer City',
  'Buyer State', 'Buyer Zip', 'Buyer Country', 'Buyer Tax Identifier Name', 'Buyer Tax Identifier Value', 'Ship To Name', 'Ship To Phone', 'Ship To Address 1',
  'Ship To Address 2', 'Ship To City', 'Ship To State', 'Ship To Zip', 'Ship To Country', 'Item Number', 'Item Title', 'Custom Label', 'Sold Via Promoted Listings',
  'Quantity', 'Sold For', 'Shipping And Handling', 'Item Location', 'Item Zip Code', 'Item Country', 'eBay Collect And Remit Tax Rate', 'eBay Collect And Remit Tax Type',
  'eBay Reference Name', 'eBay Reference Value', 'Tax Status', 'Seller Collected Tax', 'eBay Collected Tax', 'Total Price', 'Payment Method', 'Sale Date', 'Paid On Date',
  'Ship By Date', 'Shipped On Date', 'Feedback Left', 'Feedback Received', 'My Item Note', 'Shipping Service', 'Tracking Number', 'Transaction ID', 'Variation Details',
];
const SIGN: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', AUD: 'AU $', CAD: 'C $' };

function ebay(orders: SampleOrder[], date: string): string {
  const rows: Record<string, string>[] = [];
  const sign = (o: SampleOrder, amount: string) => `${SIGN[o.currency] ?? `${o.currency} `}${amount}`;
  let record = 100;
  const shown = orders.filter((o) => o.status !== 'cancelled' && o.status !== 'refunded');
  for (const o of shown) {
    const buyer = {
      'Order Number': o.number, 'Buyer Username': o.name.toLowerCase().replace(/\W+/g, '_'), 'Buyer Name': o.name, 'Buyer Email': o.email ?? '',
      'Buyer Address 1': o.address1, 'Buyer Address 2': o.address2 ?? '', 'Buyer City': o.city, 'Buyer State': o.state ?? '', 'Buyer Zip': o.postcode,
      'Buyer Country': o.countryName, 'Ship To Name': o.name, 'Ship To Phone': o.phone ?? '', 'Ship To Address 1': o.address1, 'Ship To Address 2': o.address2 ?? '',
      'Ship To City': o.city, 'Ship To State': o.state ?? '', 'Ship To Zip': o.postcode, 'Ship To Country': o.countryName,
      'Shipping And Handling': sign(o, o.shipping), 'Total Price': sign(o, total(o)), 'Payment Method': 'eBay Managed Payments', 'Sale Date': date, 'Paid On Date': date,
      'Shipped On Date': o.status === 'fulfilled' ? date : '', 'Shipping Service': 'Economy International',
    };
    const item = (l: SampleLine, i: number) => ({
      'Item Number': String(300_000_000_000 + i), 'Item Title': l.name, 'Custom Label': l.sku, 'Sold Via Promoted Listings': 'No', Quantity: String(l.quantity),
      'Sold For': sign(o, l.price), 'Item Location': 'Shenzhen', 'Item Country': 'China', 'Transaction ID': String(2_000_000_000_000 + record * 10 + i),
    });
    if (o.lines.length === 1) rows.push({ 'Sales Record Number': String(record++), ...buyer, ...item(o.lines[0]!, 0) });
    else {
      // A multi-item order: the order's row (buyer, address, totals), then one row per item.
      rows.push({ 'Sales Record Number': String(record++), ...buyer, Quantity: String(o.lines.reduce((s, l) => s + l.quantity, 0)) });
      o.lines.forEach((l, i) => rows.push({ 'Sales Record Number': String(record++), 'Order Number': o.number, ...item(l, i) }));
    }
  }
  return `${csv(EBAY, rows)}\r\n"${rows.length} record(s) downloaded,from ${date} to ${date}"\r\nSeller ID : demo_seller\r\n`;
}

const AMAZON = [
  'order-id', 'order-item-id', 'purchase-date', 'payments-date', 'buyer-email', 'buyer-name', 'buyer-phone-number', 'sku', 'product-name', 'quantity-purchased',
  'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'ship-service-level', 'recipient-name', 'ship-address-1', 'ship-address-2',
  'ship-address-3', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'ship-phone-number', 'delivery-start-date', 'delivery-end-date',
  'delivery-time-zone', 'delivery-Instructions', 'sales-channel',
];

function amazon(orders: SampleOrder[], date: string): string {
  const lines = [AMAZON.join('\t')];
  orders.filter((o) => !o.status || o.status === 'open').forEach((o, oi) =>
    o.lines.forEach((l, i) => {
      const r: Record<string, string> = {
        'order-id': o.number, 'order-item-id': String(10_000_000_000_000 + oi * 10 + i), 'purchase-date': `${date}T08:00:00+00:00`, 'payments-date': `${date}T08:05:00+00:00`,
        'buyer-email': o.email ?? '', 'buyer-name': o.name, 'buyer-phone-number': o.phone ?? '', sku: l.sku, 'product-name': l.name, 'quantity-purchased': String(l.quantity),
        currency: o.currency, 'item-price': lineTotal(l), 'item-tax': '0.00', 'shipping-price': i === 0 ? o.shipping : '0.00', 'shipping-tax': '0.00',
        'ship-service-level': 'Standard', 'recipient-name': o.name, 'ship-address-1': o.address1, 'ship-address-2': o.address2 ?? '', 'ship-city': o.city,
        'ship-state': o.state ?? '', 'ship-postal-code': o.postcode, 'ship-country': o.country, 'ship-phone-number': o.phone ?? '', 'sales-channel': 'Amazon.com',
      };
      lines.push(AMAZON.map((f) => r[f] ?? '').join('\t'));
    }),
  );
  return `${lines.join('\r\n')}\r\n`;
}

const GENERIC = ['Order No', 'Status', 'Recipient', 'Company', 'Address', 'Address 2', 'City', 'Postcode', 'State', 'Country', 'Phone', 'Email', 'SKU', 'Qty', 'Unit price', 'Currency', 'Shipping'];

function generic(orders: SampleOrder[]): string {
  const rows: Record<string, string>[] = [];
  for (const o of orders)
    for (const l of o.lines)
      rows.push({
        'Order No': o.number, Status: o.status === 'fulfilled' ? 'shipped' : (o.status ?? 'open'), Recipient: o.name, Company: o.company ?? '', Address: o.address1,
        'Address 2': o.address2 ?? '', City: o.city, Postcode: o.postcode, State: o.state ?? '', Country: o.countryName, Phone: o.phone ?? '', Email: o.email ?? '',
        SKU: l.sku, Qty: String(l.quantity), 'Unit price': l.price, Currency: o.currency, Shipping: o.shipping,
      });
  return csv(GENERIC, rows);
}

/** The file a platform would export for these orders (`date`: the day they were placed, YYYY-MM-DD). */
export function sampleOrderFile(format: SampleFormat, all: SampleOrder[], date: string): string {
  // Only Shopify's export says which lines need no shipping; the others' files leave them out here.
  const orders = format === 'shopify' ? all : all.map((o) => ({ ...o, lines: o.lines.filter((l) => !l.digital) }));
  switch (format) {
    case 'shopify': return shopify(orders, date);
    case 'woocommerce': return woocommerce(orders, date);
    case 'etsy_items': return etsyItems(orders, date);
    case 'etsy_orders': return etsyOrders(orders, date);
    case 'ebay': return ebay(orders, date);
    case 'amazon': return amazon(orders, date);
    case 'generic': return generic(orders);
  }
}

export const SAMPLE_FILE_NAMES: Record<SampleFormat, string> = {
  shopify: 'shopify-orders_export.csv', woocommerce: 'woocommerce-orders-export.csv', etsy_items: 'EtsySoldOrderItems.csv', etsy_orders: 'EtsySoldOrders.csv',
  ebay: 'ebay-orders-report.csv', amazon: 'amazon-order-report.txt', generic: 'orders.csv',
};

/**
 * Where the demo puts its order files: a folder of its own at the data folder's top level (which
 * may be written), outside the stored areas a backup carries (files/, packs/, documents/).
 */
export const demoOrdersDir = (dataDir: string) => join(dataDir, 'demo-orders');

/** The demo's orders: for the demo catalog, dated today; two to ship, one the preflight stops, one cancelled, one shipped, a gift card. */
export function demoOrders(): SampleOrder[] {
  return [
    { number: '#1001', name: 'Emily Carter', address1: '1420 Pine Street', address2: 'Apt 5B', city: 'Seattle', state: 'WA', postcode: '98101', country: 'US', countryName: 'United States',
      phone: '+1 206 555 0142', email: 'emily.carter@example.com', currency: 'USD', shipping: '6.50',
      lines: [{ sku: 'HM-MG-CER', name: 'Ceramic mug 350 ml', quantity: 2, price: '12.90' }, { sku: 'GIFT-25', name: 'Gift card $25', quantity: 1, price: '25.00', digital: true }] },
    { number: '#1002', name: 'Michael Brooks', address1: '88 Harbor Road', city: 'Portland', state: 'ME', postcode: '04101', country: 'US', countryName: 'United States',
      email: 'm.brooks@example.com', currency: 'USD', shipping: '4.90', lines: [{ sku: 'HM-BT-SS', name: 'Stainless steel water bottle 750 ml', quantity: 1, price: '24.00' }] },
    { number: '#1003', name: 'Hannah Weber', address1: 'Lindenstraße 12', city: 'Hamburg', postcode: '20095', country: 'DE', countryName: 'Germany',
      email: 'hannah.weber@example.de', currency: 'EUR', shipping: '7.90', lines: [{ sku: 'EL-PB-10K', name: 'Power bank 10,000 mAh, USB-C', quantity: 1, price: '29.90' }] },
    { number: '#1004', name: 'Olivia Grant', address1: '5 Queen Street', city: 'Auckland', postcode: '1010', country: 'NZ', countryName: 'New Zealand',
      currency: 'USD', shipping: '9.00', status: 'cancelled', lines: [{ sku: 'TY-PL-PANDA', name: 'Plush panda toy 30 cm', quantity: 1, price: '19.90' }] },
    { number: '#1005', name: 'Lucas Martin', address1: '14 rue de la Paix', city: 'Lyon', postcode: '69002', country: 'FR', countryName: 'France',
      currency: 'EUR', shipping: '6.00', status: 'fulfilled', lines: [{ sku: 'AP-SC-SILK', name: 'Silk scarf 90 × 90 cm', quantity: 1, price: '39.00' }] },
  ];
}

/** Writes one order file per platform for the demo; returns how many. */
export function writeDemoOrderFiles(dataDir: string, today: string): number {
  const dir = demoOrdersDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const orders = demoOrders();
  for (const format of SAMPLE_FORMATS) writeFileSync(join(dir, SAMPLE_FILE_NAMES[format]), sampleOrderFile(format, orders, today));
  return SAMPLE_FORMATS.length;
}

/** The demo's order files that are there (none before the demo, or after they were deleted). */
export function demoOrderFiles(dataDir: string): { format: string; path: string }[] {
  const dir = demoOrdersDir(dataDir);
  return SAMPLE_FORMATS.map((format) => ({ format, path: join(dir, SAMPLE_FILE_NAMES[format]) })).filter((f) => existsSync(f.path));
}
