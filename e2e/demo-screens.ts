// Every screen of the app on the demo data, by area, name and route, and for a screen that belongs to
// a list (a record, a form, an import) the route its Back leads to: the one list that screens.spec.ts
// pictures (two sizes, both languages), look.spec.ts checks for one look and access.spec.ts runs axe
// on. access.spec.ts checks it against the routes App.tsx declares, so a new screen cannot be left out.
import type { AppFixture } from './harness';

export type Ids = Record<'product' | 'supplier' | 'certificate' | 'lot' | 'shipment' | 'case' | 'claim' | 'consultation', number>;

export interface Screen {
  name: string;
  route(ids: Ids): string;
  /** Where its Back leads (absent: a top screen, no Back). */
  parent?(ids: Ids): string;
}

const top = (name: string, route: string): Screen => ({ name, route: () => route });
const child = (name: string, route: (ids: Ids) => string, parent: string | ((ids: Ids) => string)): Screen => ({
  name,
  route,
  parent: typeof parent === 'string' ? () => parent : parent,
});

/** The screens by area (an area is one axe test a language, so a slow machine is not one long wait). */
export const SCREENS_BY_AREA: Record<string, Screen[]> = {
  'catalog and suppliers': [
  top('dashboard', '/'),
  top('catalog', '/catalog'),
  child('product-new', () => '/catalog/new', '/catalog'),
  child('product', (i) => `/catalog/${i.product}`, '/catalog'),
  child('catalog-import', () => '/catalog/import', '/catalog'),
  child('catalog-export', () => '/catalog/export', '/catalog'),
  top('suppliers', '/suppliers'),
  child('supplier-new', () => '/suppliers/new', '/suppliers'),
  child('supplier', (i) => `/suppliers/${i.supplier}`, '/suppliers'),
  top('certificates', '/certificates'),
  child('certificate-new', () => '/certificates/new', '/certificates'),
  child('certificate', (i) => `/certificates/${i.certificate}`, '/certificates'),
  ],
  quality: [
  top('quality-lots', '/quality'),
  child('quality-lot-new', () => '/quality/lots/new', '/quality'),
  child('quality-lot', (i) => `/quality/lots/${i.lot}`, '/quality'),
  child('quality-inspect', (i) => `/quality/lots/${i.lot}/inspect`, (i) => `/quality/lots/${i.lot}`),
  top('scorecards', '/quality/scorecards'),
  child('scorecard', (i) => `/quality/suppliers/${i.supplier}`, '/quality/scorecards'),
  top('quality-plans', '/quality/plans'),
  child('quality-plan', (i) => `/quality/plans/${i.product}`, '/quality/plans'),
  ],
  shipments: [
  top('shipments', '/shipments'),
  child('shipment-new', () => '/shipments/new', '/shipments'),
  child('shipment', (i) => `/shipments/${i.shipment}`, '/shipments'),
  child('rules', () => '/shipments/rules', '/shipments'),
  child('import-orders', () => '/shipments/import-orders', '/shipments'),
  child('consultations', () => '/shipments/consultations', '/shipments'),
  child('consultation-new', () => '/shipments/consultations/new', '/shipments/consultations'),
  child('consultation', (i) => `/shipments/consultations/${i.consultation}`, '/shipments/consultations'),
  ],
  'after-sales, claims and settings': [
  top('after-sales', '/after-sales'),
  top('holds', '/after-sales/holds'),
  child('case-new', () => '/after-sales/new', '/after-sales'),
  child('case', (i) => `/after-sales/${i.case}`, '/after-sales'),
  top('claims', '/claims'),
  child('claim-new', () => '/claims/new', '/claims'),
  child('claim', (i) => `/claims/${i.claim}`, '/claims'),
  top('policies', '/claims/policies'),
  top('incidents', '/claims/incidents'),
  top('settings', '/settings'),
  child('backups', () => '/settings/backups', '/settings'),
  ],
};

export const SCREENS: Screen[] = Object.values(SCREENS_BY_AREA).flat();

async function firstId(app: AppFixture, method: string): Promise<number> {
  const r = await app.call(method as never, { limit: 1 } as never);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  const item = (r.value as { items: { id: number }[] }).items[0];
  if (!item) throw new Error(`${method}: the demo has no record`);
  return item.id;
}

/** Loads the demo and returns the id of one record of each kind a route needs. */
export async function loadDemo(app: AppFixture): Promise<Ids> {
  const loaded = await app.call('demo.load', {});
  if (!loaded.ok) throw new Error(`demo.load: ${JSON.stringify(loaded.error)}`);
  return {
    product: await firstId(app, 'products.list'),
    supplier: await firstId(app, 'suppliers.list'),
    certificate: await firstId(app, 'certificates.list'),
    lot: await firstId(app, 'lots.list'),
    shipment: await firstId(app, 'shipments.list'),
    case: await firstId(app, 'cases.list'),
    claim: await firstId(app, 'claims.list'),
    consultation: await firstId(app, 'consultations.list'),
  };
}
