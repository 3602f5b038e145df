// Demo data for what happens after the parcel leaves: after-sales cases, an inspection hold, an
// insurance policy and claims. Everything goes through the core's own create/update paths (the
// shipments workflow, the case workflow, the claim workflow), dated relative to ctx.now(), so the
// dashboard of a fresh demo has something in every card. Uses the shipments and products the
// earlier sections made (looked up by order reference / SKU). Runs inside demo.load's transaction.
import { caseCreateInput, caseUpdateInput, holdCreateInput } from '../../shared/aftersales';
import type { CaseStatus } from '../../shared/aftersales';
import { claimCreateInput, claimUpdateInput, policyCreateInput } from '../../shared/claims';
import { addDays, startOfDayIn } from '../../shared/dates';
import { shipmentCreateInput, shipmentSetStatusInput } from '../../shared/shipments';
import type { ShipmentStatus } from '../../shared/shipments';
import { createCase, updateCase } from '../aftersales/cases';
import { createHold } from '../aftersales/holds';
import { createClaim, updateClaim } from '../claims/claims';
import { createPolicy } from '../claims/policies';
import type { CoreContext } from '../context';
import { createShipment, setShipmentStatus } from '../shipments/shipments';

const HOUR = 3_600_000;

const productId = (ctx: CoreContext, sku: string): number => {
  const id = ctx.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number | undefined;
  if (id === undefined) throw new Error(`Demo product ${sku} is missing`);
  return id;
};
const shipmentByOrder = (ctx: CoreContext, orderRef: string) =>
  ctx.db.prepare(`SELECT id, status FROM shipments WHERE order_refs LIKE ? ORDER BY id LIMIT 1`).get(`%"${orderRef}"%`) as
    | { id: number; status: ShipmentStatus }
    | undefined;
const supplierId = (ctx: CoreContext, name: string) => ctx.db.prepare('SELECT id FROM suppliers WHERE name = ?').pluck().get(name) as number | undefined;

function moveShipment(ctx: CoreContext, id: number, statuses: ShipmentStatus[]): void {
  for (const status of statuses) setShipmentStatus(ctx, shipmentSetStatusInput.parse({ id, status }));
}

/** Six cases across types and reasons: one overdue, one due today, one closed, one attributed to a supplier. */
export function loadDemoCases(ctx: CoreContext): number {
  const now = ctx.now().getTime();
  const today = ctx.today();
  const endOfToday = Date.parse(startOfDayIn(ctx.timeZone(), addDays(today, 1)));
  const firstResponseMs = 24 * HOUR; // the default service level (a fresh data file has no other)
  const at = (ms: number) => new Date(ms).toISOString();
  const delivered = shipmentByOrder(ctx, '#5001');
  const plans: { input: Parameters<typeof caseCreateInput.parse>[0]; path: CaseStatus[]; resolution?: string }[] = [
    { // overdue: opened 30 hours ago, nobody answered yet
      input: { customerName: 'Anna Schmidt', customerContact: 'anna.schmidt@example.de', customerCountry: 'DE', orderRef: '#5001', shipmentId: delivered?.id ?? null,
        productId: productId(ctx, 'DEMO-TS-01'), type: 'exchange', reason: 'wrong_item', description: 'Ordered size M, received size L.', openedAt: at(now - 30 * HOUR) },
      path: [],
    },
    { // first response due later today (halfway between now and the seller's midnight)
      input: { customerName: 'Lucas Moreau', customerContact: 'lucas.moreau@example.fr', customerCountry: 'FR', orderRef: '#4987',
        productId: productId(ctx, 'EL-EB-TWS2'), type: 'return', reason: 'not_as_described', description: 'Battery life far below the 6 hours listed.',
        openedAt: at(Math.floor((now + endOfToday) / 2) - firstResponseMs), saleDate: addDays(today, -12) },
      path: [],
    },
    { // a quality defect traced to the supplier on probation
      input: { customerName: 'Sophie Wagner', customerContact: 'sophie.w@example.at', customerCountry: 'AT', orderRef: '#4951',
        productId: productId(ctx, 'EL-DL-LED'), type: 'repair', reason: 'quality_defect', description: 'Lamp flickers after two weeks of use.',
        openedAt: at(now - 2 * 24 * HOUR), saleDate: addDays(today, -20), supplierId: supplierId(ctx, 'Ningbo Brightlight Lighting') ?? null, lotRef: 'PO-2604' },
      path: ['in_progress'],
    },
    { // waiting for the customer's photos
      input: { customerName: 'James Wilson', customerContact: '+44 7700 900123', customerCountry: 'GB', orderRef: '#4940',
        productId: productId(ctx, 'CO-FC-HYA'), type: 'refund', reason: 'damaged_in_transit', description: 'Jar arrived cracked, cream leaked into the box.',
        openedAt: at(now - 3 * 24 * HOUR), saleDate: addDays(today, -9) },
      path: ['awaiting_customer'],
    },
    { // resolved and closed: refunded
      input: { customerName: 'Maria Rossi', customerContact: 'maria.rossi@example.it', customerCountry: 'IT', orderRef: '#4902',
        productId: productId(ctx, 'AP-TS-WHT-M'), type: 'refund', reason: 'quality_defect', description: 'Seam came apart after the first wash.',
        openedAt: at(now - 14 * 24 * HOUR), saleDate: addDays(today, -30), refundAmount: 1290, costCurrency: 'USD', supplierId: supplierId(ctx, 'Dhaka Knit Garments Ltd.') ?? null },
      path: ['in_progress', 'resolved', 'closed'],
      resolution: 'Full refund; customer kept the item.',
    },
    { // a complaint in progress
      input: { customerName: 'Emily Clarke', customerContact: 'emily.clarke@example.co.uk', customerCountry: 'GB', orderRef: '#5003',
        productId: productId(ctx, 'DEMO-PB-01'), type: 'complaint', reason: 'other', description: 'Order not shipped yet after five days.',
        openedAt: at(now - 5 * 24 * HOUR) },
      path: ['in_progress'],
    },
  ];
  for (const plan of plans) {
    const c = createCase(ctx, caseCreateInput.parse(plan.input));
    for (const status of plan.path)
      updateCase(ctx, caseUpdateInput.parse({ id: c.id, status, ...(status === 'resolved' && plan.resolution ? { resolution: plan.resolution } : {}) }));
  }
  return plans.length;
}

/** A hold at inspection on a shipped demo parcel (the US headphones, shipped through the workflow first). */
export function loadDemoHolds(ctx: CoreContext): number {
  const today = ctx.today();
  const s = shipmentByOrder(ctx, '#5002') ?? (ctx.db.prepare(`SELECT id, status FROM shipments WHERE status IN ('ready', 'shipped') ORDER BY id LIMIT 1`).get() as
    | { id: number; status: ShipmentStatus }
    | undefined);
  if (!s) return 0;
  if (s.status === 'ready') moveShipment(ctx, s.id, ['shipped']);
  createHold(ctx, holdCreateInput.parse({
    shipmentId: s.id, date: addDays(today, -1), authority: 'carrier_security', reason: 'dangerous_goods',
    detail: 'Lithium-ion battery in equipment; the carrier asks for the UN38.3 test summary and a battery declaration.',
    requested: 'UN38.3 test summary, lithium battery declaration (Section II)', handling: 'supply_documents', deadline: addDays(today, 4),
    cost: 800, costCurrency: 'USD',
  }));
  return 1;
}

/** An insurance policy and two insured parcels with a claim each: a draft still to file and a filed one waiting for the insurer. */
export function loadDemoClaims(ctx: CoreContext): number {
  const today = ctx.today();
  const policy = createPolicy(ctx, policyCreateInput.parse({
    insurer: 'Harbour Cargo Insurance Ltd.', policyNumber: 'HCI-PCL-2026-0457', insurerAddress: '88 Queen’s Road Central\nHong Kong',
    insurerEmail: 'claims@harbourcargo.example', coverageNotes: 'Loss, theft and damage in transit of declared parcels, up to the insured value.',
    deductible: 500, deductibleCurrency: 'USD', claimWindowDays: 60,
  }));
  const base = { category: 'sale_of_goods', incoterm: 'DAP', currency: 'USD', carrier: 'China Post', service: 'EMS' } as const;
  const parcel = [{ grossWeightG: 900, lengthMm: 300, widthMm: 220, heightMm: 80, packaging: 'Carton box' }];
  const lost = createShipment(ctx, shipmentCreateInput.parse({
    ...base, shipDate: addDays(today, -21), orderRefs: ['#4978'], invoiceNumber: 'INV-4978', insuredValue: 7470, trackingNumber: 'EE123456785CN',
    consignee: { name: 'Jonas Becker', addressLines: ['Lindenallee 12'], city: 'Hamburg', postcode: '20259', country: 'DE' },
    items: [{ productId: productId(ctx, 'DEMO-TS-01'), quantity: 3 }, { productId: productId(ctx, 'DEMO-HP-01'), quantity: 1 }], parcels: parcel,
  }));
  moveShipment(ctx, lost.id, ['ready', 'shipped', 'lost']);
  const damaged = createShipment(ctx, shipmentCreateInput.parse({
    ...base, shipDate: addDays(today, -35), orderRefs: ['#4930'], invoiceNumber: 'INV-4930', insuredValue: 4980, trackingNumber: 'EE987654326CN',
    consignee: { name: 'Michael Davis', addressLines: ['1500 Market St'], city: 'Denver', state: 'CO', postcode: '80202', country: 'US' },
    items: [{ productId: productId(ctx, 'DEMO-HP-01'), quantity: 2 }], parcels: parcel,
  }));
  moveShipment(ctx, damaged.id, ['ready', 'shipped', 'delivered']);

  // The lost parcel's claim asks for the goods it held (3 × 12.90 + 24.90 USD), though it is insured for more.
  createClaim(ctx, claimCreateInput.parse({
    shipmentId: lost.id, policyId: policy.id, type: 'loss', incidentDate: addDays(today, -7), amountClaimed: 6360,
    description: 'No tracking scan since export customs; the carrier has declared the parcel lost.',
  }));
  const filed = createClaim(ctx, claimCreateInput.parse({
    shipmentId: damaged.id, policyId: policy.id, type: 'damage', incidentDate: addDays(today, -28), amountClaimed: 2490,
    description: 'One of two headphones arrived with a crushed headband; box visibly damaged on delivery.',
  }));
  updateClaim(ctx, claimUpdateInput.parse({ id: filed.id, status: 'filed', statusNote: 'Sent to claims@harbourcargo.example with photos and the invoice' }));
  return 2;
}
