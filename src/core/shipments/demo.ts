// Demo shipments for `demo.load` (the import area's demo calls this): a seller profile and
// shipments to several destinations — some pass the preflight, some are blocked or warned for
// different reasons. Today's (by ctx.today()) make the dashboard's day: ready ones to print and
// ones that need attention; the two that already left are dated before. Creates the few catalog
// products it needs when their SKUs are absent. Runs inside the caller's transaction.
import type { ParsedInputOf } from '../../shared/api';
import { addDays } from '../../shared/dates';
import type { ShipmentCreateInput, ShipmentStatus } from '../../shared/shipments';
import { createProduct } from '../catalog/products';
import type { CoreContext } from '../context';
import { getProfile, updateProfile } from '../settings/profile';
import { createShipment, setShipmentStatus } from './shipments';

const PRODUCTS: ParsedInputOf<'products.create'>[] = [
  { sku: 'DEMO-TS-01', name: 'Cotton T-shirt, men’s, printed', localName: '男士印花纯棉T恤', hsCode: '610910', originCountry: 'CN', unitNetWeightG: 180, unitValue: 1290, currency: 'USD', compliance: { categories: ['textile'], fibreContent: '100% cotton' } } as never,
  { sku: 'DEMO-HP-01', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD', tariffCodes: { US: '8518302000' }, compliance: { categories: ['electrical', 'radio_device'], battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 1.85, whPerCell: 1.85, cellsPerUnit: 1, batteriesPerUnit: 1 } } } as never,
  { sku: 'DEMO-PB-01', name: 'Power bank 10000 mAh', localName: '移动电源', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 220, unitValue: 1590, currency: 'USD', compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } } } as never,
  { sku: 'DEMO-PF-01', name: 'Eau de parfum 50 ml', localName: '香水', hsCode: '330300', originCountry: 'FR', unitNetWeightG: 150, unitValue: 3500, currency: 'USD', compliance: { categories: ['cosmetics'], dangerousGoods: { flammableLiquid: true, flammableLiquidKind: 'perfume' }, packing: { liquid: true, liquidMl: 50, fragile: true, upright: true } } } as never,
  { sku: 'DEMO-LS-01', name: 'Lipstick, matte, red', localName: '哑光口红', hsCode: '330410', originCountry: 'CN', unitNetWeightG: 20, unitValue: 890, currency: 'USD', compliance: { categories: ['cosmetics'] } } as never,
];

export interface DemoShipmentsResult {
  shipments: number;
  createdProducts: number;
}

export function seedDemoShipments(ctx: CoreContext): DemoShipmentsResult {
  let createdProducts = 0;
  const idOf = new Map<string, number>();
  for (const p of PRODUCTS) {
    const row = ctx.db.prepare('SELECT id FROM products WHERE sku = ?').get(p.sku) as { id: number } | undefined;
    if (row) idOf.set(p.sku, row.id);
    else {
      idOf.set(p.sku, createProduct(ctx, p).id);
      createdProducts++;
    }
  }
  // The demo seller, unless the seller has named themselves: settings saved before the demo (a time
  // zone, a print folder) are kept, merged with the demo's identity.
  if (!getProfile(ctx).exporterName)
    updateProfile(ctx, {
      exporterName: 'Shenzhen Brightway Trading Co., Ltd.', addressLines: ['Room 1208, Tower B, Keji Road 18'], city: 'Shenzhen', state: 'Guangdong', postcode: '518057',
      country: 'CN', phone: '+86 755 8888 0000', email: 'orders@brightway.example', iossNumber: 'IM1560000001', eori: null,
      vatNumbers: [], abnArn: null, otherTaxIds: [], signatoryName: 'Li Wei', signatoryTitle: 'Export manager', defaultPostalOperator: 'CN-POST',
      // A demo seller who keeps their rates up to date: the starting figures, dated the day the demo is made
      // (a real seller's rates keep the date they were entered, and warn once older than 30 days).
      rates: getProfile(ctx).rates.map((r) => ({ ...r, date: ctx.today() })),
    } as ParsedInputOf<'settings.update'>);

  const item = (sku: string, quantity: number, description?: string) => ({ productId: idOf.get(sku)!, quantity, ...(description ? { description } : {}) });
  // The seller's day, from the one clock: the parcels already on their way left earlier; today's
  // are two ready to print (the preflight lets them through) and four that need attention first.
  const today = ctx.today();
  const base = { category: 'sale_of_goods', incoterm: 'DAP', currency: 'USD', carrier: 'China Post', service: 'ePacket', shipDate: today } as const;
  const plans: { input: ShipmentCreateInput; statuses: ShipmentStatus[] }[] = [
    { // passes: EU with IOSS; left nine days ago and delivered
      input: { ...base, shipDate: addDays(today, -9), orderRefs: ['#5001'], invoiceNumber: 'INV-5001', consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstraße 5'], city: 'Berlin', postcode: '10115', country: 'DE' }, items: [item('DEMO-TS-01', 2)], parcels: [{ grossWeightG: 450, lengthMm: 300, widthMm: 220, heightMm: 40, packaging: 'Poly mailer', packagingType: 'poly_mailer', mailClass: 'small_packet' }] },
      statuses: ['ready', 'shipped', 'delivered'],
    },
    { // passes with information: battery in equipment, US duties; left three days ago (the hold section holds it at inspection)
      input: { ...base, shipDate: addDays(today, -3), orderRefs: ['#5002'], invoiceNumber: 'INV-5002', consignee: { name: 'John Miller', addressLines: ['200 Main St', 'Apt 4'], city: 'Austin', state: 'TX', postcode: '78701', country: 'US' }, items: [item('DEMO-HP-01', 1)], parcels: [{ grossWeightG: 600, lengthMm: 220, widthMm: 200, heightMm: 100, packagingType: 'single_wall_box', batteryProtected: true, mailClass: 'small_packet' }] },
      statuses: ['ready'],
    },
    { // today, ready: T-shirts to the Netherlands, EU with IOSS
      input: { ...base, orderRefs: ['#5007'], invoiceNumber: 'INV-5007', consignee: { name: 'Daan de Vries', addressLines: ['Keizersgracht 120'], city: 'Amsterdam', postcode: '1015 CW', country: 'NL' }, items: [item('DEMO-TS-01', 3)], parcels: [{ grossWeightG: 620, lengthMm: 300, widthMm: 220, heightMm: 50, packaging: 'Poly mailer', packagingType: 'poly_mailer', mailClass: 'small_packet' }] },
      statuses: ['ready'],
    },
    { // today, ready: headphones to the US, battery in equipment, protected in a box
      input: { ...base, orderRefs: ['#5008'], invoiceNumber: 'INV-5008', consignee: { name: 'Sarah Johnson', addressLines: ['350 W Erie St'], city: 'Chicago', state: 'IL', postcode: '60654', country: 'US' }, items: [item('DEMO-HP-01', 1)], parcels: [{ grossWeightG: 610, lengthMm: 220, widthMm: 200, heightMm: 100, packagingType: 'single_wall_box', batteryProtected: true, mailClass: 'small_packet' }] },
      statuses: ['ready'],
    },
    { // blocked: a loose power bank
      input: { ...base, orderRefs: ['#5003'], invoiceNumber: 'INV-5003', consignee: { name: 'Emily Clarke', addressLines: ['12 High Street'], city: 'Leeds', postcode: 'LS1 4AP', country: 'GB' }, items: [item('DEMO-PB-01', 1)], parcels: [{ grossWeightG: 400 }] },
      statuses: [],
    },
    { // blocked: perfume by air — and a glass bottle of liquid in a padded envelope without inner packaging (packaging findings)
      input: { ...base, orderRefs: ['#5004'], invoiceNumber: 'INV-5004', consignee: { name: 'Claire Martin', addressLines: ['8 rue de Rivoli'], city: 'Paris', postcode: '75001', country: 'FR' }, items: [item('DEMO-PF-01', 1)], parcels: [{ grossWeightG: 350, lengthMm: 200, widthMm: 150, heightMm: 60, packagingType: 'padded_envelope' }] },
      statuses: [],
    },
    { // blocked: vague description and no invoice
      input: { ...base, orderRefs: ['#5005'], consignee: { name: '佐藤 花子', addressLines: ['1-2-3 Shibuya'], city: 'Tokyo', postcode: '150-0002', country: 'JP' }, items: [item('DEMO-TS-01', 1, 'Gift')], parcels: [{ grossWeightG: 300 }] },
      statuses: [],
    },
    { // warned: cosmetics to Australia, no ABN/ARN
      input: { ...base, orderRefs: ['#5006'], invoiceNumber: 'INV-5006', consignee: { name: 'Olivia Brown', addressLines: ['45 George St'], city: 'Sydney', state: 'NSW', postcode: '2000', country: 'AU' }, items: [item('DEMO-LS-01', 3)], parcels: [{ grossWeightG: 200 }] },
      statuses: [],
    },
  ];
  for (const plan of plans) {
    const s = createShipment(ctx, plan.input as ParsedInputOf<'shipments.create'>);
    for (const status of plan.statuses) setShipmentStatus(ctx, { id: s.id, status, note: null } as ParsedInputOf<'shipments.setStatus'>);
  }
  return { shipments: plans.length, createdProducts };
}
