// Which column fills which order field. Each platform's documented export is recognised by its
// headers and mapped by name; any other sheet is matched by common header names (English, Chinese,
// a few German and French). The seller can correct every field in the import screen.
import { ORDER_FIELDS } from '../../shared/orders';
import type { OrderField, OrderFormat, OrderMapping } from '../../shared/orders';
import { mapBySynonyms } from '../tables/common';

type Layout = Partial<Record<OrderField, string | readonly string[]>>;

/** The platforms' own column names (the first that exists is taken where there are several). */
const LAYOUTS: Record<Exclude<OrderFormat, 'generic'>, Layout> = {
  // Shopify admin → Orders → Export: one row per line item; Name ("#1001") and the order's fields
  // on the order's first row only. Shipping Country is a two-letter code.
  shopify: {
    orderNumber: 'Name', status: 'Financial Status', fulfillment: 'Fulfillment Status', cancelledAt: 'Cancelled at',
    name: 'Shipping Name', company: 'Shipping Company', address1: 'Shipping Address1', address2: 'Shipping Address2', city: 'Shipping City',
    postcode: 'Shipping Zip', state: 'Shipping Province', country: 'Shipping Country', phone: 'Shipping Phone', email: 'Email',
    sku: 'Lineitem sku', itemName: 'Lineitem name', quantity: 'Lineitem quantity', unitPrice: 'Lineitem price',
    requiresShipping: 'Lineitem requires shipping', shipping: 'Shipping', currency: 'Currency',
  },
  // WooCommerce Customer / Order CSV Export, "one row per item": item_total is the line's total.
  woocommerce: {
    orderNumber: ['order_number', 'order_id'], status: 'status', firstName: 'shipping_first_name', lastName: 'shipping_last_name', name: 'shipping_full_name',
    company: 'shipping_company', address1: 'shipping_address_1', address2: 'shipping_address_2', city: 'shipping_city', postcode: 'shipping_postcode',
    state: ['shipping_state_code', 'shipping_state'], country: 'shipping_country', phone: ['shipping_phone', 'billing_phone'], email: 'billing_email',
    sku: 'item_sku', itemName: 'item_name', quantity: 'item_quantity', lineTotal: 'item_total', shipping: 'shipping_total', currency: 'order_currency',
  },
  // Etsy → Shop Manager → Settings → Options → Download Data → Orders: "Order Items" (one row per item, with the address).
  etsy_items: {
    orderNumber: 'Order ID', shippedAt: 'Date Shipped', name: 'Ship Name', address1: 'Ship Address1', address2: 'Ship Address2', city: 'Ship City',
    postcode: 'Ship Zipcode', state: 'Ship State', country: 'Ship Country', sku: 'SKU', itemName: 'Item Name', quantity: 'Quantity', unitPrice: 'Price',
    shipping: 'Order Shipping', currency: 'Currency',
  },
  // The same page's "Orders" file: one row per order; its items only as a SKU list and a count.
  etsy_orders: {
    orderNumber: 'Order ID', status: 'Status', shippedAt: 'Date Shipped', name: 'Full Name', firstName: 'First Name', lastName: 'Last Name',
    address1: 'Street 1', address2: 'Street 2', city: 'Ship City', postcode: 'Ship Zipcode', state: 'Ship State', country: 'Ship Country',
    sku: 'SKU', itemCount: 'Number of Items', orderValue: 'Order Value', shipping: 'Shipping', currency: 'Currency',
  },
  // eBay Seller Hub → Orders → Download report: amounts carry their currency sign ("$12.99", "£8.50").
  ebay: {
    orderNumber: 'Order Number', shippedAt: 'Shipped On Date', name: 'Ship To Name', phone: 'Ship To Phone', address1: 'Ship To Address 1',
    address2: 'Ship To Address 2', city: 'Ship To City', postcode: 'Ship To Zip', state: 'Ship To State', country: 'Ship To Country', email: 'Buyer Email',
    sku: 'Custom Label', itemName: 'Item Title', quantity: 'Quantity', unitPrice: 'Sold For', shipping: 'Shipping And Handling',
  },
  // Amazon Seller Central order report (tab-separated): item-price and shipping-price are totals of the line's quantity.
  amazon: {
    orderNumber: ['order-id', 'amazon-order-id'], status: 'order-status', name: 'recipient-name', address1: 'ship-address-1', address2: 'ship-address-2',
    address3: 'ship-address-3', city: 'ship-city', postcode: 'ship-postal-code', state: 'ship-state', country: 'ship-country',
    phone: ['ship-phone-number', 'buyer-phone-number'], email: 'buyer-email', sku: 'sku', itemName: ['product-name', 'item-name'],
    quantity: ['quantity-purchased', 'quantity'], lineTotal: 'item-price', shipping: 'shipping-price', currency: 'currency',
  },
};

/** Header (lower case, letters and digits only) → field, for any other sheet. */
const SYNONYMS: Record<OrderField, string[]> = {
  orderNumber: ['ordernumber', 'orderno', 'orderid', 'order', 'ordername', 'orderref', 'orderreference', 'bestellnummer', 'numerodecommande', 'commande', '订单号', '订单编号', '订单'],
  status: ['status', 'orderstatus', 'financialstatus', 'paymentstatus', '订单状态', '状态'],
  fulfillment: ['fulfillmentstatus', 'fulfilmentstatus', 'shippingstatus', '发货状态'],
  cancelledAt: ['cancelledat', 'canceledat', 'cancelled', 'canceled', 'cancelleddate', '取消时间'],
  shippedAt: ['shippedat', 'shippeddate', 'dateshipped', 'shippedon', 'shipdate', '发货时间', '发货日期'],
  name: ['name', 'shippingname', 'shiptoname', 'recipient', 'recipientname', 'consignee', 'fullname', 'customername', 'empfänger', 'empfaenger', 'destinataire', '收件人', '收货人', '姓名'],
  firstName: ['firstname', 'shippingfirstname', 'vorname', 'prénom', 'prenom', '名'],
  lastName: ['lastname', 'shippinglastname', 'surname', 'nachname', 'nom', '姓'],
  company: ['company', 'shippingcompany', 'firma', 'société', 'societe', '公司'],
  address1: ['address1', 'address', 'addressline1', 'street', 'street1', 'shippingaddress1', 'shippingaddress', 'shiptoaddress1', 'straße', 'strasse', 'adresse', '地址', '地址1', '收货地址'],
  address2: ['address2', 'addressline2', 'street2', 'shippingaddress2', 'shiptoaddress2', 'adresse2', '地址2'],
  address3: ['address3', 'addressline3', 'street3', '地址3'],
  city: ['city', 'town', 'shippingcity', 'shiptocity', 'stadt', 'ort', 'ville', '城市'],
  postcode: ['postcode', 'postalcode', 'zip', 'zipcode', 'shippingzip', 'shippingpostcode', 'shiptozip', 'plz', 'postleitzahl', 'codepostal', '邮编', '邮政编码'],
  state: ['state', 'province', 'region', 'county', 'shippingstate', 'shippingprovince', 'shiptostate', 'bundesland', '州', '省', '省份'],
  country: ['country', 'countrycode', 'shippingcountry', 'shiptocountry', 'destination', 'destinationcountry', 'land', 'pays', '国家', '目的国'],
  phone: ['phone', 'telephone', 'phonenumber', 'shippingphone', 'shiptophone', 'tel', 'telefon', 'téléphone', '电话', '手机'],
  email: ['email', 'emailaddress', 'buyeremail', 'customeremail', 'mail', '邮箱', '电子邮件'],
  sku: ['sku', 'itemsku', 'productsku', 'lineitemsku', 'variantsku', 'customlabel', 'articlenumber', 'artikelnummer', '货号', 'sku编码', '商品编码'],
  itemName: ['itemname', 'productname', 'lineitemname', 'itemtitle', 'title', 'product', 'artikel', '商品名称', '品名'],
  quantity: ['quantity', 'qty', 'lineitemquantity', 'quantitypurchased', 'itemquantity', 'menge', 'anzahl', 'quantité', 'quantite', '数量'],
  unitPrice: ['unitprice', 'price', 'itemprice', 'lineitemprice', 'soldfor', 'preis', 'prix', '单价', '价格'],
  lineTotal: ['linetotal', 'itemtotal', 'total', 'amount', 'subtotal', '金额', '小计'],
  requiresShipping: ['requiresshipping', 'lineitemrequiresshipping', 'shippingrequired', 'needsshipping', '需要发货'],
  shipping: ['shipping', 'shippingcost', 'shippingprice', 'shippingcharged', 'shippingtotal', 'postage', 'delivery', 'versand', 'versandkosten', 'livraison', '运费'],
  currency: ['currency', 'currencycode', 'ordercurrency', 'währung', 'waehrung', 'devise', '币种', '货币'],
  itemCount: ['numberofitems', 'itemcount', 'items'],
  orderValue: ['ordervalue', 'ordersubtotal'],
};

export function detectOrderFormat(headers: string[]): OrderFormat {
  const has = new Set(headers);
  if (has.has('Name') && has.has('Financial Status') && (has.has('Lineitem sku') || has.has('Lineitem quantity'))) return 'shopify';
  if ((has.has('order_number') || has.has('order_id')) && (has.has('item_sku') || has.has('item_quantity')) && has.has('shipping_address_1')) return 'woocommerce';
  if (has.has('Order ID') && has.has('Ship Zipcode') && has.has('Item Name') && has.has('Quantity')) return 'etsy_items';
  if (has.has('Order ID') && has.has('Number of Items') && has.has('Street 1')) return 'etsy_orders';
  if (has.has('Order Number') && has.has('Ship To Address 1') && has.has('Custom Label')) return 'ebay';
  if ((has.has('order-id') || has.has('amazon-order-id')) && (has.has('quantity-purchased') || has.has('quantity')) && has.has('sku')) return 'amazon';
  return 'generic';
}

export function detectOrderMapping(headers: string[], format: OrderFormat): OrderMapping {
  if (format === 'generic') {
    const mapping = mapBySynonyms(headers, ORDER_FIELDS, SYNONYMS);
    // "Name" means the recipient in a generic sheet only when nothing says "first/last name".
    return mapping;
  }
  const has = new Set(headers);
  const layout = LAYOUTS[format];
  const mapping: OrderMapping = {};
  for (const field of ORDER_FIELDS) {
    const names = layout[field];
    const list: readonly string[] = names === undefined ? [] : typeof names === 'string' ? [names] : names;
    mapping[field] = list.find((h) => has.has(h)) ?? null;
  }
  return mapping;
}

/** The detected mapping with the caller's overrides applied. */
export const resolveOrderMapping = (headers: string[], format: OrderFormat, overrides: OrderMapping | undefined): OrderMapping => ({
  ...detectOrderMapping(headers, format),
  ...(overrides ?? {}),
});

/** The store an order number is unique in, when the seller does not name one. */
export const defaultStore = (format: OrderFormat): string => (format === 'etsy_items' || format === 'etsy_orders' ? 'etsy' : format);
