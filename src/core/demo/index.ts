// demo.load (and `clearpack demo`): fills an empty data file with a realistic demo, section by
// section, through the core's own create paths (so the demo obeys every rule a seller's data
// does). Other areas append their section to DEMO_SECTIONS (suppliers, certificates, shipments …);
// a section can use what earlier sections created (look it up by SKU).
import { ConflictError } from '../../shared/errors';
import type { DemoLoaded } from '../../shared/api';
import { productCreateInput } from '../../shared/products';
import { createProduct } from '../catalog/products';
import type { CoreContext } from '../context';
import { writeDemoOrderFiles } from '../orders/samples';
import { seedDemoShipments } from '../shipments/demo';
import { seedDemoLots } from '../quality/demo';
import { loadDemoCases, loadDemoClaims, loadDemoHolds } from './afterParcel';
import { loadDemoConsultations } from '../consultations/demo';
import { DEMO_PRODUCTS } from './products';
import { loadDemoSuppliers } from './suppliers';

export interface DemoSection {
  /** Key in DemoLoaded.counts, e.g. 'products'. */
  name: string;
  /** True when the user already has records of this kind (then the demo is refused). */
  hasData(ctx: CoreContext): boolean;
  /** Creates the section's records; returns how many. Runs inside demo.load's transaction. */
  load(ctx: CoreContext): number;
}

export const DEMO_SECTIONS: DemoSection[] = [
  {
    name: 'products',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM products)').pluck().get() === 1,
    load: (ctx) => {
      for (const p of DEMO_PRODUCTS) createProduct(ctx, productCreateInput.parse(p));
      return DEMO_PRODUCTS.length;
    },
  },
  {
    name: 'suppliers',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM suppliers)').pluck().get() === 1,
    load: loadDemoSuppliers,
  },
  {
    name: 'shipments',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM shipments)').pluck().get() === 1,
    load: (ctx) => seedDemoShipments(ctx).shipments,
  },
  {
    // Quality: lots and inspections of the last six months from the demo suppliers.
    name: 'lots',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM lots)').pluck().get() === 1,
    load: seedDemoLots,
  },
  {
    // After the parcel: cases (one overdue, one due today, one closed, one on a supplier), a hold, claims.
    name: 'cases',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM cases)').pluck().get() === 1,
    load: loadDemoCases,
  },
  {
    name: 'holds',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM holds)').pluck().get() === 1,
    load: loadDemoHolds,
  },
  {
    name: 'claims',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM claims) OR EXISTS (SELECT 1 FROM policies)').pluck().get() === 1,
    load: loadDemoClaims,
  },
  {
    // Advance consultations: one answered by China Post (a seller rule the preflight cites), one waiting for a reply.
    name: 'consultations',
    hasData: (ctx) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM consultations)').pluck().get() === 1,
    load: loadDemoConsultations,
  },
  {
    // Orders in: one order export per platform to try (demo-orders/ in the data folder), for the demo catalog.
    name: 'orderFiles',
    hasData: () => false,
    load: (ctx) => writeDemoOrderFiles(ctx.dataDir, ctx.today()),
  },
];

/** Runs inside one transaction (a mutation): all sections or nothing. */
export function loadDemo(ctx: CoreContext, sections: DemoSection[] = DEMO_SECTIONS): DemoLoaded {
  const filled = sections.filter((s) => s.hasData(ctx)).map((s) => s.name);
  if (filled.length)
    throw new ConflictError(`The demo goes only into an empty data file; it already has ${filled.join(', ')}`, [
      { path: '', key: 'demo_not_empty', message: 'The catalog is not empty', params: { what: filled.join(', ') } },
    ]);
  const counts: Record<string, number> = {};
  for (const s of sections) counts[s.name] = s.load(ctx);
  return { counts };
}
