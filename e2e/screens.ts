// Every screen of the app on the demo data, by area, name and route: the one list that the screens
// e2e (every screen at two sizes, in both languages) and the access e2e (axe on every screen) walk.
// access.spec.ts checks it against the routes App.tsx declares, so a new screen cannot be left out.
import type { AppFixture } from './harness';

/** The demo records a route may need the id of. */
export type DemoIds = Record<'product' | 'supplier' | 'certificate' | 'lot' | 'shipment' | 'consultation' | 'case' | 'claim', number>;

type Screen = [name: string, route: (ids: DemoIds) => string];

/** The screens, by area (an area is one axe test a language, so a slow machine is not one long wait). */
export const SCREENS: Record<string, Screen[]> = {
  'catalog and suppliers': [
    ['dashboard', () => '/'],
    ['catalog', () => '/catalog'],
    ['product-new', () => '/catalog/new'],
    ['product', (i) => `/catalog/${i.product}`],
    ['catalog-import', () => '/catalog/import'],
    ['catalog-export', () => '/catalog/export'],
    ['suppliers', () => '/suppliers'],
    ['supplier-new', () => '/suppliers/new'],
    ['supplier', (i) => `/suppliers/${i.supplier}`],
    ['certificates', () => '/certificates'],
    ['certificate-new', () => '/certificates/new'],
    ['certificate', (i) => `/certificates/${i.certificate}`],
  ],
  quality: [
    ['quality-lots', () => '/quality'],
    ['quality-lot-new', () => '/quality/lots/new'],
    ['quality-lot', (i) => `/quality/lots/${i.lot}`],
    ['quality-inspect', (i) => `/quality/lots/${i.lot}/inspect`],
    ['scorecards', () => '/quality/scorecards'],
    ['scorecard', (i) => `/quality/suppliers/${i.supplier}`],
    ['quality-plans', () => '/quality/plans'],
    ['quality-plan', (i) => `/quality/plans/${i.product}`],
  ],
  shipments: [
    ['shipments', () => '/shipments'],
    ['shipment-new', () => '/shipments/new'],
    ['shipment', (i) => `/shipments/${i.shipment}`],
    ['rules', () => '/shipments/rules'],
    ['import-orders', () => '/shipments/import-orders'],
    ['consultations', () => '/shipments/consultations'],
    ['consultation-new', () => '/shipments/consultations/new'],
    ['consultation', (i) => `/shipments/consultations/${i.consultation}`],
  ],
  'after-sales, claims and settings': [
    ['after-sales', () => '/after-sales'],
    ['holds', () => '/after-sales/holds'],
    ['case-new', () => '/after-sales/new'],
    ['case', (i) => `/after-sales/${i.case}`],
    ['claims', () => '/claims'],
    ['claim-new', () => '/claims/new'],
    ['claim', (i) => `/claims/${i.claim}`],
    ['policies', () => '/claims/policies'],
    ['incidents', () => '/claims/incidents'],
    ['settings', () => '/settings'],
    ['backups', () => '/settings/backups'],
  ],
};

async function firstId(app: AppFixture, method: string): Promise<number> {
  const r = await app.call(method as never, { limit: 1 } as never);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  const item = (r.value as { items: { id: number }[] }).items[0];
  if (!item) throw new Error(`${method}: the demo has no record`);
  return item.id;
}

/** Loads the demo and gives the first record of each kind a route needs. */
export async function loadDemo(app: AppFixture): Promise<DemoIds> {
  const r = await app.call('demo.load', {});
  if (!r.ok) throw new Error(`demo.load: ${JSON.stringify(r.error)}`);
  return {
    product: await firstId(app, 'products.list'),
    supplier: await firstId(app, 'suppliers.list'),
    certificate: await firstId(app, 'certificates.list'),
    lot: await firstId(app, 'lots.list'),
    shipment: await firstId(app, 'shipments.list'),
    consultation: await firstId(app, 'consultations.list'),
    case: await firstId(app, 'cases.list'),
    claim: await firstId(app, 'claims.list'),
  };
}
