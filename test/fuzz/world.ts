// The fuzz's world: a real core on a temp data folder loaded with the demo, the process's working
// folder moved into the same temp tree, and every path the fuzz sends kept inside it.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { openTestCore } from '../helpers';
import type { TestCore } from '../helpers';

export interface World {
  core: TestCore;
  /** Root of everything the fuzz may touch. */
  sandbox: string;
  dataDir: string;
  /** Where valid output paths point. */
  outDir: string;
  /** Input files (CSV, PDF, PNG) for imports and attachments. */
  inDir: string;
  /** A backup of the world as it was opened. */
  backupFile: string;
  ids: Record<'products' | 'suppliers' | 'shipments' | 'lots' | 'inspections' | 'certificates' | 'cases' | 'holds' | 'claims' | 'policies' | 'packs' | 'attachments' | 'rules' | 'items' | 'consultations', number[]>;
  /** Every id above, for schema-generated inputs. */
  allIds: number[];
  shipmentByStatus: Record<string, number[]>;
  jobId: string;
  /** Closes the core, restores the working folder, removes the sandbox. */
  close(): void;
}

const PRODUCTS_CSV = 'sku,name,hs_code,origin_country,unit_value,currency,unit_net_weight_g\nFZ-1,Fuzz mug,6912.00,CN,12.50,EUR,320\nFZ-2,Fuzz scarf,6214.10,CN,29.00,EUR,60\n';
const SUPPLIERS_CSV = 'name,country,contact_email\nFuzz Ceramics Ltd,CN,sales@fuzz.example\n';
const ORDERS_CSV = 'Order No,Recipient,Address,City,Postcode,Country,SKU,Qty,Unit price,Currency,Shipping\nFZ-O-1,Anna Schmidt,Hauptstraße 5,Berlin,10115,Germany,HM-MG-CER,2,12.90,EUR,4.90\n';

export async function openWorld(): Promise<World> {
  // Lives for the whole file (beforeAll → afterAll), not one test: so not test/helpers' tempDir.
  const sandbox = realpathSync(mkdtempSync(join(tmpdir(), 'clearpack-fuzz-')));
  const cwd = join(sandbox, 'cwd');
  const outDir = join(sandbox, 'out');
  const inDir = join(sandbox, 'in');
  for (const d of [cwd, outDir, inDir]) mkdirSync(d);
  // A relative path a handler resolves (a finding of #11) lands here, not in the repository.
  const previousCwd = process.cwd();
  process.chdir(cwd);
  const dataDir = join(sandbox, 'data');
  const core = openTestCore(dataDir);
  await core.ok('demo.load', {});
  writeFileSync(join(inDir, 'products.csv'), PRODUCTS_CSV);
  writeFileSync(join(inDir, 'suppliers.csv'), SUPPLIERS_CSV);
  writeFileSync(join(inDir, 'orders.csv'), ORDERS_CSV);
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  writeFileSync(join(inDir, 'certificate.pdf'), await pdf.save());

  const db = core.ctx.db;
  const col = (sql: string) => db.prepare(sql).pluck().all() as number[];
  const shipments = db.prepare('SELECT id, status FROM shipments ORDER BY id').all() as { id: number; status: string }[];
  const shipmentByStatus: Record<string, number[]> = {};
  for (const s of shipments) (shipmentByStatus[s.status] ??= []).push(s.id);

  // Records the demo does not make: an attachment, a seller rule, an archived pack, a finished job.
  const productId = col('SELECT id FROM products ORDER BY id LIMIT 1')[0]!;
  await core.ok('attachments.add', { owner: { kind: 'product', id: productId }, path: join(inDir, 'certificate.pdf') });
  await core.ok('rules.create', { match: 'product', productId, severity: 'warn', message: 'Check the glaze certificate' });
  for (const s of shipments) {
    const r = await core.api.call('documents.buildPack', { shipmentId: s.id, outPath: join(outDir, `seed-${s.id}.pdf`) });
    if (r.ok) break;
  }
  const { jobId } = await core.ok('products.exportCsv', { path: join(outDir, 'seed-export.csv') });
  await core.ctx.jobs!.wait(jobId);
  // A backup of this world, for backup.inspect and backup.restore (a restore brings back the same ids).
  const backupFile = join(outDir, 'seed.clearpack-backup');
  const backup = await core.ok('backup.create', { path: backupFile });
  const made = await core.ctx.jobs!.wait(backup.jobId);
  if (made.state !== 'done') throw new Error(`The seed backup failed: ${JSON.stringify(made.error)}`);

  const ids = {
    products: col('SELECT id FROM products ORDER BY id'),
    suppliers: col('SELECT id FROM suppliers ORDER BY id'),
    shipments: shipments.map((s) => s.id),
    lots: col('SELECT id FROM lots ORDER BY id'),
    inspections: col('SELECT id FROM inspections ORDER BY id'),
    certificates: col('SELECT id FROM certificates ORDER BY id'),
    cases: col('SELECT id FROM cases ORDER BY id'),
    holds: col('SELECT id FROM holds ORDER BY id'),
    claims: col('SELECT id FROM claims ORDER BY id'),
    consultations: col('SELECT id FROM consultations ORDER BY id'),
    policies: col('SELECT id FROM policies ORDER BY id'),
    packs: col('SELECT id FROM document_packs ORDER BY id'),
    attachments: col('SELECT id FROM attachments ORDER BY id'),
    rules: col('SELECT id FROM seller_rules ORDER BY id'),
    items: col('SELECT id FROM shipment_items ORDER BY id'),
  };
  const allIds = [...new Set(Object.values(ids).flat())];
  return { core, sandbox, dataDir, outDir, inDir, ids, allIds, shipmentByStatus, jobId, backupFile, close: () => {
    core.close();
    process.chdir(previousCwd);
    rmSync(sandbox, { recursive: true, force: true });
  } };
}

/** Keys whose string value the core treats as a file path (read or written). */
const PATH_KEY = /^(path|outPath|outDir|combinedPath|packPath)$/;

/**
 * Keeps every path in an input inside the sandbox and out of the data folder, at any depth: a path
 * that would resolve elsewhere is moved under sandbox/elsewhere/ with its text kept (so NUL, quotes
 * and the like still reach the handler). Relative paths stay relative (they resolve in sandbox/cwd).
 */
export function confine(value: unknown, world: World): unknown {
  if (Array.isArray(value)) return value.map((v) => confine(v, world));
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (PATH_KEY.test(k) && typeof v === 'string') out[k] = confinePath(v, world);
    else out[k] = confine(v, world);
  }
  return out;
}

function confinePath(path: string, world: World): string {
  const target = resolve(process.cwd(), path);
  const inside = (dir: string) => target === dir || target.startsWith(dir + sep);
  if (inside(world.sandbox) && !inside(world.dataDir)) return path;
  const kept = (isAbsolute(path) ? relative('/', path) : path).replace(/\.\./g, '_').replace(/[\\/]/g, '_');
  return join(world.sandbox, 'elsewhere', kept || '_');
}
