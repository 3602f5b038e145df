// The output guard, through every method that writes where the caller says, on the real core
// (real SQLite file, real stored attachments and archived packs, real PDFs).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { jobResult } from '../../../test/jobs';
import { claimSetup } from '../../../test/fixtures/claims';
import { packSetup } from '../../../test/fixtures/shipment-packs';
import { ClearpackError } from '../../shared/errors';
import { checkOutput, dataAreaOf, writeOutput } from './output';
import { readableName } from '../documents/batch';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.part') || n.includes('clearpack-tmp'));

/** A core with a pack archived, an attachment stored, a supplier, a claim: every writer has something to write. */
async function world() {
  const { core, cn22, headphones } = await packSetup();
  const pack = await core.ok('documents.buildPack', { shipmentId: cn22.id });
  const supplier = await core.ok('suppliers.create', { name: 'Leaf Co', country: 'CN' });
  const { shipment, policy } = await claimSetup(core);
  const claim = await core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-11-10', amountClaimed: 100, description: 'Lost.' });
  const stored = readdirSync(join(core.ctx.dataDir, 'files')).find((n) => /^[0-9a-f]{64}$/.test(n))!;
  return { core, pack, stored, ids: { shipmentId: cn22.id, productId: headphones.id, supplierId: supplier.id, claimId: claim.id } };
}

type Ids = Awaited<ReturnType<typeof world>>['ids'];

/** Every method that writes a file the caller names, with that file at `path`; field is the input field that names it. */
function writers(ids: Ids, path: string): { method: string; field: string; input: Record<string, unknown> }[] {
  const pdf = { outPath: path };
  return [
    { method: 'products.exportCsv', field: 'path', input: { path } },
    { method: 'suppliers.exportCsv', field: 'path', input: { path } },
    { method: 'documents.buildPack', field: 'outPath', input: { shipmentId: ids.shipmentId, ...pdf } },
    { method: 'documents.buildBatch', field: 'combinedPath', input: { shipmentIds: [ids.shipmentId], combinedPath: path } },
    { method: 'suppliers.reviewPdf', field: 'outPath', input: { supplierId: ids.supplierId, period: '2026-10', ...pdf } },
    { method: 'products.infoSheet', field: 'outPath', input: { productId: ids.productId, ...pdf } },
    { method: 'claims.letter', field: 'outPath', input: { claimId: ids.claimId, ...pdf } },
    { method: 'reports.incident', field: 'outPath', input: { productId: ids.productId, unitsAffected: 1, incidentDate: '2026-11-02', description: 'x', actionsTaken: 'y', ...pdf } },
  ];
}

/** Runs a writer to its end (a job is waited for) and returns the written path or the error. */
async function run(core: TestCore, method: string, input: Record<string, unknown>): Promise<void> {
  if (method.endsWith('exportCsv') || method === 'documents.buildBatch') await jobResult(core, method as never, input);
  else await core.ok(method as never, input as never);
}

const issueOf = (err: { code: string; details: { issues?: { path: string; key: string }[] } }) => `${err.code} ${err.details.issues?.[0]?.path}:${err.details.issues?.[0]?.key}`;

describe('the output guard', () => {
  it('no writer replaces the database, its -wal/-shm, a stored attachment, an archived pack or a backup, even with overwrite; the data stays whole', async () => {
    const { core, pack, stored, ids } = await world();
    const d = core.ctx.dataDir;
    const attachment = join(d, 'files', stored);
    const archived = join(d, 'packs', `${pack.sha256}.pdf`);
    const before = { attachment: sha(attachment), archived: sha(archived) };
    const targets = [join(d, 'clearpack.sqlite'), join(d, 'clearpack.sqlite-wal'), join(d, 'clearpack.sqlite-shm'), attachment, archived, join(d, 'backups', 'today.pdf'), join(d, 'files', 'new.csv')];
    for (const target of targets)
      for (const { method, field, input } of writers(ids, target))
        for (const overwrite of [false, true]) {
          const err = await core.fail(method, { ...input, overwrite });
          expect(`${method} → ${target}: ${issueOf(err)}`).toBe(`${method} → ${target}: VALIDATION ${field}:path_in_data_folder`);
        }
    // A batch into one of the data folder's own folders is refused too.
    for (const folder of ['files', 'packs', 'backups']) {
      mkdirSync(join(d, folder), { recursive: true });
      const err = await core.fail('documents.buildBatch', { shipmentIds: [ids.shipmentId], outDir: join(d, folder), overwrite: true });
      expect(issueOf(err)).toBe('VALIDATION outDir:path_in_data_folder');
    }
    expect({ attachment: sha(attachment), archived: sha(archived) }).toEqual(before);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // A write after the refusals is kept, and a second connection reads the file as a database.
    const kept = await core.ok('products.create', { sku: 'AFTER-1', name: 'Written after the refusals' });
    const other = new Database(join(d, 'clearpack.sqlite'), { readonly: true });
    try {
      expect(other.prepare('SELECT name FROM products WHERE id = ?').pluck().get(kept.id)).toBe('Written after the refusals');
    } finally {
      other.close();
    }
    // documents.read still serves the bytes of the recorded hash.
    const read = await core.ok('documents.read', { id: pack.id });
    expect(createHash('sha256').update(Buffer.from(read.base64, 'base64')).digest('hex')).toBe(pack.sha256);
  }, 120_000);

  it('a relative path, a wrong extension, a NUL or a bidi override is refused at its field before any work', async () => {
    const { core, ids } = await world();
    const dir = tempDir();
    for (const [path, key] of [
      ['out/file.pdf', 'path_not_absolute'],
      ['./file.csv', 'path_not_absolute'],
      [join(dir, 'evil.bat'), 'path_extension'],
      [join(dir, 'nul\u0000.pdf'), 'path_control_chars'],
      [join(dir, 'evil\u202Efdp.bat'), 'path_control_chars'],
      [join(dir, 'two\nlines.pdf'), 'path_control_chars'],
    ] as const)
      for (const { method, field, input } of writers(ids, path)) {
        const err = await core.fail(method, input);
        expect(`${method} ${path}: ${issueOf(err)}`).toBe(`${method} ${path}: VALIDATION ${field}:${key}`);
      }
    // The extension is the method's own: a PDF writer refuses .csv and a CSV export refuses .pdf.
    expect(issueOf(await core.fail('products.exportCsv', { path: join(dir, 'catalog.pdf') }))).toBe('VALIDATION path:path_extension');
    expect(issueOf(await core.fail('suppliers.reviewPdf', { supplierId: ids.supplierId, period: '2026-10', outPath: join(dir, 'review.csv') }))).toBe('VALIDATION outPath:path_extension');
    // Paths that are read: the same building block.
    for (const method of ['products.previewCsv', 'products.importCsv', 'suppliers.previewCsv', 'suppliers.importCsv'])
      for (const [path, key] of [['catalog.csv', 'path_not_absolute'], [join(dir, 'a\u0000.csv'), 'path_control_chars']] as const)
        expect(issueOf(await core.fail(method, { path }))).toBe(`VALIDATION path:${key}`);
    const owner = { kind: 'product', id: ids.productId };
    expect(issueOf(await core.fail('attachments.add', { owner, path: join(dir, 'a\u0000.pdf') }))).toBe('VALIDATION path:path_control_chars');
    expect(issueOf(await core.fail('attachments.add', { owner, path: 'a.pdf' }))).toBe('VALIDATION path:path_not_absolute');
    // A path kept in a record (the claim's archived pack): the same rules, '' clears it.
    expect(issueOf(await core.fail('claims.update', { id: ids.claimId, packPath: 'pack.pdf' }))).toBe('VALIDATION packPath:path_not_absolute');
    expect(issueOf(await core.fail('claims.update', { id: ids.claimId, packPath: '/tmp/a\u0000.pdf' }))).toBe('VALIDATION packPath:path_control_chars');
    expect((await core.ok('claims.update', { id: ids.claimId, packPath: join(dir, 'pack.pdf') })).packPath).toBe(join(dir, 'pack.pdf'));
    expect((await core.ok('claims.update', { id: ids.claimId, packPath: '' })).packPath).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);

  it('an existing file is kept without overwrite (file_exists) and replaced with it; nothing else is left beside it', async () => {
    const { core, ids } = await world();
    const dir = tempDir();
    for (const { method, field, input } of writers(ids, '')) {
      const csv = method.endsWith('exportCsv');
      const target = join(dir, `${method}${csv ? '.csv' : '.pdf'}`);
      const named = { ...input, [field]: target };
      writeFileSync(target, 'KEEP');
      const err = await core.fail(method, named);
      expect(`${method}: ${issueOf(err)}`).toBe(`${method}: VALIDATION ${field}:file_exists`);
      expect(readFileSync(target, 'utf8')).toBe('KEEP');
      await run(core, method, { ...named, overwrite: true });
      const written = readFileSync(target);
      expect(`${method}: ${csv ? written.toString('utf8').startsWith('\uFEFFsku') || written.toString('utf8').startsWith('\uFEFFname') : written.subarray(0, 5).toString('latin1')}`).toBe(
        `${method}: ${csv ? 'true' : '%PDF-'}`,
      );
    }
    expect(leftovers(dir)).toEqual([]);
    expect(readdirSync(dir).length).toBe(8);
  }, 120_000);

  it('a batch into a folder: a pack file already there refuses the batch before anything is written, unless overwrite', async () => {
    const { core, ids } = await world();
    const shipment = await core.ok('shipments.get', { id: ids.shipmentId });
    const dir = tempDir();
    // Pack files are named by the shipment's reference and consignee (documents/batch.ts readableName).
    const existing = join(dir, `${readableName(shipment.reference, shipment.consignee.name)}.pdf`);
    writeFileSync(existing, 'KEEP');
    const err = await core.fail('documents.buildBatch', { shipmentIds: [ids.shipmentId], outDir: dir });
    expect(issueOf(err)).toBe('VALIDATION outDir:file_exists');
    expect(readFileSync(existing, 'utf8')).toBe('KEEP');
    const report = await jobResult<{ built: { path: string }[] }>(core, 'documents.buildBatch', { shipmentIds: [ids.shipmentId], outDir: dir, overwrite: true });
    expect(report.built.map((b) => b.path)).toEqual([existing]);
    expect(readFileSync(existing).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual([existing.split('/').pop()]);
  }, 120_000);

  it('file system failures are typed errors at the field, and a failed write leaves no temporary file', async () => {
    const { core, ids } = await world();
    const dir = tempDir();
    // /sys refuses new files even to root: EACCES, once an INTERNAL error from suppliers.reviewPdf.
    const sys = await core.fail('suppliers.reviewPdf', { supplierId: ids.supplierId, period: '2026-10', outPath: '/sys/kernel/review.pdf' });
    expect(issueOf(sys)).toBe('VALIDATION outPath:folder_not_writable');
    // The parent is a file, or missing.
    writeFileSync(join(dir, 'plain'), 'x');
    expect(issueOf(await core.fail('products.exportCsv', { path: join(dir, 'plain', 'c.csv') }))).toBe('VALIDATION path:folder_not_found');
    expect(issueOf(await core.fail('documents.buildPack', { shipmentId: ids.shipmentId, outPath: join(dir, 'nope', 'p.pdf') }))).toBe('VALIDATION outPath:folder_not_found');
    // A folder at the target.
    mkdirSync(join(dir, 'folder.pdf'));
    expect(issueOf(await core.fail('products.infoSheet', { productId: ids.productId, outPath: join(dir, 'folder.pdf'), overwrite: true }))).toBe('VALIDATION outPath:file_not_file');

    // A folder appears at the target after the check, while the PDF is being made: the temporary
    // file is written, then the rename fails for real; the temporary file is removed.
    for (const overwrite of [false, true]) {
      const path = join(dir, `late-${overwrite}.pdf`);
      const target = checkOutput(core.ctx.dataDir, path, { field: 'outPath', ext: '.pdf', overwrite });
      mkdirSync(path);
      writeFileSync(join(path, 'inside'), 'x');
      let err: unknown;
      try {
        writeOutput(target, Buffer.alloc(100_000, 1));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ClearpackError);
      expect((err as ClearpackError).details.issues?.[0]).toMatchObject({ path: 'outPath', key: 'file_not_file' });
    }
    // A cancel after the temporary file is complete: nothing at the target, nothing beside it.
    const cancelled = join(dir, 'cancelled.csv');
    const target = checkOutput(core.ctx.dataDir, cancelled, { field: 'path', ext: '.csv', overwrite: false });
    expect(() => writeOutput(target, 'a,b\r\n', { beforeCommit: () => { throw new Error('Cancelled'); } })).toThrow('Cancelled');
    expect(existsSync(cancelled)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('symlinks: a link in the data folder pointing out may be written through; a link outside pointing into its areas is refused', async () => {
    const { core, ids, stored } = await world();
    const d = core.ctx.dataDir;
    const outside = tempDir();
    symlinkSync(outside, join(d, 'exports'));
    const r = await jobResult<{ path: string }>(core, 'products.exportCsv', { path: join(d, 'exports', 'catalog.csv') });
    expect(r.path).toBe(join(d, 'exports', 'catalog.csv'));
    expect(existsSync(join(outside, 'catalog.csv'))).toBe(true);

    const elsewhere = tempDir();
    symlinkSync(join(d, 'files'), join(elsewhere, 'into-files'));
    symlinkSync(join(d, 'packs'), join(elsewhere, 'into-packs'));
    for (const ext of ['.csv', '.pdf']) {
      symlinkSync(join(d, 'clearpack.sqlite'), join(elsewhere, `db${ext}`));
      symlinkSync(join(d, 'files', stored), join(elsewhere, `stored${ext}`));
    }
    const before = sha(join(d, 'files', stored));
    // Each writer with its own extension, so only the link can be the reason for the refusal.
    for (const base of ['into-files/x', 'into-packs/x', 'stored', 'db'])
      for (const { method, field, input } of writers(ids, '')) {
        const path = join(elsewhere, `${base}${method.endsWith('exportCsv') ? '.csv' : '.pdf'}`);
        const err = await core.fail(method, { ...input, [field]: path, overwrite: true });
        expect(`${method} ${path}: ${issueOf(err)}`).toBe(`${method} ${path}: VALIDATION ${field}:path_in_data_folder`);
      }
    const intoFiles = await core.fail('documents.buildBatch', { shipmentIds: [ids.shipmentId], outDir: join(elsewhere, 'into-files'), overwrite: true });
    expect(issueOf(intoFiles)).toBe('VALIDATION outDir:path_in_data_folder');
    expect(sha(join(d, 'files', stored))).toBe(before);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(join(d, 'files')).filter((n) => !/^[0-9a-f]{64}$/.test(n))).toEqual([]);
  }, 120_000);
});

describe('dataAreaOf', () => {
  it('compares without case where the file system folds case, and as Windows reads trailing dots and spaces', () => {
    const win = 'C:\\Users\\me\\AppData\\Roaming\\Clearpack';
    expect(dataAreaOf(`${win}\\FILES\\abc`, win, 'win32')).toBe('files');
    expect(dataAreaOf(`c:\\users\\ME\\appdata\\roaming\\clearpack\\ClearPack.SQLITE-wal`, win, 'win32')).toBe('database');
    expect(dataAreaOf(`${win}\\clearpack.sqlite.`, win, 'win32')).toBe('database');
    expect(dataAreaOf(`${win}\\packs. \\x.pdf`, win, 'win32')).toBe('packs');
    expect(dataAreaOf('C:/Users/me/AppData/Roaming/Clearpack/Backups/b.pdf', win, 'win32')).toBe('backups');
    expect(dataAreaOf(`${win}\\documents\\claims\\x.pdf`, win, 'win32')).toBeNull();
    // A method can refuse more of the data folder (a backup: documents/, which backups carry), case folded too.
    expect(dataAreaOf(`${win}\\Documents\\x.clearpack-backup`, win, 'win32', ['documents'])).toBe('documents');
    const mac = '/Users/me/Library/Application Support/Clearpack';
    expect(dataAreaOf('/Users/me/Library/Application Support/clearpack/Packs/x.pdf', mac, 'darwin')).toBe('packs');
    expect(dataAreaOf('/home/me/.config/Clearpack/Packs/x.pdf', '/home/me/.config/Clearpack', 'linux')).toBeNull();
    expect(dataAreaOf('/home/me/.config/Clearpack/packs/x.pdf', '/home/me/.config/Clearpack', 'linux')).toBe('packs');
    expect(dataAreaOf('/home/me/.config/Clearpack-old/files/x', '/home/me/.config/Clearpack', 'linux')).toBeNull();
    expect(dataAreaOf(dirname('/home/me/.config/Clearpack/x.csv'), '/home/me/.config/Clearpack', 'linux')).toBeNull();
  });
});
